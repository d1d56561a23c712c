/** Which syntax a feed was written in. */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'jsonfeed';

/** An image that illustrates an article. */
export interface ArticleImage {
  url: string;
  alt: string;
}

/** A document an article comes with: a decision, a draft or an order as PDF, Word, … */
export interface ArticleAttachment {
  /** Absolute http(s) URL, like every URL of an article. */
  url: string;
  /** As the feed names it, without a «(PDF, 412 КБ)» the row says anyway; else the file name. */
  title: string;
  mimeType: string;
  /** As the feed declares it; null when it does not (or says 0). */
  sizeBytes: number | null;
}

/**
 * The event an announcement names, found in its Ukrainian text on the device (core/find-event.ts).
 * Dates and times are Kyiv's wall clock, as the text gives them: they never shift with a zone.
 */
export interface ArticleEvent {
  /** The first day, 'YYYY-MM-DD'. */
  startDate: string;
  /** 'HH:MM'; null when the text gives no time. */
  startTime: string | null;
  /** The last day of a range («з 30 листопада до 2 грудня»); null for one day. */
  endDate: string | null;
  /** 'HH:MM' of «з 10:00 до 13:00»; null when the text gives no end. */
  endTime: string | null;
  /** A street address when the text has one, else the venue («у малій залі міської ради»). */
  place: string | null;
  /** The days and time in the article's language: «15 грудня, 10:00», «28–30 листопада». */
  when: string;
}

/** One item of a feed as the parser returns it (the contract of feed/parse.ts). */
export interface FeedArticle {
  /** guid / atom:id / JSON id; else the link; else a hash of title+date. */
  id: string;
  /** Absolute link to the original page; '' if none. */
  url: string;
  /** Plain text: entities decoded, tags stripped, whitespace collapsed. */
  title: string;
  /** Plain-text excerpt, at most about 300 characters. */
  summary: string;
  /** Full body HTML, not sanitized, relative URLs made absolute. */
  contentHtml: string;
  /** ISO 8601 UTC (toISOString form); null when absent or unparseable. */
  published: string | null;
  updated: string | null;
  author: string | null;
  categories: string[];
  image: ArticleImage | null;
  /** Documents from enclosures, JSON Feed attachments, the bridge's links; null when none. */
  attachments: ArticleAttachment[] | null;
  /** The event of an announcement, from its text and publication date; null when none. */
  event: ArticleEvent | null;
}

/** A whole feed as the parser returns it. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  homeUrl: string | null;
  articles: FeedArticle[];
  /** Items with nothing usable, and duplicates that a later item replaced. */
  skipped: number;
}

/** What the resident did with an article; survives content updates. */
export interface ArticleState {
  read: boolean;
  saved: boolean;
  /** When the resident saved it (ISO), so «Збережені» can list newest saves first. */
  savedAt: string | null;
}

/** An article as stored and shown: feed content plus key, source feed and user state. */
export interface Article extends FeedArticle, ArticleState {
  /** Short, stable, URL-safe key derived from `id`; the page is /news/<key>. */
  key: string;
  /** The feed the article came from. */
  feedUrl: string;
  /** When this device first stored it (ISO); orders items that have no date. */
  firstSeen: string;
}

/** Why the last refresh of a feed failed, in terms the UI can explain. */
export type RefreshErrorKind =
  | 'offline'
  | 'timeout'
  | 'http'
  | 'rate-limited'
  | 'not-a-feed'
  | 'broken-feed'
  | 'storage-full'
  | 'storage-unavailable'
  | 'aborted'
  | 'unknown';

/** The last failure of a feed refresh, as recorded. */
export interface RefreshFailure {
  kind: RefreshErrorKind;
  /** Technical detail for logs and the settings screen (not shown as the main message). */
  detail: string;
  /** HTTP status when there was one. */
  status: number | null;
  /** ISO time before which the server asked not to be asked again (Retry-After). */
  retryAfter: string | null;
  at: string;
}

/** What the app knows about one feed between refreshes. */
export interface FeedMeta {
  url: string;
  title: string;
  homeUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Last time a request was attempted (ISO). */
  lastChecked: string | null;
  /** Last time a request succeeded, 200 or 304 (ISO). */
  lastSuccess: string | null;
  lastError: RefreshFailure | null;
}

/** What one refresh did. */
export interface RefreshResult {
  /** 'not-modified' when the server answered 304. */
  status: 'updated' | 'not-modified';
  added: number;
  updated: number;
  /** Keys of the articles new to this device and kept (not evicted by this refresh), newest first. */
  addedKeys: string[];
  /** Keys of stored articles whose content changed. */
  updatedKeys: string[];
  /** Keys of the articles evicted to keep the store within its limit or to make room. */
  evictedKeys: string[];
  skipped: number;
}
