import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP server with one handler, for tests of code that fetches. */
export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 and a free port. */
export async function startLoopbackServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LoopbackServer> {
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

/** A URL on which nothing listens: the port of a server that was just closed. */
export async function getRefusingUrl(): Promise<string> {
  const server = await startLoopbackServer(() => {});
  await server.close();
  return server.url;
}
