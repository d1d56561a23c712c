/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import type { ImageCacheReply, WindowToWorkerMessage, WorkerReply } from '../core/messages';
import { RefreshError } from '../core/refresh-error';
import { toRefreshFailure } from '../refresh/refresh-failure';
import { withFirstScreen } from './first-screen';
import { clearDocumentCache } from './document-caches';
import { registerDocumentRoute } from './document-route';
import { clearImageCache } from './image-caches';
import {
  keepSavedImages,
  refreshInWorker,
  settleDocuments,
  settleImageCaches,
  warmNewestImages,
} from './refresh';
import { registerBackgroundEvents } from './background-events';
import { registerRuntimeRoutes } from './routes';
import { isAppRoute } from '../core/app-routes';

declare const self: ServiceWorkerGlobalScope;

// No '/' → '/index.html' here: '/' is a navigation like any other, answered by the route below.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });
cleanupOutdatedCaches();

// Every app route opens the precached shell, online or not, whatever its query string
// (?utm_source=…, ?fbclid=…, /search?q=…; Workbox's NavigationRoute would test the query too);
// other paths go to the server. The list's shell carries the list as the resident last saw it,
// painted before the app's JavaScript.
const openShell = createHandlerBoundToURL('/index.html');
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isAppRoute(url.pathname),
  async (options) => withFirstScreen(await openShell(options), options.url.pathname),
);
registerRuntimeRoutes();
registerDocumentRoute();
registerBackgroundEvents();

// The first install takes the open page at once; later versions wait for the reader's consent.
clientsClaim();

self.addEventListener('activate', (event) => {
  event.waitUntil(settleImageCaches(event).catch(() => undefined));
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as WindowToWorkerMessage;
  switch (message.type) {
    case 'SKIP_WAITING':
      void self.skipWaiting();
      break;
    case 'refresh': {
      const port = event.ports[0];
      const reply = (data: WorkerReply) => port?.postMessage(data);
      event.waitUntil(
        refreshInWorker(message.feedUrl, event).then(
          ({ result, photos }) => {
            reply({ type: 'refresh-done', result });
            return photos;
          },
          (error: unknown) =>
            reply({
              type: 'refresh-error',
              failure:
                error instanceof RefreshError ? error.failure : toRefreshFailure(error, new Date()),
            }),
        ),
      );
      break;
    }
    case 'warm-images':
      event.waitUntil(warmNewestImages(event).catch(() => undefined));
      break;
    case 'sync-saved-images':
      event.waitUntil(keepSavedImages(event).catch(() => undefined));
      break;
    case 'sync-documents':
      event.waitUntil(settleDocuments(event).catch(() => undefined));
      break;
    case 'clear-image-cache': {
      const reply: ImageCacheReply = { type: 'image-cache-cleared' };
      const cleared = Promise.all([clearImageCache(), clearDocumentCache()]);
      event.waitUntil(cleared.finally(() => event.ports[0]?.postMessage(reply)));
      break;
    }
  }
});
