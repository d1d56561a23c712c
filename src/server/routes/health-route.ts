import type { FastifyInstance } from 'fastify';
import type { FeedSourceMode } from '../config';
import type { FeedSource } from '../feed/feed-source';

/** GET /healthz for monitors and load balancers: 200 while the process serves, with the feed's age. */
export function registerHealthRoute(
  app: FastifyInstance,
  mode: FeedSourceMode,
  source: FeedSource | null,
): void {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', mode, feed: source?.getHealth() ?? null };
  });
}
