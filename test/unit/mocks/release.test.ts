import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getNewItemIntervalMs } from '../../../mocks/demo-release';
import { createDemoHandlers } from '../../../mocks/handlers';
import { getField, readRss } from './read-rss';

const ORIGIN = 'http://clock.test';
const MINUTE = 60_000;

function createDemoAt(start: number, newItemEveryMs: number) {
  let time = start;
  const { handlers } = createDemoHandlers({
    origin: ORIGIN,
    now: () => time,
    startedAt: start,
    newItemEveryMs,
  });
  return {
    advance: (ms: number) => {
      time += ms;
    },
    readTop: async () => {
      const response = await getResponse(handlers, new Request(`${ORIGIN}/api/feed`));
      const { items } = readRss(await response!.text());
      return {
        count: items.length,
        id: getField(items[0]!, 'guid'),
        pubDate: getField(items[0]!, 'pubDate'),
      };
    },
  };
}

describe('upcoming articles', () => {
  it('appear at the top one by one as the injected clock passes each interval', async () => {
    const demo = createDemoAt(Date.parse('2026-11-27T09:00:00+02:00'), 5 * MINUTE);
    const initial = await demo.readTop();
    expect(initial.id).toBe('demo-0038');

    demo.advance(5 * MINUTE - 1);
    expect(await demo.readTop()).toEqual(initial);

    demo.advance(1);
    expect(await demo.readTop()).toEqual({
      count: initial.count + 1,
      id: 'demo-0101',
      pubDate: 'Fri, 27 Nov 2026 09:05:00 +0200',
    });

    demo.advance(15 * MINUTE);
    const later = await demo.readTop();
    expect(later).toEqual({
      count: initial.count + 4,
      id: 'demo-0104',
      pubDate: 'Fri, 27 Nov 2026 09:20:00 +0200',
    });
  });

  it('are dated in the Kyiv offset of their release moment', async () => {
    const demo = createDemoAt(Date.parse('2027-07-01T23:58:00+03:00'), 2 * MINUTE);
    demo.advance(2 * MINUTE);
    expect((await demo.readTop()).pubDate).toBe('Fri, 02 Jul 2027 00:00:00 +0300');
  });

  it('stop when the pool is used up', async () => {
    const demo = createDemoAt(Date.parse('2026-11-27T09:00:00+02:00'), MINUTE);
    const initial = await demo.readTop();
    demo.advance(24 * 60 * MINUTE);
    expect((await demo.readTop()).count).toBe(initial.count + 10);
  });

  it('never appear when the interval is 0', async () => {
    const demo = createDemoAt(Date.parse('2026-11-27T09:00:00+02:00'), 0);
    const initial = await demo.readTop();
    demo.advance(24 * 60 * MINUTE);
    expect(await demo.readTop()).toEqual(initial);
  });
});

describe('getNewItemIntervalMs', () => {
  it('reads DEMO_NEW_ITEM_MINUTES, defaulting to 5 minutes', () => {
    expect(getNewItemIntervalMs({})).toBe(5 * MINUTE);
    expect(getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: '2' })).toBe(2 * MINUTE);
    expect(getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: '0.5' })).toBe(30_000);
  });

  it('turns releases off with 0 or off', () => {
    expect(getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: '0' })).toBe(0);
    expect(getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: 'off' })).toBe(0);
    expect(getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: 'OFF' })).toBe(0);
  });

  it('refuses a value that is not a number of minutes', () => {
    expect(() => getNewItemIntervalMs({ DEMO_NEW_ITEM_MINUTES: 'soon' })).toThrow(
      /DEMO_NEW_ITEM_MINUTES/,
    );
  });
});
