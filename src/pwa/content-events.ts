import { CONTENT_CHANNEL, type ContentMessage } from '../core/messages';

/**
 * Calls `onMessage` whenever any context of this origin (a tab, the service worker) has stored
 * or failed to store content. Returns the unsubscribe function.
 */
export function subscribeToContent(onMessage: (message: ContentMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CONTENT_CHANNEL);
  channel.onmessage = (event: MessageEvent<ContentMessage>) => onMessage(event.data);
  return () => channel.close();
}
