import { enScreens } from '../../core/i18n/en-screens';
import { ukScreens } from '../../core/i18n/uk-screens';
import { getSectionSlug } from '../../core/section-slug';
import {
  composeNewsPush,
  toDeclarativePush,
  type NewsPush,
  type PushArticle,
} from '../../core/news-push';
import { isUrgent } from '../../core/urgency';
import type { StoredSubscription } from './push-records';

/** One subscriber's push: its encrypted-to-be body and the headers that steer its delivery. */
export interface OutgoingPush {
  body: string;
  /** The same push cut down, for a push service that answers 413 Payload Too Large. */
  shortBody: string;
  /** Seconds the push service keeps it for an offline phone. */
  ttl: number;
  urgency: 'high' | 'normal';
  /** A newer push with the same topic replaces an undelivered one (RFC 8030 §5.4). */
  topic: string;
}

// An announcement of a 10:00 session is useless at 16:00; an urgent one sooner still.
const TTL_SECONDS = 6 * 3600;
const URGENT_TTL_SECONDS = 3600;
const SHORT_TITLE_CHARS = 80;
// Safari's push service is the one that shows declarative pushes without the service worker.
const DECLARATIVE_HOST = /(^|\.)push\.apple\.com$/;

/** Whether an article is for this subscriber: urgent ones always, else their sections or all. */
export function isForSubscriber(article: PushArticle, subscriber: StoredSubscription): boolean {
  if (isUrgent(article.categories)) return true;
  if (subscriber.urgentOnly) return false;
  if (subscriber.sections === null) return true;
  return article.categories.some((name) => subscriber.sections!.includes(getSectionSlug(name)));
}

/** The push a subscriber gets for a run's new articles, in their language; null if none is theirs. */
export function planSubscriberPush(
  articles: readonly PushArticle[],
  subscriber: StoredSubscription,
): OutgoingPush | null {
  const chosen = articles.filter((article) => isForSubscriber(article, subscriber));
  const push = composeNewsPush(chosen, subscriber.lang === 'en' ? enScreens : ukScreens);
  if (!push) return null;
  const urgent = chosen.some((article) => isUrgent(article.categories));
  const short: NewsPush = {
    ...push,
    title: push.title.slice(0, SHORT_TITLE_CHARS),
    body: '',
    articles: push.articles.slice(0, 1),
  };
  return {
    body: encode(push, subscriber),
    shortBody: encode(short, subscriber),
    ttl: urgent ? URGENT_TTL_SECONDS : TTL_SECONDS,
    urgency: urgent ? 'high' : 'normal',
    topic: urgent ? 'vistky-urgent' : 'vistky-news',
  };
}

function encode(push: NewsPush, subscriber: StoredSubscription): string {
  const { appOrigin } = subscriber;
  const isApple = DECLARATIVE_HOST.test(new URL(subscriber.endpoint).hostname);
  // Old rows know no origin to build the absolute link the declarative form needs.
  if (isApple && appOrigin)
    return JSON.stringify(toDeclarativePush(push, appOrigin, subscriber.lang));
  return JSON.stringify(push);
}
