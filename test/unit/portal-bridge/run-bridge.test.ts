import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyCache, type BridgeCache } from '../../../src/portal-bridge/bridge-cache';
import { MarkupError, PortalError } from '../../../src/portal-bridge/bridge-errors';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { runBridge, type BridgeOptions } from '../../../src/portal-bridge/run-bridge';
import { createFakeClock, type FakeClock } from './fake-clock';
import { startFixturePortal, type FixturePortal } from './fixture-portal';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

const config = await loadPortalConfig();
const NEWS = 'Новини';
const ANNOUNCEMENTS = 'Анонси та оголошення';
const LIST = '/anonsy-ta-ogoloshennya/';

let closing: (FixturePortal | LoopbackServer)[] = [];
afterEach(async () => {
  await Promise.all(closing.map((s) => s.close()));
  closing = [];
});

async function startPortal(): Promise<FixturePortal> {
  const portal = await startFixturePortal();
  closing.push(portal);
  return portal;
}

function run(
  portal: FixturePortal,
  options: Partial<BridgeOptions> & { cache?: BridgeCache; clock?: FakeClock } = {},
) {
  return runBridge({
    config,
    portalUrl: portal.url,
    cache: createEmptyCache(),
    clock: createFakeClock(),
    ...options,
  });
}

describe('runBridge, section by section', () => {
  it('writes the news when the announcements list answers 404, and reports each section', async () => {
    const portal = await startPortal();
    portal.routes.delete(LIST);
    const result = await run(portal);
    expect(result.sections).toEqual([
      { section: NEWS, ok: true, items: 5 },
      {
        section: ANNOUNCEMENTS,
        ok: false,
        error: `list "${ANNOUNCEMENTS}" answered 404 at ${portal.url}${LIST}: check sources[].url`,
        items: 0,
      },
    ]);
    expect(result.feed.items).toHaveLength(5);
  });

  it('republishes the announcements read before when their list answers 404 later', async () => {
    const portal = await startPortal();
    const cache = createEmptyCache();
    const first = await run(portal, { cache });
    portal.routes.delete(LIST);
    const second = await run(portal, { cache });
    expect(second.sections[1]).toMatchObject({ ok: false, items: 2 });
    expect(second.feed.items).toEqual(first.feed.items);
  });

  it('refuses an announcements list redirected to another host, and writes the news', async () => {
    const elsewhere: string[] = [];
    const other = await startLoopbackServer((req, res) => {
      elsewhere.push(req.url!);
      res.end('<div class="listNews"></div>');
    });
    closing.push(other);
    const portal = await startPortal();
    portal.handlers.set(LIST, (res) =>
      res.writeHead(302, { location: `${other.url}${LIST}` }).end(),
    );
    const result = await run(portal);
    expect(result.sections[1]).toEqual({
      section: ANNOUNCEMENTS,
      ok: false,
      error: `${portal.url}${LIST} redirected to ${other.url}${LIST}, off the portal's origin ${portal.url}; refused`,
      items: 0,
    });
    expect(elsewhere).toEqual([]);
    expect(result.sections[0]).toMatchObject({ ok: true, items: 5 });
  });

  it('writes the news when the announcements list does not answer in time', async () => {
    const clock = createFakeClock();
    const portal = await startPortal();
    portal.handlers.set(LIST, () => clock.advance(5_000));
    const lines: string[] = [];
    const result = await run(portal, { clock, timeoutMs: 5_000, log: (l) => lines.push(l) });
    expect(result.sections[1]).toMatchObject({
      ok: false,
      error: `${portal.url}${LIST}: no answer within 5 s`,
    });
    expect(result.feed.items).toHaveLength(5);
    expect(lines).toContain(
      `section "${ANNOUNCEMENTS}" failed: ${portal.url}${LIST}: no answer within 5 s; keeping its 0 last good entries`,
    );
  });

  it('throws MarkupError naming every section when no list matches the markup any more', async () => {
    const portal = await startPortal();
    portal.routes.set('/news/', 'news-page-1-changed.html');
    portal.routes.set(LIST, 'news-page-1-changed.html');
    const failure = run(portal);
    await expect(failure).rejects.toBeInstanceOf(MarkupError);
    await expect(failure).rejects.toThrow(
      `"${NEWS}": selector ".listNews" found nothing on ${portal.url}/news/; ` +
        `"${ANNOUNCEMENTS}": selector ".listNews" found nothing on ${portal.url}${LIST}`,
    );
  });

  it('throws PortalError when no section could be read and one of them got no answer', async () => {
    const portal = await startPortal();
    portal.routes.set('/news/', 'news-page-1-changed.html');
    portal.handlers.set(LIST, (res) => res.writeHead(503).end());
    await expect(run(portal)).rejects.toBeInstanceOf(PortalError);
  });
});

describe('runBridge, politely', () => {
  it('waits the configured interval, one second, before every request but the first', async () => {
    const portal = await startPortal();
    const clock = createFakeClock();
    const result = await run(portal, { clock });
    expect(result.stats.requests).toBe(9);
    expect(clock.sleeps).toEqual(Array(8).fill(1000));
  });
});
