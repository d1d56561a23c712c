import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { HttpStatusError, TimeoutError } from '../../../src/net';
import {
  createFeedSource,
  FeedUnavailableError,
  type FeedLoad,
  type Validators,
} from '../../../src/server/feed/feed-source';

const RSS = new Uint8Array(readFileSync(new URL('../../../mocks/feeds/rss2.xml', import.meta.url)));
const ATOM = new Uint8Array(
  readFileSync(new URL('../../../mocks/feeds/atom.xml', import.meta.url)),
);
const ok = (bytes: Uint8Array, etag = '"a"'): FeedLoad => ({
  status: 200,
  bytes,
  contentType: 'text/xml; charset=UTF-8',
  validators: { etag, lastModified: null },
});

function setup(loads: (() => Promise<FeedLoad>)[]) {
  let now = 1_000_000;
  const load = vi.fn((_previous: Validators | null) => loads.shift()!());
  const source = createFeedSource({
    load,
    url: 'https://rada.example/rss.xml',
    maxAgeMs: 60_000,
    checkEveryMs: 300_000,
    now: () => now,
  });
  return { source, load, advance: (ms: number) => (now += ms) };
}

describe('createFeedSource', () => {
  it('labels the body by its parsed format and keeps a plain charset', async () => {
    const { source } = setup([async () => ok(RSS)]);
    const snapshot = await source.getFeed();
    expect(snapshot.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(snapshot.feed.articles.length).toBeGreaterThan(0);
  });

  it('sends the upstream’s validators back and keeps the copy on a 304', async () => {
    const { source, load, advance } = setup([
      async () => ok(RSS, '"v1"'),
      async () => ({ status: 304 }),
    ]);
    const first = await source.getFeed();
    advance(61_000);
    await source.refresh();
    expect(load.mock.calls[1]![0]).toEqual({ etag: '"v1"', lastModified: null });
    expect((await source.getFeed()).etag).toBe(first.etag);
    expect(source.getHealth().ageSeconds).toBe(0);
  });

  it('tells listeners of a new feed, not of a 304 or the same bytes again', async () => {
    const { source, advance } = setup([
      async () => ok(RSS),
      async () => ({ status: 304 }),
      async () => ok(RSS, '"b"'),
      async () => ok(ATOM),
    ]);
    const seen: string[] = [];
    source.onChange((next, previous) =>
      seen.push(`${previous?.feed.format ?? 'none'}→${next.feed.format}`),
    );
    for (let i = 0; i < 4; i++) {
      await source.refresh();
      advance(61_000);
    }
    expect(seen).toEqual(['none→rss2', 'rss2→atom']);
  });

  it('keeps a good copy through failures, and backs off before asking again', async () => {
    const { source, load, advance } = setup([
      async () => ok(RSS),
      async () => {
        throw new TimeoutError('slow');
      },
    ]);
    await source.getFeed();
    advance(61_000);
    await source.refresh();
    expect(source.getHealth().lastError).toContain('did not answer in time');
    expect((await source.getFeed()).feed.format).toBe('rss2');
    await source.refresh();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('honours Retry-After and reports the feed unavailable before it ever had one', async () => {
    const { source, load, advance } = setup([
      async () => {
        throw new HttpStatusError(503, new Date(1_000_000 + 600_000));
      },
      async () => ok(RSS),
    ]);
    await expect(source.getFeed()).rejects.toBeInstanceOf(FeedUnavailableError);
    advance(300_000);
    await expect(source.getFeed()).rejects.toMatchObject({ failure: { status: 503 } });
    expect(load).toHaveBeenCalledTimes(1);
    advance(301_000);
    expect((await source.getFeed()).feed.format).toBe('rss2');
  });
});
