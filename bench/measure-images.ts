import type { Browser } from 'playwright-core';
import { newPhoneContext, openList } from '../test/e2e/helpers';

/** The photos a first visit of the list downloads. */
export interface FirstVisitImages {
  count: number;
  /** Response bodies as sent (an image is sent as is). */
  bytes: number;
  /** How many were not the server's renditions (/img/…): the app's icon, or full-size photos. */
  others: number;
}

/**
 * A first visit of `/` on the phone (no service worker, an empty HTTP cache): every image the
 * page itself requests until the network has been quiet, the screen's photos and those the
 * browser's lazy loading fetches ahead. The worker's warm-up for offline reading comes after the
 * visit and is not counted.
 */
export async function measureFirstVisitImages(
  browser: Browser,
  baseUrl: string,
): Promise<FirstVisitImages> {
  const context = await newPhoneContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'image') return;
      sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize })));
    });
    await openList(page);
    await page.waitForLoadState('networkidle');
    const images = await Promise.all(sizes);
    return {
      count: images.length,
      bytes: images.reduce((sum, image) => sum + image.bytes, 0),
      others: images.filter((image) => !new URL(image.url).pathname.startsWith('/img/')).length,
    };
  } finally {
    await context.close();
  }
}
