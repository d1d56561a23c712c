import type { PrefetchedFeed, WindowToWorkerMessage, WorkerReply } from '../core/messages';
import { RefreshError } from '../core/refresh-error';
import type { RefreshResult } from '../core/types';

// Longer than the worker's own fetch timeout, so the worker always answers first.
const REPLY_TIMEOUT_MS = 45_000;

/** Anything that takes the refresh message with a port: a service worker or a dedicated worker. */
export interface RefreshTarget {
  postMessage(message: WindowToWorkerMessage, transfer: Transferable[]): void;
}

/**
 * Asks the service worker controlling this page to refresh the feed, so parsing and storing run
 * off the main thread. Null when no worker controls the page (first visit, private mode).
 */
export function requestWorkerRefresh(feedUrl: string): Promise<RefreshResult> | null {
  const controller = navigator.serviceWorker?.controller;
  return controller ? requestRefreshFrom(controller, feedUrl) : null;
}

/**
 * Asks a worker to refresh the feed and waits for its reply on a MessageChannel; what the page's
 * own request for the feed got is moved (not copied) along with it.
 */
export function requestRefreshFrom(
  target: RefreshTarget,
  feedUrl: string,
  prefetched: PrefetchedFeed | null = null,
): Promise<RefreshResult> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      reject(
        new RefreshError({
          kind: 'timeout',
          detail: 'The worker did not answer the refresh request',
          status: null,
          retryAfter: null,
          at: new Date().toISOString(),
        }),
      );
    }, REPLY_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => {
      clearTimeout(timer);
      channel.port1.close();
      const reply = event.data;
      switch (reply.type) {
        case 'refresh-done':
          resolve(reply.result);
          break;
        case 'refresh-error':
          reject(new RefreshError(reply.failure));
          break;
      }
    };
    const message: WindowToWorkerMessage = prefetched
      ? { type: 'refresh', feedUrl, now: Date.now(), prefetched }
      : { type: 'refresh', feedUrl, now: Date.now() };
    const transfer: Transferable[] = [channel.port2];
    if (prefetched && 'body' in prefetched) transfer.push(prefetched.body);
    target.postMessage(message, transfer);
  });
}

/** Asks the controlling worker to cache the photos of stored articles for offline reading. */
export function requestImageWarmup(feedUrl: string): void {
  const message: WindowToWorkerMessage = { type: 'warm-images', feedUrl };
  navigator.serviceWorker?.controller?.postMessage(message);
}

/** Tells the worker the saved articles changed, so their photos and documents are kept. */
export function requestSavedImagesSync(): void {
  const message: WindowToWorkerMessage = { type: 'sync-saved-images' };
  navigator.serviceWorker?.controller?.postMessage(message);
}
