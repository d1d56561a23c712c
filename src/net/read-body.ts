import { ResponseTooLargeError } from './errors';

/**
 * Tells the server we will not read the rest of a body. Not awaited: a stream's cancel settles
 * only when its source agrees, and a stalled source must not hold the caller.
 */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Reads a response body into one buffer; stops as soon as it passes `maxBytes` or `signal` aborts. */
export async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    discardBody(response);
    throw new ResponseTooLargeError(maxBytes);
  }
  if (response.body === null) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  // Not every body stream errors when the request's signal aborts (synthesized responses do
  // not), so cancel it ourselves: the pending read then ends and the check below throws.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Content-Length can be absent or lie (compressed or chunked bodies), so count as we go.
        stop();
        throw new ResponseTooLargeError(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
