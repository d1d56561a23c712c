import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyCache } from '../../../src/portal-bridge/bridge-cache';
import type { JsonFeed } from '../../../src/portal-bridge/build-json-feed';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { runBridge } from '../../../src/portal-bridge/run-bridge';
import { sanitizeContentHtml } from '../../../src/portal-bridge/sanitize-content-html';
import { BENIGN_ARTICLES } from '../article-html/benign-articles';
import { XSS_VECTORS } from '../article-html/xss-vectors';
import { createFakeClock } from './fake-clock';
import { findHarm, reparse } from './find-harm';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

const config = await loadPortalConfig();
const BODIES = [...XSS_VECTORS.map((v) => v.html), ...BENIGN_ARTICLES.map((a) => a.html)];
const BENIGN_FROM = XSS_VECTORS.length;

/** An article page of the portal's known markup, its body the given HTML as the portal sent it. */
function renderArticlePage(id: number, body: string): string {
  return `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Стаття ${id} | Портал</title></head>
<body><main><h1>Стаття ${id}</h1><div class="date">30 березня 2026 р.</div>
<div class="textContent">${body}</div></main><aside><p>Бічна панель</p></aside></body></html>`;
}

function renderListPage(): string {
  const items = BODIES.map(
    (_, id) =>
      `<div class="itemListNews"><div class="date">30.03.2026</div><div class="headLine"><a href="/news/id-${id}/">Стаття ${id}</a></div></div>`,
  );
  return `<!DOCTYPE html><html><body><div class="listNews">${items.join('')}</div></body></html>`;
}

describe('the JSON Feed of portal pages carrying the app sanitizer’s XSS vectors', () => {
  let portal: LoopbackServer;
  let feed: JsonFeed;
  const pageUrl = (id: number) => `${portal.url}/news/id-${id}/`;
  const contentOf = (id: number) => feed.items.find((i) => i.url === pageUrl(id))?.content_html;

  beforeAll(async () => {
    portal = await startLoopbackServer((req, res) => {
      const id = /^\/news\/id-(\d+)\/$/.exec(req.url ?? '')?.[1];
      const html =
        req.url === '/news/' ? renderListPage() : id && renderArticlePage(+id, BODIES[+id]!);
      if (html) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else res.writeHead(404).end();
    });
    const run = await runBridge({
      config: { ...config, sources: config.sources.slice(0, 1) },
      portalUrl: portal.url,
      cache: createEmptyCache(),
      pages: 1,
      maxArticles: BODIES.length,
      clock: createFakeClock(),
    });
    feed = JSON.parse(run.json) as JsonFeed;
  });

  afterAll(() => portal.close());

  it('writes one item per page', () => {
    expect(feed.items).toHaveLength(BODIES.length);
  });

  it.each(XSS_VECTORS.map((vector, id) => [`${vector.group}: ${vector.name}`, id] as const))(
    'makes %s harmless in content_html',
    (_name, id) => {
      const html = contentOf(id)!;
      expect(findHarm(html)).toEqual([]);
      expect(findHarm(reparse(html))).toEqual([]);
    },
  );

  it.each(BENIGN_ARTICLES.map((article, n) => [article.name, BENIGN_FROM + n] as const))(
    'keeps %s as the allowlist keeps it',
    (_name, id) => {
      expect(contentOf(id)).toBe(sanitizeContentHtml(BODIES[id]!, pageUrl(id)));
    },
  );

  it('keeps the words of the benign articles', () => {
    const words = (html: string) =>
      reparse(html)
        .replace(/<[^>]*>/g, ' ')
        .split(/\s+/);
    for (let id = BENIGN_FROM; id < BODIES.length; id++) {
      expect(words(contentOf(id)!)).toEqual(words(BODIES[id]!));
    }
  });
});
