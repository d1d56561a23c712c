import { APP_ROUTES } from '../core/app-routes';
import { toNotificationContent, type PushPayload } from '../core/notification-content';
import { planNotification } from '../core/notification-plan';
import { SETTING_KEYS } from '../core/setting-keys';
import type { Article, RefreshResult } from '../core/types';
import { getArticle, getSetting, type VistkyDatabase } from '../storage';
import { getWorkerLocale } from './reader-preferences';

export type { PushPayload } from '../core/notification-content';

declare const self: ServiceWorkerGlobalScope;

// The list on screen shows new articles itself (the pill); a notification would repeat it.
async function isAppVisible(): Promise<boolean> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return windows.some(
    (client) =>
      client.visibilityState === 'visible' &&
      APP_ROUTES.some((route) => route.test(new URL(client.url).pathname)),
  );
}

async function readPreferences(db: VistkyDatabase) {
  const [enabled, topics] = await Promise.all([
    getSetting(db, SETTING_KEYS.notificationsEnabled),
    getSetting(db, SETTING_KEYS.topics),
  ]);
  return {
    isEnabled: enabled === true,
    topics: Array.isArray(topics) ? topics.filter((t): t is string => typeof t === 'string') : [],
  };
}

/**
 * Tells the resident about what a background refresh found, in the language they chose: one
 * notification, tagged so it replaces the previous one. Nothing shows while the app is on screen
 * (its list has the pill).
 */
export async function notifyAboutRefresh(
  db: VistkyDatabase,
  result: RefreshResult,
  payload: PushPayload | null,
): Promise<void> {
  if (Notification.permission !== 'granted' || (await isAppVisible())) return;
  const added = (await Promise.all(result.addedKeys.map((key) => getArticle(db, key)))).filter(
    (article): article is Article => article !== undefined,
  );
  const { language, messages } = await getWorkerLocale(db);
  const plan = planNotification(added, await readPreferences(db), messages);
  const content = toNotificationContent(plan, payload, language);
  if (content) await self.registration.showNotification(content.title, content.options);
}

/** Opens what a tapped notification points to: in an open window if there is one. */
export async function openNotificationTarget(notification: Notification): Promise<void> {
  const target = new URL(
    (notification.data as { url?: string } | null)?.url ?? '/',
    self.location.origin,
  );
  // Only the app's own pages: a push payload must not send residents elsewhere.
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/';
  notification.close();
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (existing) {
    // Focus needs the tap's window interaction, which a slow tap may have let lapse; the window
    // still goes to the article.
    await existing.focus().catch(() => undefined);
    await existing.navigate(url);
    return;
  }
  await self.clients.openWindow(url);
}
