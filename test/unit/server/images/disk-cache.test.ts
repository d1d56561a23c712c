import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDiskCache } from '../../../../src/server/images/disk-cache';
import { makeCacheDir } from './image-fixtures';

const kilobytes = (n: number) => new Uint8Array(n * 1000).fill(n);

describe('the images disk cache', () => {
  it('gives back the bytes and the record it kept', async () => {
    const cache = await openDiskCache<{ type: string }>(makeCacheDir(), 10_000);
    await cache.put('a', kilobytes(2), { type: 'image/webp' });
    const entry = await cache.get('a');
    expect(entry?.record).toEqual({ type: 'image/webp' });
    expect(entry?.bytes.equals(Buffer.from(kilobytes(2)))).toBe(true);
    expect(await cache.get('b')).toBeNull();
    expect(cache.getSize()).toBe(2000);
  });

  it('drops the least recently used files past its bound', async () => {
    const cache = await openDiskCache<object>(makeCacheDir(), 5000);
    await cache.put('a', kilobytes(2), {});
    await cache.put('b', kilobytes(2), {});
    await cache.get('a');
    await cache.put('c', kilobytes(2), {});
    expect(await cache.get('b')).toBeNull();
    expect(await cache.getRecord('a')).toEqual({});
    expect(await cache.getRecord('c')).toEqual({});
    expect(cache.getSize()).toBe(4000);
  });

  it('keeps nothing larger than its bound, and drops nothing for it', async () => {
    const cache = await openDiskCache<object>(makeCacheDir(), 5000);
    await cache.put('a', kilobytes(2), {});
    await cache.put('huge', kilobytes(6), {});
    expect(await cache.get('huge')).toBeNull();
    expect(await cache.getRecord('a')).toEqual({});
  });

  it('finds what an earlier process kept, oldest use first, and removes unfinished writes', async () => {
    const dir = makeCacheDir();
    const first = await openDiskCache<{ n: number }>(dir, 10_000);
    await first.put('old', kilobytes(3), { n: 1 });
    await first.put('new', kilobytes(3), { n: 2 });
    utimesSync(join(dir, 'old.bin'), new Date(1000), new Date(1000));
    writeFileSync(join(dir, 'half.bin'), 'no record');
    writeFileSync(join(dir, 'x.bin.1234.tmp'), 'interrupted');
    const second = await openDiskCache<{ n: number }>(dir, 5000);
    expect(second.getSize()).toBe(3000);
    expect(await second.getRecord('new')).toEqual({ n: 2 });
    expect(await second.getRecord('old')).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['new.bin', 'new.json']);
    expect(existsSync(join(dir, 'old.bin'))).toBe(false);
  });

  it('replaces a record without touching the bytes', async () => {
    const cache = await openDiskCache<{ n: number }>(makeCacheDir(), 10_000);
    await cache.put('a', kilobytes(1), { n: 1 });
    await cache.putRecord('a', { n: 2 });
    expect((await cache.get('a'))?.record).toEqual({ n: 2 });
    expect(cache.getSize()).toBe(1000);
  });
});
