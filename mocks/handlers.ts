import { http, HttpResponse, type HttpResponseResolver, type RequestHandler } from 'msw';
import { createStrongEtag, isNotModified } from './demo-conditional';
import { formatHttpDate } from './demo-dates';
import { isDemoFaultKind, respondWithFault, type DemoFaultKind } from './demo-faults';
import { createFloodArticles, MAX_FLOOD } from './demo-flood';
import { readDemoMedia } from './demo-media';
import {
  PORTAL_STYLESHEET,
  PORTAL_STYLESHEET_PATH,
  renderPortalArticlePage,
  renderPortalIndexPage,
  renderPortalNotFoundPage,
} from './demo-portal-page';
import { createUpcomingRelease, getNewItemIntervalMs } from './demo-release';
import { getLastChangeMs, renderBrokenRss, renderDemoRss } from './demo-rss';
import { DEMO_ARTICLES } from './fixtures/articles';
import type { DemoArticle } from './fixtures/demo-article';
import { UPCOMING_ARTICLES } from './fixtures/upcoming';

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

/** How the demo backend keeps time and where its handlers answer. */
export interface DemoHandlerOptions {
  /** The clock, in epoch ms; tests pass a fake one. */
  now?: () => number;
  /** Interval between releases of upcoming articles; 0 stops them. Default: DEMO_NEW_ITEM_MINUTES. */
  newItemEveryMs?: number;
  /** When the release schedule starts; default: the clock's time at creation. */
  startedAt?: number;
  /** Origin the handlers are bound to (e.g. http://demo.test, or * for any); default: relative paths. */
  origin?: string;
}

/** The test-only switches of the demo backend, also reachable as POST /__demo/* endpoints. */
export interface DemoControl {
  /** Publishes the next upcoming article now; null when the pool is used up. */
  publish(): { id: string; title: string } | null;
  /** Makes /api/feed fail in the given way until switched back to 'none'. */
  setFault(kind: DemoFaultKind): void;
  /** Adds `count` generated articles, newest of all, to the feed (0 takes them back). */
  flood(count: number): void;
  /** Clears the fault and the flood, takes released articles back, restarts the schedule. */
  reset(): void;
}

/** Builds the demo backend of the Chernihiv council feed as MSW handlers plus their controls. */
export function createDemoHandlers(options: DemoHandlerOptions = {}): {
  handlers: RequestHandler[];
  control: DemoControl;
} {
  const now = options.now ?? Date.now;
  const release = createUpcomingRelease({
    pool: UPCOMING_ARTICLES,
    now,
    intervalMs: options.newItemEveryMs ?? getNewItemIntervalMs(),
    startedAt: options.startedAt ?? now(),
  });
  let fault: DemoFaultKind = 'none';
  let flooded: DemoArticle[] = [];
  const listArticles = (): DemoArticle[] => [
    ...DEMO_ARTICLES,
    ...release.listReleased(),
    ...flooded,
  ];

  const control: DemoControl = {
    publish: () => {
      const article = release.releaseNext();
      return article && { id: article.id, title: article.title };
    },
    setFault: (kind) => {
      fault = kind;
    },
    flood: (count) => {
      flooded = createFloodArticles(count, now());
    },
    reset: () => {
      fault = 'none';
      flooded = [];
      release.reset();
    },
  };

  const serveFeed: HttpResponseResolver = async ({ request }) => {
    const origin = new URL(request.url).origin;
    const articles = listArticles();
    const body = renderDemoRss(articles, origin);
    const lastChangeMs = getLastChangeMs(articles);
    const faulty = await respondWithFault(fault, request, body);
    if (faulty) return faulty;
    if (fault === 'all-items-broken') {
      return new HttpResponse(renderBrokenRss(articles.length, origin, lastChangeMs), {
        headers: { 'content-type': RSS_TYPE, 'cache-control': 'no-cache' },
      });
    }
    const etag = createStrongEtag(body);
    const headers = {
      'content-type': RSS_TYPE,
      etag,
      'last-modified': formatHttpDate(lastChangeMs),
      'cache-control': 'no-cache',
    };
    if (isNotModified(request.headers, etag, lastChangeMs)) {
      return new HttpResponse(null, { status: 304, headers });
    }
    return new HttpResponse(request.method === 'HEAD' ? null : body, { headers });
  };

  const base = options.origin ?? '';
  const handlers: RequestHandler[] = [
    http.get(`${base}/api/feed`, serveFeed),
    http.head(`${base}/api/feed`, serveFeed),
    http.get(`${base}/demo-media/:file`, async ({ params }) => {
      const media = await readDemoMedia(String(params.file));
      if (!media) return new HttpResponse('Файл не знайдено', { status: 404 });
      return new HttpResponse(media.bytes, {
        headers: {
          'content-type': media.type,
          'content-length': String(media.bytes.byteLength),
          'cache-control': 'public, max-age=31536000, immutable',
        },
      });
    }),
    http.get(`${base}${PORTAL_STYLESHEET_PATH}`, () =>
      HttpResponse.text(PORTAL_STYLESHEET, {
        headers: { 'content-type': 'text/css; charset=utf-8' },
      }),
    ),
    http.get(`${base}/demo-portal/news`, () => html(200, renderPortalIndexPage(listArticles()))),
    http.get(`${base}/demo-portal/news/:id`, ({ params }) => {
      const article = listArticles().find((a) => a.id === params.id);
      return article
        ? html(200, renderPortalArticlePage(article))
        : html(404, renderPortalNotFoundPage());
    }),
    http.post(`${base}/__demo/publish`, () => {
      const published = control.publish();
      return published
        ? HttpResponse.json(published)
        : HttpResponse.json({ error: 'Усі заплановані новини вже опубліковано' }, { status: 409 });
    }),
    http.post(`${base}/__demo/fault`, async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      const kind = typeof body === 'object' && body !== null && 'kind' in body ? body.kind : null;
      if (!isDemoFaultKind(kind)) {
        return HttpResponse.json({ error: `Unknown fault kind: ${String(kind)}` }, { status: 400 });
      }
      control.setFault(kind);
      return HttpResponse.json({ kind });
    }),
    http.post(`${base}/__demo/flood`, async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      const count =
        typeof body === 'object' && body !== null && 'count' in body ? body.count : null;
      if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_FLOOD) {
        return HttpResponse.json(
          { error: `count must be a whole number from 0 to ${MAX_FLOOD}` },
          { status: 400 },
        );
      }
      control.flood(count as number);
      return HttpResponse.json({ count });
    }),
    http.post(`${base}/__demo/reset`, () => {
      control.reset();
      return HttpResponse.json({ ok: true });
    }),
  ];
  return { handlers, control };
}

function html(status: number, body: string): Response {
  return new HttpResponse(body, { status, headers: { 'content-type': HTML_TYPE } });
}
