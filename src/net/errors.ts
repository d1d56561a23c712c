/** The request never got an answer: offline, DNS, CORS, TLS or a redirect loop. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** The server took longer than the caller allowed. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** The server answered with a status that carries no feed (4xx, 5xx, or an unexpected 1xx/3xx). */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';

  constructor(
    readonly status: number,
    /** When the server asked us to come back (Retry-After), or null. */
    readonly retryAfter: Date | null,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The body grew past the size cap, so reading stopped before it filled the device's memory. */
export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`Response larger than ${maxBytes} bytes`);
  }
}
