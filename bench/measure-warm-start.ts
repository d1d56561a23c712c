import type { Browser } from 'playwright-core';
import {
  newPhoneContext,
  openList,
  waitForCachedImages,
  waitForFirstScreen,
  waitForServiceWorker,
} from '../test/e2e/helpers';
import { SELECTORS, watchForVisible } from './first-visible';
import { repeat, summarize, type Summary } from './stats';

/** Warm starts of the list: the service worker, its precache, IndexedDB and photos all in place. */
export interface WarmStartResult {
  /** To the first title painted (the kept first screen, until the app takes its place). */
  online: Summary;
  offline: Summary;
  /** To the first title of the live app, which taps and keys work on. */
  onlineLive: Summary;
  offlineLive: Summary;
  /** The static limit page opened the same way (online, from the server): the floor of a start. */
  limit: Summary;
  /** The same at full CPU speed, beside the 10,000-article list (also at full speed). */
  limitFullSpeed: Summary;
}

/** The static limit page and its first title, for the floor of a warm start. */
export interface LimitTarget {
  path: string;
  selector: string;
}

/** CPU slowdown of the warm starts (DevTools' «4× slowdown», a mid-range phone). */
export const WARM_CPU_SLOWDOWN = 4;

/**
 * Installs the app in a phone context, then opens the list again and again in new tabs with the
 * CPU slowed 4×, online and then offline, timing navigation start to the first title painted and,
 * in other runs, to the first title of the live app; then the static limit page the same way,
 * which no start can beat on this machine.
 */
export async function measureWarmStart(
  browser: Browser,
  baseUrl: string,
  runs: number,
  limit: LimitTarget,
): Promise<WarmStartResult> {
  const context = await newPhoneContext(browser, baseUrl);
  try {
    const setup = await context.newPage();
    await openList(setup);
    await waitForServiceWorker(setup);
    await waitForCachedImages(setup, 4);
    // As after any visit of a second or more: the list is kept as the next start's first screen.
    await waitForFirstScreen(setup);
    await setup.close();
    const open = (path: string, selector: string, rate: number) => async () => {
      const page = await context.newPage();
      const watch = await watchForVisible(page, selector);
      await watch.cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const ms = await watch.timeToVisible(path);
      await page.close();
      return ms;
    };
    const start = open('/', SELECTORS.listTitle, WARM_CPU_SLOWDOWN);
    const startLive = open('/', SELECTORS.liveListTitle, WARM_CPU_SLOWDOWN);
    const startLimit = open(limit.path, limit.selector, WARM_CPU_SLOWDOWN);
    const startLimitFast = open(limit.path, limit.selector, 1);
    // One unmeasured start of each, so that every measured one finds the same caches.
    await start();
    await startLimit();
    const online = await repeat(runs, start);
    const onlineLive = await repeat(runs, startLive);
    const limitTimes = await repeat(runs, startLimit);
    const limitFullSpeed = await repeat(runs, startLimitFast);
    await context.setOffline(true);
    const offline = await repeat(runs, start);
    const offlineLive = await repeat(runs, startLive);
    return {
      online: summarize(online),
      offline: summarize(offline),
      onlineLive: summarize(onlineLive),
      offlineLive: summarize(offlineLive),
      limit: summarize(limitTimes),
      limitFullSpeed: summarize(limitFullSpeed),
    };
  } finally {
    await context.close();
  }
}
