import { combineSignals } from '../../net/combine-signals';
import { discardBody, readBody } from '../../net/read-body';
import { createSameOriginFetch } from '../feed/same-origin-fetch';

/** A source photo's validators, sent back so an unchanged photo costs a 304. */
export interface SourceValidators {
  etag: string | null;
  lastModified: string | null;
}

/** What one request for a source photo brought: the photo, or word that the kept one is current. */
export type SourceLoad =
  { status: 200; bytes: Uint8Array; validators: SourceValidators } | { status: 304 };

/** How the server asks photo hosts. */
export interface SourceFetchOptions {
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Aborts when the server stops. */
  signal: AbortSignal;
}

/** The source photo could not be had: unreachable, slow, refused, too big or not a photo. */
export class SourceError extends Error {
  override name = 'SourceError';
}

// What sharp reads. No SVG: it is a document (scripts, links to other files), not a photo.
const PHOTO_TYPE = /^image\/(?:jpeg|pjpeg|png|webp|gif|avif|heic|heif|tiff)$/;
const ACCEPT = 'image/webp,image/jpeg,image/png,image/*;q=0.8';

/**
 * One GET of a feed's photo, conditional when `previous` is known: our own headers, redirects
 * only within the photo's origin, a time limit for the whole answer, the body read up to
 * `maxBytes` and no further, and only a photo's content type accepted.
 */
export async function fetchSource(
  url: string,
  previous: SourceValidators | null,
  options: SourceFetchOptions,
): Promise<SourceLoad> {
  const fetchWithinOrigin = createSameOriginFetch(new URL(url).origin, options.fetch);
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': options.userAgent };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = combineSignals([options.signal, timeout]);
  const fail = (reason: string) => new SourceError(`photo ${reason}`);
  let response: Response;
  try {
    response = await fetchWithinOrigin(url, { headers, signal });
  } catch (error) {
    throw fail(timeout.aborted ? 'timed out' : `unreachable (${(error as Error).message})`);
  }
  if (response.status === 304 && previous) {
    discardBody(response);
    return { status: 304 };
  }
  if (response.status !== 200) {
    discardBody(response);
    throw fail(`answered ${response.status}`);
  }
  const type = (response.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (!PHOTO_TYPE.test(type)) {
    discardBody(response);
    throw fail(`is no photo (${type.slice(0, 60) || 'no content type'})`);
  }
  try {
    const bytes = new Uint8Array(await readBody(response, options.maxBytes, signal));
    const validators = {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
    return { status: 200, bytes, validators };
  } catch (error) {
    throw fail(timeout.aborted ? 'timed out' : `unreadable (${(error as Error).message})`);
  }
}
