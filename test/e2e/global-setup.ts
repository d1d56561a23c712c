import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

let server: PreviewServer | undefined;

/** Serves the built app exactly as `npm start` does (demo feed, security headers). */
export default async function setup(project: TestProject) {
  // Tests publish new items on demand; the clock-driven demo releases would race them.
  process.env.DEMO_NEW_ITEM_MINUTES = 'off';
  delete process.env.FEED_URL;
  delete process.env.PORTAL_URL;
  const port = await getFreePort();
  server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server?.close();
  };
}
