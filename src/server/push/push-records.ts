import type { PushArticle } from '../../core/news-push';
import type { Language } from '../../core/settings';

/** A device's subscription with what its resident chose, as the API stores it. */
export interface SubscriptionRecord {
  endpoint: string;
  p256dh: string;
  auth: string;
  /** Section slugs; null for all news. */
  sections: string[] | null;
  urgentOnly: boolean;
  lang: Language;
  /** The origin the app was opened on, for links in declarative pushes; null in old rows. */
  appOrigin: string | null;
}

/** A stored subscription, with the row id sends are ordered by. */
export interface StoredSubscription extends SubscriptionRecord {
  id: number;
}

/** One announcement of new articles to every subscription there was when they were found. */
export interface PushRun {
  id: number;
  feed: string;
  articles: PushArticle[];
  lastSubscriptionId: number;
  /** Every subscription up to this id has had its push. */
  cursor: number;
}

/** What a finished run leaves behind: counts, never who got what. */
export interface RunSummary {
  id: number;
  feed: string;
  articleCount: number;
  sent: number;
  removed: number;
  failed: number;
  finishedAt: number | null;
}

/** The outcome of one batch of sends, written with the run's progress in one transaction. */
export interface BatchOutcome {
  cursor: number;
  sentIds: number[];
  removedIds: number[];
  failed: number;
}

/** A claim on the oldest unfinished run, or word that another sender holds it. */
export type RunClaim = { run: PushRun } | { busyUntil: number } | null;
