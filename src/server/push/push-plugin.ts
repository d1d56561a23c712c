import type { Agent } from 'node:https';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DEFAULT_FEED_PATH } from '../../core/feed-path';
import type { ServerConfig } from '../config';
import { createFeedSource, type FeedSource } from '../feed/feed-source';
import { createUpstreamLoad } from '../feed/upstream-feed';
import { announceNewArticles } from './announce-articles';
import { openPushDatabase } from './push-database';
import { registerPushDisabledRoutes, registerPushRoutes } from './push-routes';
import { createPushSender } from './push-sender';
import { createPushStore } from './push-store';
import { loadDemoVapidKeys } from './vapid-keys';

/** What the push plugin takes from the server. */
export interface PushPluginOptions {
  config: ServerConfig;
  /** The server's feed; null in demo mode, where `demoFetch` reads the demo backend's. */
  feed: FeedSource | null;
  /** The demo backend's handlers as a fetch, answering in-process. */
  demoFetch?: typeof fetch;
  /** The transport to the push services; tests pass one that trusts their own. */
  agent?: Agent;
  now?: () => number;
}

// Any name will do: the demo's handlers answer every origin in-process.
const DEMO_FEED_URL = new URL('http://demo.localhost/api/feed');
const USER_AGENT = 'Vistky/1.0 (push sender)';

/**
 * Web Push: the subscriptions API, and one push per subscription when the feed shows articles
 * it did not show before. Without VAPID keys (and outside the demo, which makes its own) the API
 * answers 404 and nothing is sent.
 */
export const pushPlugin = fp<PushPluginOptions>(
  async (app, options) => {
    const { push, mode } = options.config;
    const now = options.now ?? Date.now;
    const vapid = push.vapid ?? (mode === 'demo' ? await loadDemoVapidKeys(push.dataDir) : null);
    if (!vapid) {
      registerPushDisabledRoutes(app);
      return;
    }
    const db = await openPushDatabase({ url: push.databaseUrl, authToken: push.databaseAuthToken });
    const store = createPushStore(db);
    registerPushRoutes(app, {
      store,
      publicKey: vapid.publicKey,
      endpointOrigins: push.endpointOrigins,
      now,
    });
    const sender = createPushSender({
      store,
      vapid,
      concurrency: push.concurrency,
      agent: options.agent,
      log: (entry) => app.log.info({ source: 'push', ...entry }, 'push run'),
    });
    const send = () =>
      sender.sendPending().catch((error: unknown) => app.log.error({ err: error }, 'push failed'));

    const ownFeed = options.feed ? null : createDemoFeed(app, options);
    const feed = options.feed ?? ownFeed;
    const feedId = options.config.feedUrl?.href ?? options.config.portalUrl?.href ?? 'demo';
    feed?.onChange((snapshot) => {
      announceNewArticles(store, feedId, snapshot.feed, now()).then(
        (run) => (run === null ? undefined : send()),
        (error: unknown) => app.log.error({ err: error }, 'push: recording the feed failed'),
      );
    });

    if (ownFeed) {
      // The demo's feed changes when a test publishes: it is read again when clients read it
      // (at most every FEED_CACHE_SECONDS), as a proxied feed would be.
      app.addHook('onResponse', async (request) => {
        if (request.method === 'GET' && request.routeOptions.url === DEFAULT_FEED_PATH) {
          void ownFeed.getFeed().catch(() => undefined);
        }
      });
    }
    app.addHook('onReady', async () => {
      ownFeed?.start();
      // Runs a previous process left unfinished go on from their last batch.
      void send();
    });
    app.addHook('onClose', async () => {
      ownFeed?.close();
      await sender.close();
      db.close();
    });
  },
  { name: 'vistky-push' },
);

function createDemoFeed(app: FastifyInstance, options: PushPluginOptions): FeedSource | null {
  if (!options.demoFetch) return null;
  const checkEveryMs = options.config.feedCheckSeconds * 1000;
  return createFeedSource({
    maxAgeMs: options.config.feedCacheSeconds * 1000,
    load: createUpstreamLoad({
      feedUrl: DEMO_FEED_URL,
      userAgent: USER_AGENT,
      fetch: options.demoFetch,
    }),
    url: DEMO_FEED_URL.href,
    checkEveryMs,
    now: options.now,
    log: (entry) => app.log.debug({ source: 'demo', ...entry }, 'push feed refresh'),
  });
}
