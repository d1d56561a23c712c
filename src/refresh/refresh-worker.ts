// A dedicated worker the page starts when no service worker controls it (a first visit, a
// browser without service workers): the service worker's refresh, so that parsing and storing a
// feed, tens of milliseconds of work even on a desktop, never block the page.
import type { WindowToWorkerMessage, WorkerReply } from '../core/messages';
import { RefreshError } from '../core/refresh-error';
import { createSharedConnection } from '../storage';
import { refreshAndAnnounce } from './refresh-and-announce';
import { replayFeed } from './prefetch-feed';
import { toRefreshFailure } from './refresh-failure';

const getDatabase = createSharedConnection();

addEventListener('message', (event: MessageEvent<WindowToWorkerMessage>) => {
  const message = event.data;
  const port = event.ports[0];
  if (message.type !== 'refresh' || !port) return;
  const reply = (data: WorkerReply) => port.postMessage(data);
  // The page's clock, not this thread's: dates it shows and records (Retry-After) must agree
  // with the ones the page computes, even under a test's fake clock.
  const offset = message.now === undefined ? 0 : message.now - Date.now();
  const now = () => new Date(Date.now() + offset);
  getDatabase()
    .then((db) =>
      refreshAndAnnounce({
        db,
        feedUrl: message.feedUrl,
        now,
        // The page's own download of the feed, when it had one: answered as if fetched here.
        fetch: message.prefetched && replayFeed(message.prefetched),
      }),
    )
    .then(
      (result) => reply({ type: 'refresh-done', result }),
      (error: unknown) =>
        reply({
          type: 'refresh-error',
          failure: error instanceof RefreshError ? error.failure : toRefreshFailure(error, now()),
        }),
    );
});
