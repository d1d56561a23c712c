import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteSetting,
  getFeedMeta,
  getSetting,
  putFeedMeta,
  putSetting,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, openTestDatabase } from './test-database';

describe('feed meta and settings', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('answers undefined for a feed never refreshed', async () => {
    expect(await getFeedMeta(db, FEED_URL)).toBeUndefined();
  });

  it('merges a feed meta patch into what is stored', async () => {
    await putFeedMeta(db, FEED_URL, { title: 'Новини', etag: '"1"' });
    await putFeedMeta(db, FEED_URL, { lastChecked: '2026-03-10T12:00:00.000Z', etag: undefined });
    expect(await getFeedMeta(db, FEED_URL)).toEqual({
      url: FEED_URL,
      title: 'Новини',
      homeUrl: null,
      etag: '"1"',
      lastModified: null,
      lastChecked: '2026-03-10T12:00:00.000Z',
      lastSuccess: null,
      lastError: null,
    });
  });

  it('stores and returns a JSON setting', async () => {
    await putSetting(db, 'notifications', { enabled: true, categories: ['ЖКГ'] });
    expect(await getSetting(db, 'notifications')).toEqual({ enabled: true, categories: ['ЖКГ'] });
  });

  it('forgets a deleted setting', async () => {
    await putSetting(db, 'theme', 'dark');
    await deleteSetting(db, 'theme');
    expect(await getSetting(db, 'theme')).toBeUndefined();
  });
});
