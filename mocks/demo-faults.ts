/** The failures the demo feed can be switched to, for tests of the app's error handling. */
export const DEMO_FAULT_KINDS = [
  'none',
  'http-500',
  'http-503-retry-after',
  'http-429-retry-after',
  'timeout',
  'truncated',
  'wrong-content-type',
  'captive-portal',
  'redirect-loop',
  'empty',
  'all-items-broken',
] as const;

/** One of DEMO_FAULT_KINDS. */
export type DemoFaultKind = (typeof DEMO_FAULT_KINDS)[number];

/** Whether a value names a known fault, as the control endpoint receives it. */
export function isDemoFaultKind(value: unknown): value is DemoFaultKind {
  return (DEMO_FAULT_KINDS as readonly unknown[]).includes(value);
}

// Seconds the 503 and 429 faults ask the client to wait.
const RETRY_AFTER_SECONDS = { 'http-503-retry-after': 120, 'http-429-retry-after': 60 };

/** How long the timeout fault stalls before it gives up with a 504: longer than any client waits. */
export const TIMEOUT_STALL_MS = 65_000;

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

const CAPTIVE_PORTAL_HTML = `<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Вхід до мережі Wi-Fi</title></head>
<body><h1>Безкоштовний Wi-Fi «Місто-Free»</h1>
<p>Щоб користуватися інтернетом, підтвердьте номер телефону.</p>
<form method="post" action="/login"><label>Телефон <input name="phone" type="tel"></label>
<button>Увійти</button></form></body></html>`;

const MAINTENANCE_HTML = `<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Технічні роботи</title></head>
<body><h1>Сайт тимчасово недоступний</h1><p>Тривають технічні роботи. Спробуйте пізніше.</p></body></html>`;

/**
 * The feed response under a fault, built from the healthy feed body; null for 'none' and
 * 'all-items-broken', which the feed handler renders itself.
 */
export async function respondWithFault(
  kind: DemoFaultKind,
  request: Request,
  feedBody: string,
): Promise<Response | null> {
  switch (kind) {
    case 'none':
    case 'all-items-broken':
      return null;
    case 'http-500':
      return text(500, 'Внутрішня помилка сервера', TEXT_TYPE);
    case 'http-503-retry-after':
      return text(503, MAINTENANCE_HTML, HTML_TYPE, RETRY_AFTER_SECONDS[kind]);
    case 'http-429-retry-after':
      return text(
        429,
        'Забагато запитів. Спробуйте пізніше.',
        TEXT_TYPE,
        RETRY_AFTER_SECONDS[kind],
      );
    case 'timeout':
      return stall(request.signal);
    case 'truncated': {
      // Cut at half the bytes, mid-element and maybe mid-character, like a dropped connection.
      const bytes = new TextEncoder().encode(feedBody);
      return new Response(bytes.slice(0, Math.floor(bytes.length / 2)), {
        headers: { 'content-type': RSS_TYPE },
      });
    }
    case 'wrong-content-type':
      // The healthy feed, labelled the way misconfigured servers label it.
      return text(200, feedBody, HTML_TYPE);
    case 'captive-portal':
      return text(200, CAPTIVE_PORTAL_HTML, HTML_TYPE);
    case 'redirect-loop':
      return redirectAgain(request);
    case 'empty':
      return new Response('', { headers: { 'content-type': RSS_TYPE } });
  }
}

function text(status: number, body: string, type: string, retryAfter?: number): Response {
  const headers = new Headers({ 'content-type': type, 'cache-control': 'no-store' });
  if (retryAfter !== undefined) headers.set('retry-after', String(retryAfter));
  return new Response(body, { status, headers });
}

/** Redirects a Fetch client follows before it gives up with a network error (Fetch standard). */
export const FETCH_REDIRECT_LIMIT = 20;

// An endless chain of 302s as far as any Fetch client can tell. Past the limit the demo fails the
// request itself: MSW's fetch interceptor loses its redirect count on each hop and would loop forever.
function redirectAgain(request: Request): Response {
  const url = new URL(request.url);
  const hop = Number(url.searchParams.get('loop') ?? 0);
  if (hop > FETCH_REDIRECT_LIMIT) return Response.error();
  return new Response(null, {
    status: 302,
    headers: { location: `${url.pathname}?loop=${hop + 1}` },
  });
}

// Gives up after the stall or as soon as the client does, clearing the timer so nothing lingers.
function stall(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve(text(504, 'Час очікування відповіді вичерпано', TEXT_TYPE));
    };
    const timer = setTimeout(finish, TIMEOUT_STALL_MS);
    if (signal.aborted) finish();
    else signal.addEventListener('abort', finish);
  });
}
