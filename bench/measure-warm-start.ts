import type { Browser } from 'playwright-core';
import {
  newPhoneContext,
  openList,
  waitForCachedImages,
  waitForServiceWorker,
} from '../test/e2e/helpers';
import { SELECTORS, watchForVisible } from './first-visible';
import { repeat, summarize, type Summary } from './stats';

/** Warm starts of the list: the service worker, its precache, IndexedDB and photos all in place. */
export interface WarmStartResult {
  online: Summary;
  offline: Summary;
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
 * CPU slowed 4×, online and then offline, timing navigation start to the first title painted;
 * then the static limit page the same way, which no start can beat on this machine.
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
    const startLimit = open(limit.path, limit.selector, WARM_CPU_SLOWDOWN);
    const startLimitFast = open(limit.path, limit.selector, 1);
    // One unmeasured start of each, so that every measured one finds the same caches.
    await start();
    await startLimit();
    const online = await repeat(runs, start);
    const limitTimes = await repeat(runs, startLimit);
    const limitFullSpeed = await repeat(runs, startLimitFast);
    await context.setOffline(true);
    const offline = await repeat(runs, start);
    return {
      online: summarize(online),
      offline: summarize(offline),
      limit: summarize(limitTimes),
      limitFullSpeed: summarize(limitFullSpeed),
    };
  } finally {
    await context.close();
  }
}
