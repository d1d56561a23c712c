import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEmptyCache,
  loadBridgeCache,
  saveBridgeCache,
} from '../../../src/portal-bridge/bridge-cache';

describe('bridge cache file', () => {
  it('round-trips through disk without leaving temporary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-cache-'));
    const path = join(dir, 'feed.json.cache.json');
    const cache = createEmptyCache();
    cache.lists['https://p.example/news/'] = {
      etag: '"1"',
      lastModified: null,
      fetchedAt: '2026-03-30T08:00:00.000Z',
      entries: [],
    };
    await saveBridgeCache(path, cache);
    expect(await loadBridgeCache(path, () => {})).toEqual(cache);
    expect(await readdir(dir)).toEqual(['feed.json.cache.json']);
  });

  it('starts empty, and says so, when the file is damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-cache-'));
    const path = join(dir, 'cache.json');
    await writeFile(path, '{"version":1,"lists":');
    const lines: string[] = [];
    expect(await loadBridgeCache(path, (line) => lines.push(line))).toEqual(createEmptyCache());
    expect(lines[0]).toMatch(/unreadable/);
  });

  it('keeps the pages of a version 1 file, which had no sections yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-cache-'));
    const path = join(dir, 'cache.json');
    const { lists, articles } = createEmptyCache();
    lists['https://p.example/news/'] = {
      etag: '"1"',
      lastModified: null,
      fetchedAt: '2026-03-30T08:00:00.000Z',
      entries: [],
    };
    await writeFile(path, JSON.stringify({ version: 1, lists, articles }));
    expect(await loadBridgeCache(path, () => {})).toEqual({ ...createEmptyCache(), lists });
  });

  it('starts empty, silently, when there is no file yet', async () => {
    const lines: string[] = [];
    expect(
      await loadBridgeCache(join(tmpdir(), 'no-such-dir', 'c.json'), (l) => lines.push(l)),
    ).toEqual(createEmptyCache());
    expect(lines).toEqual([]);
  });
});
