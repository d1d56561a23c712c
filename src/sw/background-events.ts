import { FEED_SYNC_TAG } from '../core/messages';
import { refreshInBackground } from './background';
import { openNotificationTarget } from './notify';
import { receivePush } from './receive-push';

declare const self: ServiceWorkerGlobalScope;

/** periodicsync and sync are not in TypeScript's worker lib yet: both carry a tag. */
interface TaggedSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

function onTaggedSync(type: 'sync' | 'periodicsync', handle: (event: TaggedSyncEvent) => void) {
  self.addEventListener(type, (event) => handle(event as TaggedSyncEvent));
}

/** Wakes the worker for background refreshes and notification taps. */
export function registerBackgroundEvents(): void {
  onTaggedSync('periodicsync', (event) => {
    if (event.tag !== FEED_SYNC_TAG) return;
    // A periodic run that fails simply waits for the next one.
    event.waitUntil(refreshInBackground(event, null).catch(() => undefined));
  });

  onTaggedSync('sync', (event) => {
    if (event.tag !== FEED_SYNC_TAG) return;
    // Rejecting tells the browser to retry this one-off sync later with backoff.
    event.waitUntil(refreshInBackground(event, null));
  });

  self.addEventListener('push', (event) => {
    event.waitUntil(receivePush(event).catch(() => undefined));
  });

  self.addEventListener('notificationclick', (event) => {
    event.waitUntil(openNotificationTarget(event.notification));
  });
}
