import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedMiddleware } from '../../../src/server/feed-http';

/** A loopback server, as a test can start and stop it. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a loopback HTTP server with one handler on a free port. */
export async function startTestServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves one middleware as Vite would; what it passes on gets a 404 «next». */
export function serveMiddleware(middleware: FeedMiddleware): Promise<TestServer> {
  return startTestServer((req, res) =>
    middleware(req, res, (error) => {
      res.statusCode = error ? 500 : 404;
      res.end(error ? String(error) : 'next');
    }),
  );
}
