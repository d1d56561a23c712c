import { NEWS_NOTIFICATION_TAG, type NotificationPlan } from './notification-plan';
import type { Language } from './settings';

/** What a city's push message may say; every field is optional (an empty push is a tickle). */
export interface PushPayload {
  title?: string;
  body?: string;
  url?: string;
}

/** One notification as the worker shows it: its title and showNotification's options. */
export interface NotificationContent {
  title: string;
  options: {
    body: string;
    tag: string;
    data: { url: string };
    icon: string;
    badge: string;
    lang: Language;
  };
}

const ICON = '/icons/icon-192.png';
const BADGE = '/icons/maskable-192.png';

/**
 * The notification for a refresh: the city's push words when it sent some, else the plan's,
 * tagged with the resident's interface language (the plan's own words are in it). Null when
 * there is nothing to say.
 */
export function toNotificationContent(
  plan: NotificationPlan | null,
  payload: PushPayload | null,
  language: Language,
): NotificationContent | null {
  const title = payload?.title ?? plan?.title;
  if (!title) return null;
  return {
    title,
    options: {
      body: payload?.body ?? plan?.body ?? '',
      tag: plan?.tag ?? NEWS_NOTIFICATION_TAG,
      data: { url: payload?.url ?? plan?.url ?? '/' },
      icon: ICON,
      badge: BADGE,
      lang: language,
    },
  };
}
