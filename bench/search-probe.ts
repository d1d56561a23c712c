// Bundled for the browser by measure-search.ts: the app's own search index over its own storage.
import { parseFeed } from '../src/feed/parse';
import { createIndexKeeper, type IndexKeeper } from '../src/search-worker/index-keeper';
import { deleteDatabase, openDatabase, putFeedArticles, type VistkyDatabase } from '../src/storage';

let db: VistkyDatabase | null = null;
let keeper: IndexKeeper | null = null;

/** Stores a feed (untimed) in a fresh database `name`, as refreshes would have. */
async function prepare(name: string, feedUrl: string): Promise<number> {
  db?.close();
  keeper = null;
  await deleteDatabase(name);
  db = await openDatabase(name);
  const response = await fetch(feedUrl);
  const url = new URL(feedUrl, location.href).href;
  const { articles } = parseFeed(await response.arrayBuffer(), { url });
  const stored = await putFeedArticles(db, { feedUrl: url, articles, meta: {}, now: new Date() });
  return stored.added;
}

/** Builds the index from storage as the search worker does on its first query; ms. */
async function build(): Promise<number> {
  const open = db!;
  keeper = createIndexKeeper(async () => open);
  const start = performance.now();
  await keeper.search('ініціалізація', 1);
  return performance.now() - start;
}

/** Runs every query `runs` times and returns each answer's time in ms, as the worker answers. */
async function query(queries: string[], runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const q of queries) {
      const start = performance.now();
      await keeper!.search(q, 50);
      times.push(performance.now() - start);
    }
  }
  return times;
}

Object.assign(window, { benchSearch: { prepare, build, query } });
