import type { FeedMeta } from '../core/types';
import { STORE, type VistkyDatabase } from './schema';
import { runRead, runWrite } from './transaction';

/** A change to what is known of a feed; fields left out keep their stored value. */
export type FeedMetaPatch = Partial<Omit<FeedMeta, 'url'>>;

/** Applies a patch to a stored feed record, or to a blank one for a feed seen the first time. */
export function mergeFeedMeta(url: string, stored: FeedMeta | undefined, patch: FeedMetaPatch) {
  const base: FeedMeta = stored ?? {
    url,
    title: '',
    homeUrl: null,
    etag: null,
    lastModified: null,
    lastChecked: null,
    lastSuccess: null,
    lastError: null,
  };
  const merged: FeedMeta = { ...base };
  for (const [name, value] of Object.entries(patch)) {
    // An explicit undefined in a spread patch must not erase a stored value.
    if (value !== undefined) Object.assign(merged, { [name]: value });
  }
  return merged;
}

/** What the device knows about one feed, or undefined before its first refresh. */
export function getFeedMeta(db: VistkyDatabase, url: string): Promise<FeedMeta | undefined> {
  return runRead(db, [STORE.feeds], (tx) => tx.objectStore(STORE.feeds).get(url));
}

/** Updates what is known of a feed (validators, check times, last error) and returns it. */
export function putFeedMeta(
  db: VistkyDatabase,
  url: string,
  patch: FeedMetaPatch,
): Promise<FeedMeta> {
  return runWrite(db, [STORE.feeds], async (tx) => {
    const store = tx.objectStore(STORE.feeds);
    const meta = mergeFeedMeta(url, await store.get(url), patch);
    await store.put(meta);
    return meta;
  });
}
