import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  DOCUMENT_CONTENT_SECURITY_POLICY,
  DOCUMENT_PREFIX,
  getDocumentDisposition,
  getDocumentFileName,
  parseDocumentPath,
} from '../../core/document-files';
import { DOCUMENT_TYPES } from '../../core/document-types';
import { ResponseTooLargeError } from '../../net/errors';
import type { FeedSource } from '../feed/feed-source';
import { isNotModified } from '../http/conditional-request';
import { openDiskCache } from '../images/disk-cache';
import { SourceError } from '../images/fetch-source';
import type { SourceRecord } from '../images/source-store';
import { createDocumentStore } from './document-store';
import { findFeedDocument, type FeedDocument } from './feed-documents';

/** What the documents plugin takes from the server. */
export interface DocumentsPluginOptions {
  /** The served feed: only its documents are served. Null: every id is unknown. */
  source: FeedSource | null;
  /** Where documents are kept (DATA_DIR/documents) and how many bytes they may take. */
  cache: { dir: string; maxBytes: number };
  /**
   * The origins documents are fetched from (FEED_URL's, PORTAL_URL's, IMAGE_ORIGINS), besides
   * that of the feed's home page.
   */
  origins: string[];
  /** The origin the feed names for this server itself (the demo's in-process one), or null. */
  ownFeedOrigin: string | null;
  /** The transport to the documents' hosts (the demo's in-process one; tests pass their own). */
  fetch?: typeof fetch;
  now?: () => number;
  /** How long a host may take and how big a document may be; tests pass smaller ones. */
  sourceLimits?: { timeoutMs?: number; maxBytes?: number };
}

// A day, as long as the server trusts its own copy before asking the document's host again.
const CACHE_CONTROL = 'public, max-age=86400';
const USER_AGENT = "Vistky/1.0 (city news reader; keeps the feed's documents for offline reading)";

/**
 * GET /doc/<id>.<ext>: a document the served feed attaches, from the app's own origin, so the
 * service worker can keep it and open it offline (the portal sends no CORS headers). Not a
 * proxy: the id is looked up among the feed's documents, anything else is a 404. One on a host
 * the server does not fetch from, or too big to carry, is a redirect to its own address; a host
 * that fails, or a file that is no document of its kind, is a 502.
 */
export const documentsPlugin = fp<DocumentsPluginOptions>(
  async (app, options) => {
    const closed = new AbortController();
    const cache = await openDiskCache<SourceRecord>(options.cache.dir, options.cache.maxBytes);
    const store = createDocumentStore({
      cache,
      source: {
        fetch: options.fetch ?? globalThis.fetch,
        userAgent: USER_AGENT,
        signal: closed.signal,
        ...options.sourceLimits,
      },
      now: options.now,
      warn: (message) => app.log.warn({ source: 'documents' }, message),
    });

    const findDocument = async (file: string, request: FastifyRequest) => {
      const asked = parseDocumentPath(file);
      const snapshot = asked && (await options.source?.getFeed().catch(() => null));
      if (!asked || !snapshot) return null;
      const { ownFeedOrigin } = options;
      const alias =
        ownFeedOrigin === null
          ? null
          : { from: ownFeedOrigin, to: `${request.protocol}://${request.host}` };
      const found = findFeedDocument(snapshot.feed, asked, alias);
      if (!found) return null;
      const home = snapshot.feed.homeUrl && new URL(snapshot.feed.homeUrl).origin;
      const isFetched = [...options.origins, home].includes(new URL(found.url).origin);
      return { ...found, isFetched };
    };

    const sendDocument = async (
      request: FastifyRequest,
      reply: FastifyReply,
      doc: FeedDocument,
    ) => {
      const file = await store.getDocument(doc.url, doc.extension);
      const name = getDocumentFileName(doc.title, doc.extension);
      reply
        .header('etag', file.etag)
        .header('cache-control', CACHE_CONTROL)
        .header('content-disposition', getDocumentDisposition(name))
        .header('content-security-policy', DOCUMENT_CONTENT_SECURITY_POLICY)
        .header('x-content-type-options', 'nosniff');
      if (isNotModified(request.headers, file.etag, null)) return reply.code(304).send();
      return reply.type(DOCUMENT_TYPES[doc.extension]!.mimeType).send(file.bytes);
    };

    app.get<{ Params: { file: string } }>(`${DOCUMENT_PREFIX}:file`, async (request, reply) => {
      const found = await findDocument(request.params.file, request);
      if (!found) return reply.callNotFound();
      // No open redirect: only to the address the served feed itself gives this very file, which
      // then opens online as it did before the server served documents.
      if (!found.isFetched) return reply.redirect(found.url, 302);
      try {
        return await sendDocument(request, reply, found);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        if (error.cause instanceof ResponseTooLargeError) return reply.redirect(found.url, 302);
        request.log.warn({ source: 'documents', file: request.params.file }, error.message);
        return sendBadGateway(reply);
      }
    });
    app.addHook('onClose', async () => closed.abort());
  },
  { name: 'vistky-documents' },
);

function sendBadGateway(reply: FastifyReply): FastifyReply {
  return reply
    .code(502)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ error: 'Bad Gateway: the document could not be fetched or read' });
}
