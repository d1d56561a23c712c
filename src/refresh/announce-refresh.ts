import { CONTENT_CHANNEL, type ContentMessage } from '../core/messages';

/**
 * Tells every open page and the service worker of this origin what a refresh did. The same call
 * works in a window and in a worker; where BroadcastChannel is missing the pages re-read anyway.
 */
export function announceRefresh(message: ContentMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CONTENT_CHANNEL);
  // Messages posted before close() are still delivered.
  channel.postMessage(message);
  channel.close();
}
