import type { WindowToWorkerMessage } from '../core/messages';

// Apart from worker-messages.ts, which every refresh loads: only the settings screen sends it.
/** Tells the worker which documents the resident now keeps, so it fetches or drops them. */
export function requestDocumentsSync(): void {
  const message: WindowToWorkerMessage = { type: 'sync-documents' };
  navigator.serviceWorker?.controller?.postMessage(message);
}
