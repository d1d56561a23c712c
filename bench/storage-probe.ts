// Bundled for the browser by measure-storage.ts: the app's own parser and storage, timed in page.
import { parseFeed } from '../src/feed/parse';
import { deleteDatabase, openDatabase, putFeedArticles } from '../src/storage';
import { normalizeFeedArticle } from '../src/core/normalize-article';
import { INITIAL_STATE, toArticleRecord } from '../src/storage/article-record';

/** What one parse-and-store run took in the page. */
export interface ProbeRun {
  ms: number;
  /** The part of `ms` spent in parseFeed; the rest is putFeedArticles. */
  parseMs: number;
  articles: number;
}

interface Feed {
  url: string;
  bytes: ArrayBuffer;
  type: string;
}

async function fetchFeeds(urls: string[]): Promise<Feed[]> {
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      const type = response.headers.get('Content-Type') ?? '';
      return { url: new URL(url, location.href).href, bytes: await response.arrayBuffer(), type };
    }),
  );
}

/**
 * Deletes database `name`, downloads the feeds (untimed), then times parseFeed + putFeedArticles
 * of each feed in turn, as a refresh does, into a freshly opened database.
 */
async function parseAndStore(name: string, feedUrls: string[]): Promise<ProbeRun> {
  await deleteDatabase(name);
  const feeds = await fetchFeeds(feedUrls);
  const db = await openDatabase(name);
  let articles = 0;
  let parseMs = 0;
  const start = performance.now();
  for (const feed of feeds) {
    const parseStart = performance.now();
    const parsed = parseFeed(feed.bytes, { url: feed.url, contentType: feed.type });
    parseMs += performance.now() - parseStart;
    const stored = await putFeedArticles(db, {
      feedUrl: feed.url,
      articles: parsed.articles,
      meta: { title: parsed.title, lastSuccess: new Date().toISOString() },
      now: new Date(),
    });
    articles += stored.added + stored.updated;
  }
  const ms = performance.now() - start;
  db.close();
  return { ms, parseMs, articles };
}

/**
 * The floor under putFeedArticles: the same records put into the same schema (same indexes),
 * one plain IndexedDB transaction per feed, no reads, no wrappers. Parsing is not timed.
 */
async function putRaw(name: string, feedUrls: string[]): Promise<ProbeRun> {
  await deleteDatabase(name);
  const feeds = await fetchFeeds(feedUrls);
  const batches = feeds.map((feed) =>
    parseFeed(feed.bytes, { url: feed.url, contentType: feed.type }).articles.map((article, i) =>
      toArticleRecord(
        normalizeFeedArticle(article),
        feed.url,
        INITIAL_STATE,
        new Date(Date.now() - i).toISOString(),
      ),
    ),
  );
  (await openDatabase(name)).close();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  for (const records of batches) {
    const tx = db.transaction('articles', 'readwrite');
    for (const record of records) tx.objectStore('articles').put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  return { ms, parseMs: 0, articles: batches.flat().length };
}

Object.assign(window, { benchStorage: { parseAndStore, putRaw } });
