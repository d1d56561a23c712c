import type { FastifyInstance } from 'fastify';
import { DEFAULT_FEED_PATH } from '../../core/feed-path';
import { FEED_CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { isNotModified } from '../http/conditional-request';
import { compressBody, sendCompressed, type CompressedBody } from '../http/compressed-body';
import { FeedUnavailableError, type FeedSnapshot, type FeedSource } from '../feed/feed-source';

/**
 * GET /api/feed from the server's one copy of the feed: a 304 for a client that has it, else the
 * body in the coding it accepts, labelled by the server (never by the upstream) and sandboxed so
 * that nothing in it can run on the app's origin even when opened as a page.
 */
export function registerFeedRoute(app: FastifyInstance, source: FeedSource): void {
  let compressed: { etag: string; body: Promise<CompressedBody> } | null = null;
  const getCompressed = (snapshot: FeedSnapshot) => {
    if (compressed?.etag !== snapshot.etag) {
      compressed = { etag: snapshot.etag, body: compressBody(snapshot.body) };
    }
    return compressed.body;
  };

  app.get(DEFAULT_FEED_PATH, async (request, reply) => {
    reply.header('content-security-policy', FEED_CONTENT_SECURITY_POLICY);
    let snapshot: FeedSnapshot;
    try {
      snapshot = await source.getFeed();
    } catch (error) {
      if (!(error instanceof FeedUnavailableError)) throw error;
      const { failure } = error;
      if (failure.retryAt !== null) {
        reply.header('retry-after', Math.ceil((failure.retryAt - Date.now()) / 1000));
      }
      return reply
        .code(failure.status)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(`Feed unavailable: ${failure.message}\n`);
    }
    reply
      .header('etag', snapshot.etag)
      .header('last-modified', snapshot.lastModified)
      // Clients revalidate every time: a 304 costs a few bytes, and the upstream nothing.
      .header('cache-control', 'no-cache');
    if (isNotModified(request.headers, snapshot.etag, snapshot.lastModified)) {
      return reply.code(304).send();
    }
    reply.type(snapshot.contentType);
    return sendCompressed(request, reply, await getCompressed(snapshot));
  });
}
