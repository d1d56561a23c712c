import type { ScreenMessages } from './i18n/uk-screens';
import { isUrgent } from './urgency';
import { stripTags } from './text';
import { findMatchingTopics, prepareTopics } from './topics';
import type { Article } from './types';

/** The one tag every new-news notification shares, so a newer one replaces the older. */
export const NEWS_NOTIFICATION_TAG = 'vistky-news';

/** What the resident asked to be told about. */
export interface NotificationPreferences {
  /** General notifications: every new article. */
  isEnabled: boolean;
  /** «Мої теми»: words that notify even when general notifications are off. */
  topics: string[];
}

/** The notification a refresh should show, or nothing. */
export interface NotificationPlan {
  title: string;
  body: string;
  /** Where a tap leads: the article for one, the list for several. */
  url: string;
  tag: string;
  keys: string[];
}

/**
 * Decides the notification for the articles one refresh added (newest first): all of them when
 * notifications are on, else only urgent ones and those matching the resident's topics.
 */
export function planNotification(
  added: Article[],
  preferences: NotificationPreferences,
  t: Pick<ScreenMessages, 'topicMatch' | 'moreNews' | 'urgentTitle'>,
): NotificationPlan | null {
  const topics = prepareTopics(preferences.topics);
  const chosen = added
    .map((article) => ({
      article,
      matched: findMatchingTopics(
        {
          title: article.title,
          summary: article.summary,
          contentText: stripTags(article.contentHtml),
        },
        topics,
      ),
    }))
    .filter(
      ({ article, matched }) =>
        preferences.isEnabled || matched.length > 0 || isUrgent(article.categories),
    );
  const first = chosen[0];
  if (!first) return null;
  const others = chosen.length - 1;
  const lines = [
    first.matched.length > 0 ? t.topicMatch(first.matched) : null,
    others > 0 ? t.moreNews(others) : null,
  ].filter((line) => line !== null);
  return {
    title: isUrgent(first.article.categories)
      ? t.urgentTitle(first.article.title)
      : first.article.title,
    body: lines.join(' · '),
    url: chosen.length === 1 ? `/news/${first.article.key}` : '/',
    tag: NEWS_NOTIFICATION_TAG,
    keys: chosen.map(({ article }) => article.key),
  };
}
