/** A redirect the server will not follow: to another origin, or one hop too many. */
export class RedirectRefusedError extends Error {
  override name = 'RedirectRefusedError';
}

const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A fetch that follows redirects only within `origin` (at most three): a feed that answers with
 * a redirect to another host, a loopback address or a metadata service is refused, not fetched.
 */
export function createSameOriginFetch(
  origin: string,
  baseFetch: typeof fetch = globalThis.fetch,
): typeof fetch {
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    for (let hop = 0; ; hop++) {
      const response = await baseFetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel().catch(() => undefined);
      if (hop === MAX_REDIRECTS) throw new RedirectRefusedError('redirected more than 3 times');
      url = new URL(location, url);
      if (url.origin !== origin) throw new RedirectRefusedError('redirected to another host');
    }
  };
}
