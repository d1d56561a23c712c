import type { Agent } from 'node:https';
import fp from 'fastify-plugin';
import type { ServerConfig } from '../config';
import type { FeedSource } from '../feed/feed-source';
import { announceNewArticles } from './announce-articles';
import { openPushDatabase } from './push-database';
import { registerPushDisabledRoutes, registerPushRoutes } from './push-routes';
import { createPushSender } from './push-sender';
import { createPushStore } from './push-store';
import { loadDemoVapidKeys } from './vapid-keys';

/** What the push plugin takes from the server. */
export interface PushPluginOptions {
  config: ServerConfig;
  /** The server's feed (the demo's too); null when there is none to watch. */
  feed: FeedSource | null;
  /** The transport to the push services; tests pass one that trusts their own. */
  agent?: Agent;
  now?: () => number;
}

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

    const feedId = options.config.feedUrl?.href ?? options.config.portalUrl?.href ?? 'demo';
    // The demo city's articles go only to subscriptions made with the demo's own keys: a server
    // given real keys and no feed (the push API beside static hosting) must not announce them.
    const feed = mode === 'demo' && push.vapid ? null : options.feed;
    feed?.onChange((snapshot) => {
      announceNewArticles(store, feedId, snapshot.feed, now()).then(
        (run) => (run === null ? undefined : send()),
        (error: unknown) => app.log.error({ err: error }, 'push: recording the feed failed'),
      );
    });

    app.addHook('onReady', async () => {
      // Runs a previous process left unfinished go on from their last batch.
      void send();
    });
    app.addHook('onClose', async () => {
      await sender.close();
      db.close();
    });
  },
  { name: 'vistky-push' },
);
