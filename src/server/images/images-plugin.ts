import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { parseRenditionPath, RENDITION_PREFIX } from '../../core/image-renditions';
import type { FeedSource } from '../feed/feed-source';
import { isNotModified } from '../http/conditional-request';
import { openDiskCache } from './disk-cache';
import { findFeedImage } from './feed-images';
import { SourceError } from './fetch-source';
import { RenditionError } from './make-rendition';
import { createRenditionMaker, type ImageRecord } from './rendition-maker';

/** What the images plugin takes from the server. */
export interface ImagesPluginOptions {
  /** The served feed: only its photos are made into renditions. Null: every id is unknown. */
  source: FeedSource | null;
  /** Where renditions are kept (DATA_DIR/images) and how many bytes they may take. */
  cache: { dir: string; maxBytes: number };
  /** The origins photos may come from now (configured, and found in the served feed). */
  getImageOrigins: () => string[];
  /** The origin the feed names for this server itself (the demo's in-process one), or null. */
  ownFeedOrigin: string | null;
  /** The transport to the photo hosts (the demo's in-process one; tests pass their own). */
  fetch?: typeof fetch;
  now?: () => number;
  /** How long a photo host may take and how big a photo may be; tests pass smaller ones. */
  sourceLimits?: { timeoutMs?: number; maxBytes?: number };
}

// A week: a rendition's address changes only with its source's URL (see core/image-renditions.ts).
const CACHE_CONTROL = 'public, max-age=604800';
const USER_AGENT = 'Vistky/1.0 (city news reader; resizes the feed photos it shows)';

/**
 * GET /img/<rendition>/<id>.<webp|jpg>: a feed photo in the size a page shows it, made with sharp
 * and kept on disk. Not an image proxy: the id is looked up among the served feed's photos (and
 * those kept from it), on the allowed image origins only; anything else is a 404. A photo host
 * that fails, or a source that is no photo, is a 502.
 */
export const imagesPlugin = fp<ImagesPluginOptions>(
  async (app, options) => {
    const closed = new AbortController();
    const cache = await openDiskCache<ImageRecord>(options.cache.dir, options.cache.maxBytes);
    const maker = createRenditionMaker({
      cache,
      source: {
        fetch: options.fetch ?? globalThis.fetch,
        userAgent: USER_AGENT,
        signal: closed.signal,
        ...options.sourceLimits,
      },
      now: options.now,
      warn: (message) => app.log.warn({ source: 'images' }, message),
    });

    const findSourceUrl = async (id: string, request: FastifyRequest): Promise<string | null> => {
      const snapshot = await options.source?.getFeed().catch(() => null);
      const { ownFeedOrigin } = options;
      const alias =
        ownFeedOrigin === null
          ? null
          : { from: ownFeedOrigin, to: `${request.protocol}://${request.host}` };
      const url =
        (snapshot && findFeedImage(snapshot.feed, id, alias)) ?? (await maker.findKeptSource(id));
      return url && options.getImageOrigins().includes(new URL(url).origin) ? url : null;
    };

    app.get<{ Params: { rendition: string; file: string } }>(
      `${RENDITION_PREFIX}:rendition/:file`,
      async (request, reply) => {
        const asked = parseRenditionPath(request.params.rendition, request.params.file);
        const url = asked && (await findSourceUrl(asked.id, request));
        if (!asked || !url) return reply.callNotFound();
        try {
          const file = await maker.getRendition(url, asked.rendition, asked.format);
          reply.header('etag', file.etag).header('cache-control', CACHE_CONTROL);
          if (isNotModified(request.headers, file.etag, null)) return reply.code(304).send();
          return reply.type(file.type).send(file.bytes);
        } catch (error) {
          if (!(error instanceof SourceError || error instanceof RenditionError)) throw error;
          request.log.warn({ source: 'images', id: asked.id }, error.message);
          return sendBadGateway(reply);
        }
      },
    );
    app.addHook('onClose', async () => closed.abort());
  },
  { name: 'vistky-images' },
);

function sendBadGateway(reply: FastifyReply): FastifyReply {
  return reply
    .code(502)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ error: 'Bad Gateway: the photo could not be fetched or read' });
}
