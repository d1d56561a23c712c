import type { ImageCacheReply, WindowToWorkerMessage } from '../core/messages';
// Deleting a cache takes moments; a worker that never answers must not hold the page up.
const CLEAR_TIMEOUT_MS = 10_000;

/** Asks the worker to empty the photo cache; resolves once done (at once without a worker). */
export function requestImageCacheClear(): Promise<void> {
  const controller = navigator.serviceWorker?.controller;
  if (!controller) return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // Whatever the worker answers (or if it never does), the page carries on.
    const timer = setTimeout(resolve, CLEAR_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<ImageCacheReply>) => {
      if (event.data.type !== 'image-cache-cleared') return;
      clearTimeout(timer);
      channel.port1.close();
      resolve();
    };
    const message: WindowToWorkerMessage = { type: 'clear-image-cache' };
    controller.postMessage(message, [channel.port2]);
  });
}
