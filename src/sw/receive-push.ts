import { toNotificationContent } from '../core/notification-content';
import { composeNewsPush, readNewsPush, type ReceivedPush } from '../core/news-push';
import type { Article } from '../core/types';
import { getArticle } from '../storage';
import { getFeedUrl } from '../refresh/feed-location';
import { refreshInBackground } from './background';
import { getWorkerDatabase } from './database';
import { getWorkerLocale } from './reader-preferences';
import { refreshInWorker } from './refresh';

declare const self: ServiceWorkerGlobalScope;

/**
 * A push from the app's server (or the city's): one that names a notification always shows it,
 * even with the app on screen or the feed unreachable, because Chrome revokes push from sites
 * whose pushes show nothing. The feed is stored first, so the tapped article opens offline, and
 * the articles are named in the resident's language as it is now. A push without a title is a
 * tickle: a background refresh with its usual notification.
 */
export async function receivePush(event: PushEvent): Promise<void> {
  const push = readPushData(event.data);
  if (!push?.title) {
    await refreshInBackground(event, push);
    return;
  }
  let photos: Promise<unknown> = Promise.resolve();
  try {
    const refreshed = await refreshInWorker(getFeedUrl(self.location.origin), event);
    photos = refreshed.photos;
  } catch {
    // Offline or the feed failing: the push's own words still reach the resident.
  }
  await showPush(push);
  await photos;
}

async function showPush(push: ReceivedPush): Promise<void> {
  const { language, rewritten } = await rewriteInLanguage(push).catch(() => ({
    // Without the database, the push's words as the server wrote them.
    language: 'uk' as const,
    rewritten: null,
  }));
  const content = toNotificationContent(null, rewritten ?? push, language);
  if (content) await self.registration.showNotification(content.title, content.options);
}

async function rewriteInLanguage(push: ReceivedPush) {
  const db = await getWorkerDatabase();
  const { language, messages } = await getWorkerLocale(db);
  const stored = await Promise.all(push.articles.map((key) => getArticle(db, key)));
  const articles = stored.filter((article): article is Article => article !== undefined);
  // Only when every article it names is here: the server chose them for this resident.
  const isComplete = articles.length > 0 && articles.length === push.articles.length;
  return { language, rewritten: isComplete ? composeNewsPush(articles, messages) : null };
}

function readPushData(data: PushMessageData | null): ReceivedPush | null {
  if (!data) return null;
  try {
    return readNewsPush(data.json());
  } catch {
    // Not JSON: a tickle with text in it still means "check the feed".
    return null;
  }
}
