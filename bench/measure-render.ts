import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { createDemoHandlers } from '../mocks/handlers';
import { DEFAULT_PREFERENCES } from '../src/core/settings';
import { parseFeed } from '../src/feed/parse';
import { createFeedPages } from '../src/server/pages/feed-pages';
import type { PageRenderer } from '../src/server/pages/site-pages';
import { ROOT } from './bench-server';
import { percentile, summarize, type Summary } from './stats';

/** How long the server takes to make one page before it keeps it (the demo feed, 4 rounds). */
export interface RenderResult {
  article: Summary & { p95: number };
  list: Summary & { p95: number };
}

const ORIGIN = 'https://news.example.gov.ua';
const LOOK = { preferences: DEFAULT_PREFERENCES };

/** Renders every demo article's page and the list again and again, in this process, timed. */
export async function measureRender(): Promise<RenderResult> {
  const renderer = (await import(
    pathToFileURL(join(ROOT, 'dist-ssr/render-pages.js')).href
  )) as PageRenderer;
  const shell = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const { handlers } = createDemoHandlers({ origin: ORIGIN, newItemEveryMs: 0 });
  const response = await getResponse(handlers, new Request(`${ORIGIN}/api/feed`));
  const feed = parseFeed(await response!.text(), { url: `${ORIGIN}/api/feed` });
  const { data, pages } = createFeedPages(feed, {
    renderer,
    shell,
    siteUrl: ORIGIN,
    portalOrigins: [],
    firstSeen: new Date().toISOString(),
    rebase: null,
    hasRenditions: true,
  });
  const time = (render: () => unknown) => {
    const started = performance.now();
    render();
    return performance.now() - started;
  };
  const article: number[] = [];
  const list: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const { key } of data.articles) {
      article.push(time(() => pages.article(key, `/news/${key}`, undefined, LOOK)));
    }
    for (let i = 0; i < 12; i++) list.push(time(() => pages.list(null, '/', LOOK)));
  }
  // The first round warms the JIT up, as a running server's first pages do.
  const settled = (samples: number[], skip: number) => samples.slice(skip);
  const summary = (samples: number[]) => ({
    ...summarize(samples),
    p95: percentile(samples, 0.95),
  });
  return {
    article: summary(settled(article, data.articles.length)),
    list: summary(settled(list, 12)),
  };
}
