import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../../feed/parse';
import { ConfigError, readServerConfig } from '../config';
import { toFeedFailure } from '../feed/feed-failure';
import { createUpstreamLoad } from '../feed/upstream-feed';
import { announceNewArticles } from './announce-articles';
import { openPushDatabase } from './push-database';
import { createPushSender, type PushRunEntry } from './push-sender';
import { createPushStore } from './push-store';
import { generateVapidKeys } from './vapid-keys';

// Entry point of `npm run push`, for a person (keys) and for cron (send). Logs go to stderr.
const USAGE = `Usage:
  npm run push -- keys                 print a new VAPID key pair (set them in the environment)
  npm run push -- send [--feed <URL or file>]
      read the feed (default FEED_URL), record its articles in DATABASE_URL and send one push
      per matching subscription for the articles it did not show before; a run left
      unfinished by a stopped sender goes on. The first read of a feed announces nothing.
Environment: DATABASE_URL (or DATA_DIR), VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT,
  PUSH_CONCURRENCY, FEED_URL.
Exit codes: 0 done, 1 the feed or the database failed, 2 bad arguments or configuration.`;
const USER_AGENT = 'Vistky/1.0 (push sender)';

const log = (line: string) => process.stderr.write(`push: ${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'keys' && rest.length === 0) {
    const keys = generateVapidKeys();
    process.stdout.write(
      `VAPID_PUBLIC_KEY=${keys.publicKey}\nVAPID_PRIVATE_KEY=${keys.privateKey}\n`,
    );
    return 0;
  }
  const feedArgument = rest[0] === '--feed' && rest.length === 2 ? rest[1] : null;
  if (command !== 'send' || (rest.length > 0 && !feedArgument)) {
    process.stderr.write(`${USAGE}\n`);
    return command === 'help' || command === '--help' ? 0 : 2;
  }
  let config;
  try {
    config = readServerConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log(`configuration: ${error.message}`);
    return 2;
  }
  const location = feedArgument ?? config.feedUrl?.href;
  if (!location) {
    log('no feed: set FEED_URL or pass --feed <URL or file>');
    return 2;
  }
  if (!config.push.vapid) {
    log(
      'no keys: set VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT (npm run push -- keys)',
    );
    return 2;
  }
  const db = await openPushDatabase({
    url: config.push.databaseUrl,
    authToken: config.push.databaseAuthToken,
  });
  const store = createPushStore(db);
  const sender = createPushSender({
    store,
    vapid: config.push.vapid,
    concurrency: config.push.concurrency,
    log: (entry) => log(describeRun(entry)),
  });
  try {
    const { id, feed } = await readFeedAt(location);
    const isFirst = (await store.countKnownArticles(id)) === 0;
    const run = await announceNewArticles(store, id, feed, Date.now());
    if (isFirst)
      log(`first read of this feed: ${feed.articles.length} articles recorded, none announced`);
    else if (run === null) log('nothing new in the feed');
    await sender.sendPending();
    return 0;
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await sender.close();
    db.close();
  }
}

/** The feed at a URL (one GET with our own headers) or in a file (the bridge's output). */
async function readFeedAt(location: string) {
  if (/^https?:\/\//i.test(location)) {
    const url = new URL(location);
    const load = createUpstreamLoad({ feedUrl: url, userAgent: USER_AGENT });
    let loaded;
    try {
      loaded = await load(null, AbortSignal.timeout(60_000));
    } catch (error) {
      throw new Error(toFeedFailure(error, url.href, Date.now()).message);
    }
    if (loaded.status !== 200) throw new Error(`the feed at ${url.host} answered 304`);
    const feed = parseFeed(loaded.bytes, {
      url: url.href,
      contentType: loaded.contentType ?? undefined,
    });
    return { id: url.href, feed };
  }
  const path = resolve(location);
  const feed = parseFeed(await readFile(path), { url: pathToFileURL(path).href });
  return { id: pathToFileURL(path).href, feed };
}

function describeRun(entry: PushRunEntry): string {
  const seconds = (entry.durationMs / 1000).toFixed(1);
  const answers = Object.entries(entry.answers)
    .map(([answer, count]) => `${answer} ×${count}`)
    .join(', ');
  return [
    `run ${entry.run}: ${entry.articles} new article(s), ${entry.sent} sent, ${entry.removed} gone,`,
    `${entry.failed} failed in ${seconds} s${entry.interrupted ? ' (interrupted)' : ''}`,
    answers ? `; other answers: ${answers}` : '',
  ].join(' ');
}

process.exitCode = await main(process.argv.slice(2));
