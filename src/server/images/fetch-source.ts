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

/** What a source must be: a photo, a document. */
export interface SourceKind {
  /** How messages name it. */
  name: string;
  accept: string;
  /** Whether a content type (lower case, no parameters) may be this kind. */
  isType: (type: string) => boolean;
  /** Whether the bytes are this kind (their signature), whatever their type said. */
  isContent?: (bytes: Uint8Array) => boolean;
}

// What sharp reads. No SVG: it is a document (scripts, links to other files), not a photo.
const PHOTO_TYPE = /^image\/(?:jpeg|pjpeg|png|webp|gif|avif|heic|heif|tiff)$/;

/** Photos: sharp decodes them, and refuses what is none. */
export const PHOTO_SOURCE: SourceKind = {
  name: 'photo',
  accept: 'image/webp,image/jpeg,image/png,image/*;q=0.8',
  isType: (type) => PHOTO_TYPE.test(type),
};

/** How the server asks photo (or document) hosts. */
export interface SourceFetchOptions {
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Aborts when the server stops. */
  signal: AbortSignal;
  /** What the source must be; a photo when absent. */
  kind?: SourceKind;
}

/**
 * The source could not be had: unreachable, slow, refused, too big or not of its kind. Its
 * `cause` is a ResponseTooLargeError when it was too big.
 */
export class SourceError extends Error {
  override name = 'SourceError';
}

/**
 * One GET of a feed's photo or document, conditional when `previous` is known: our own headers,
 * redirects only within the source's origin, a time limit for the whole answer, the body read up
 * to `maxBytes` and no further, and only its kind's content types (and signature) accepted.
 */
export async function fetchSource(
  url: string,
  previous: SourceValidators | null,
  options: SourceFetchOptions,
): Promise<SourceLoad> {
  const kind = options.kind ?? PHOTO_SOURCE;
  const fetchWithinOrigin = createSameOriginFetch(new URL(url).origin, options.fetch);
  const headers: Record<string, string> = { accept: kind.accept, 'user-agent': options.userAgent };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = combineSignals([options.signal, timeout]);
  const fail = (reason: string, cause?: unknown) =>
    new SourceError(`${kind.name} ${reason}`, { cause });
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
  if (!kind.isType(type)) {
    discardBody(response);
    throw fail(`is no ${kind.name} (${type.slice(0, 60) || 'no content type'})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBody(response, options.maxBytes, signal));
  } catch (error) {
    const reason = timeout.aborted ? 'timed out' : `unreadable (${(error as Error).message})`;
    throw fail(reason, error);
  }
  if (kind.isContent && !kind.isContent(bytes)) throw fail(`is no ${kind.name} (its bytes)`);
  const validators = {
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
  return { status: 200, bytes, validators };
}
