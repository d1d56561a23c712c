import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDemoHandlers } from '../../../mocks/handlers';
import { getField, readRss } from './read-rss';

const ORIGIN = 'http://flood.test';
const NOW = Date.parse('2026-11-27T09:00:00+02:00');

function createDemo() {
  const { handlers } = createDemoHandlers({ origin: ORIGIN, now: () => NOW, newItemEveryMs: 0 });
  const request = (path: string, init?: RequestInit) =>
    getResponse(handlers, new Request(`${ORIGIN}${path}`, init));
  const readFeed = async () => readRss(await (await request('/api/feed'))!.text()).items;
  const flood = (count: unknown) =>
    request('/__demo/flood', { method: 'POST', body: JSON.stringify({ count }) });
  return { request, readFeed, flood };
}

describe('the demo flood', () => {
  it('puts the generated articles at the top of the feed, newest first', async () => {
    const demo = createDemo();
    const before = (await demo.readFeed()).length;
    expect((await demo.flood(120))!.status).toBe(200);
    const items = await demo.readFeed();
    expect(items).toHaveLength(before + 120);
    expect(getField(items[0]!, 'guid')).toBe('flood-0120');
    expect(getField(items[119]!, 'guid')).toBe('flood-0001');
  });

  it('is taken back by reset', async () => {
    const demo = createDemo();
    const before = (await demo.readFeed()).length;
    await demo.flood(10);
    await demo.request('/__demo/reset', { method: 'POST' });
    expect(await demo.readFeed()).toHaveLength(before);
  });

  it('refuses a count that is not a whole number in range', async () => {
    const demo = createDemo();
    for (const count of [-1, 1.5, 'many', 3001]) {
      expect((await demo.flood(count))!.status).toBe(400);
    }
  });
});
