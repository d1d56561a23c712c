import type { ScreenMessages } from './i18n/uk-screens';
import { NEWS_NOTIFICATION_TAG } from './notification-plan';
import type { Language } from './settings';
import { isUrgent } from './urgency';

/** One new article as a push names it. */
export interface PushArticle {
  key: string;
  title: string;
  summary: string;
  categories: string[];
}

/** What the app's server pushes (the classic JSON form), in the subscriber's language. */
export interface NewsPush {
  title: string;
  body: string;
  /** Where a tap leads, within the app: the article for one, the list for several. */
  url: string;
  tag: string;
  /** Keys of the articles it announces, the one in the title first. */
  articles: string[];
}

/**
 * The same notification as Declarative Web Push (Safari 18.4+ shows it without starting the
 * service worker; `mutable` still lets a started worker replace it).
 * https://webkit.org/blog/16535/meet-declarative-web-push/
 */
export interface DeclarativePush {
  web_push: 8030;
  notification: { title: string; body: string; navigate: string; lang: Language; tag: string };
  mutable: true;
}

/** A push as the service worker reads it; no title means a tickle ("check the feed"). */
export interface ReceivedPush {
  title?: string;
  body?: string;
  url?: string;
  articles: string[];
}

const MAX_BODY_CHARS = 120;
const MAX_KEYS = 20;

/**
 * The one push for the articles a refresh found (feed order, newest first): an urgent one leads,
 * the others are counted («+2 ще»), a tap opens the article itself when there is only one.
 */
export function composeNewsPush(
  articles: readonly PushArticle[],
  t: Pick<ScreenMessages, 'moreNews' | 'urgentTitle'>,
): NewsPush | null {
  const ordered = [
    ...articles.filter((a) => isUrgent(a.categories)),
    ...articles.filter((a) => !isUrgent(a.categories)),
  ];
  const first = ordered[0];
  if (!first) return null;
  const others = ordered.length - 1;
  return {
    title: isUrgent(first.categories) ? t.urgentTitle(first.title) : first.title,
    body: others > 0 ? t.moreNews(others) : shorten(first.summary, MAX_BODY_CHARS),
    url: others > 0 ? '/' : `/news/${first.key}`,
    tag: NEWS_NOTIFICATION_TAG,
    articles: ordered.slice(0, MAX_KEYS).map((a) => a.key),
  };
}

/** The declarative form of a push, its link (always a path) made absolute on the app's origin. */
export function toDeclarativePush(
  push: NewsPush,
  appOrigin: string,
  lang: Language,
): DeclarativePush {
  return {
    web_push: 8030,
    notification: {
      title: push.title,
      body: push.body,
      navigate: `${appOrigin}${push.url}`,
      lang,
      tag: push.tag,
    },
    mutable: true,
  };
}

/** Reads a push message's JSON in either form; null for what is neither (a tickle). */
export function readNewsPush(value: unknown): ReceivedPush | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const fields =
    record.web_push === 8030 && typeof record.notification === 'object' && record.notification
      ? (record.notification as Record<string, unknown>)
      : record;
  const url = fields === record ? record.url : fields.navigate;
  const articles = Array.isArray(record.articles)
    ? record.articles.filter((key): key is string => typeof key === 'string')
    : keysInUrl(url);
  return {
    title: text(fields.title),
    body: text(fields.body),
    url: text(url),
    articles,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// The declarative form has no list of keys; its link names the article when there is one.
function keysInUrl(url: unknown): string[] {
  if (typeof url !== 'string') return [];
  const key = /\/news\/([0-9a-z]{14})(?:[?#]|$)/.exec(url)?.[1];
  return key ? [key] : [];
}

function shorten(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
