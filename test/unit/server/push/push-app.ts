import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPushDatabase } from '../../../../src/server/push/push-database';
import { createPushStore, type PushStore } from '../../../../src/server/push/push-store';
import { generateVapidKeys } from '../../../../src/server/push/vapid-keys';
import { startAppServer, startTestServer, type AppServer, type TestServer } from '../app-server';
import type { FakePushService } from './fake-push-service';

/** One item of the test feed. */
export interface TestItem {
  id: string;
  title: string;
  summary?: string;
  categories?: string[];
  published: string;
}

/** A feed the test edits between refreshes. */
export interface TestFeed extends TestServer {
  items: TestItem[];
  url: string;
}

/** The app's server with push on, its database opened beside it, and what it reads and sends to. */
export interface PushApp extends AppServer {
  store: PushStore;
  dataDir: string;
  keys: { publicKey: string; privateKey: string };
}

const KEYS = generateVapidKeys();

/** Serves `items` as RSS 2.0 at /rss.xml, as they are at each request. */
export async function startTestFeed(items: TestItem[]): Promise<TestFeed> {
  const feed = await startTestServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      .end(renderRss(items));
  });
  return { ...feed, items, url: `${feed.url}/rss.xml` };
}

/** Starts the server with VAPID keys, a fresh data folder and the fake push services allowed. */
export async function startPushApp(
  services: FakePushService[],
  env: Record<string, string> = {},
  deps: Parameters<typeof startAppServer>[1] = {},
): Promise<PushApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vistky-push-data-'));
  const server = await startAppServer(
    {
      DATA_DIR: dataDir,
      VAPID_PUBLIC_KEY: KEYS.publicKey,
      VAPID_PRIVATE_KEY: KEYS.privateKey,
      VAPID_SUBJECT: 'mailto:web@rada.example',
      PUSH_ENDPOINT_ORIGINS: services.map((service) => service.origin).join(','),
      ...env,
    },
    { pushAgent: services[0]?.agent, ...deps },
  );
  const db = await openPushDatabase({ url: `file:${join(dataDir, 'vistky.db')}` });
  return {
    ...server,
    store: createPushStore(db),
    dataDir,
    keys: KEYS,
    close: async () => {
      await server.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs a subscription to the app as its page would: same origin, JSON. */
export function postSubscription(
  app: AppServer,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${app.url}/api/push/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The items as an RSS 2.0 document. */
export function renderRss(items: TestItem[]): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items.map((item) =>
    [
      '<item>',
      `<title>${escape(item.title)}</title>`,
      `<guid isPermaLink="false">${escape(item.id)}</guid>`,
      `<link>https://rada.example/news/${encodeURIComponent(item.id)}</link>`,
      `<pubDate>${new Date(item.published).toUTCString()}</pubDate>`,
      ...(item.categories ?? []).map((c) => `<category>${escape(c)}</category>`),
      `<description>${escape(item.summary ?? '')}</description>`,
      '</item>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Рада</title><link>https://rada.example/</link><description>Новини</description>${entries.join('')}</channel></rss>`;
}
