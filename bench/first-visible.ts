import type { CDPSession, Page } from 'playwright-core';

const BINDING = '__benchVisible';

/**
 * Runs in the page before any of its scripts. Once per frame, just before the frame renders, it
 * looks for the selector; when the element is there with a size, that frame paints it, and the
 * frame's time (ms since navigation start, read in the animation frame callback, which runs just
 * before the frame's style, layout and paint) is reported from a task posted there. Reading the
 * time in that later task instead would add whatever long task the page runs after the paint (its
 * JavaScript starting up) to a screen the resident already sees. A rAF check costs one
 * querySelector a frame, and the report goes through a CDP binding, so nothing polls or injects
 * scripts into the page while it starts.
 */
const watchScript = (selector: string) => `(() => {
  const report = (at) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.${BINDING}(String(at));
    channel.port2.postMessage(null);
  };
  const check = () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (el && el.getBoundingClientRect().height > 0) report(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** A page whose every navigation reports when a given element was first painted. */
export interface VisibleWatch {
  cdp: CDPSession;
  /** Navigates to `url` and resolves with ms from navigation start to the element painted. */
  timeToVisible(url: string, timeoutMs?: number): Promise<number>;
}

/** Makes every later navigation of `page` report when `selector` is first painted. */
export async function watchForVisible(page: Page, selector: string): Promise<VisibleWatch> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: watchScript(selector) });
  const timeToVisible = async (url: string, timeoutMs = 30_000): Promise<number> => {
    let onReport: (ms: number) => void = () => {};
    const reported = new Promise<number>((resolve) => (onReport = resolve));
    const listener = (event: { name: string; payload: string }) => {
      if (event.name === BINDING) onReport(Number(event.payload));
    };
    cdp.on('Runtime.bindingCalled', listener);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${selector} not visible in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      return await Promise.race([reported, timeout]);
    } finally {
      clearTimeout(timer);
      cdp.off('Runtime.bindingCalled', listener);
    }
  };
  return { cdp, timeToVisible };
}

/**
 * The first title of the list (painted: from the kept first screen or the app), the same in the
 * live app (what a tap works on), and the title of an article page.
 */
export const SELECTORS = {
  listTitle: '.news-list .card__link',
  liveListTitle: '#app:not([inert]) .news-list .card__link',
  articleTitle: 'h1.article__title',
} as const;
