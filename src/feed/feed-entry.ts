import type { ArticleImage, FeedFormat } from '../core/types';

/** A title, summary or body as the feed wrote it: HTML source, or plain text. */
export interface TextValue {
  kind: 'html' | 'text';
  value: string;
}

/** A file an item links to that is not its image (a PDF decision, an audio recording). */
export interface Attachment {
  url: string;
  title: string;
  /** The declared MIME type, as written. */
  type: string | undefined;
  /** The declared length in bytes, as written (RSS `length`, JSON `size_in_bytes`). */
  length: unknown;
}

/** One item as a format parser read it, before it is normalised into a FeedArticle. */
export interface FeedEntry {
  /** guid, atom:id or JSON id, as written. */
  id: string | null;
  /** Absolute link to the original page, or '' when the item has none. */
  url: string;
  title: TextValue | null;
  summary: TextValue | null;
  content: TextValue | null;
  /** Dates as written; normalisation parses them. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  /** The image named outside the body (Media RSS, enclosure, JSON image), URL absolute. */
  image: ArticleImage | null;
  attachments: Attachment[];
  /** Base for relative URLs in the body: xml:base in scope, else the feed URL. */
  base: string | undefined;
}

/** A whole feed as a format parser read it. */
export interface FeedDocument {
  format: FeedFormat;
  title: TextValue | null;
  homeUrl: string | null;
  entries: FeedEntry[];
  /** Items dropped before normalisation: cut off mid-item, or beyond MAX_FEED_ITEMS. */
  skipped: number;
}
