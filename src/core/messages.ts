import type { RefreshFailure, RefreshResult } from './types';

/** The tag of the periodic and one-off background syncs that refresh the feed. */
export const FEED_SYNC_TAG = 'feed-refresh';

/** Name of the BroadcastChannel on which every context announces stored content. */
export const CONTENT_CHANNEL = 'vistky-content';

/**
 * Announced on CONTENT_CHANNEL after any refresh stored something or failed, and when the
 * resident cleared stored articles (so every page and the search index drop them).
 */
export type ContentMessage =
  | { type: 'content-updated'; feedUrl: string; result: RefreshResult }
  | { type: 'refresh-failed'; feedUrl: string; failure: RefreshFailure }
  | { type: 'articles-removed'; keys: string[] };

/**
 * The feed request the page made itself on a first visit, handed to its refresh worker with the
 * refresh request so that the download and the worker's start overlap: the answer, or how the
 * request failed (the worker records it as if its own request had).
 */
export type PrefetchedFeed =
  | { status: number; headers: [string, string][]; body: ArrayBuffer }
  | { error: 'network' | 'timeout'; message: string };

/**
 * Messages a page posts to the service worker. 'SKIP_WAITING' is spelled as workbox-window's
 * messageSkipWaiting() sends it.
 */
export type WindowToWorkerMessage =
  | { type: 'SKIP_WAITING' }
  | {
      type: 'refresh';
      feedUrl: string;
      /** The page's clock (ms since epoch) when it asked; the page's own worker keeps to it. */
      now?: number;
      prefetched?: PrefetchedFeed;
    }
  | { type: 'warm-images'; feedUrl: string }
  /** The saved articles changed: their photos and documents move into the kept caches. */
  | { type: 'sync-saved-images' }
  /** The resident chose which documents to keep. */
  | { type: 'sync-documents' }
  | { type: 'clear-image-cache' };

/** Replies the service worker sends back on the MessagePort of a 'refresh' message. */
export type WorkerReply =
  | { type: 'refresh-done'; result: RefreshResult }
  | { type: 'refresh-error'; failure: RefreshFailure };

/** The worker's answer, on the message's port, once 'clear-image-cache' is done. */
export type ImageCacheReply = { type: 'image-cache-cleared' };
