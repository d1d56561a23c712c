/**
 * `npm start`: the production server. The one Node composition root: it reads the environment,
 * builds the app when dist/ is missing or stale, picks the demo backend (mocks/) when no feed is
 * configured, listens, and shuts down gracefully on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { buildServer } from './src/server/build-server';
import { ConfigError, readServerConfig, type ServerConfig } from './src/server/config';
import { findCityFile } from './src/server/city-file';
import { isBuildStale, runBuild } from './src/server/ensure-build';

const ROOT = import.meta.dirname;

function describeSource(config: ServerConfig): string {
  switch (config.mode) {
    case 'demo':
      return 'the embedded demo feed of the Chernihiv city council (set FEED_URL or PORTAL_URL for a real one)';
    case 'feed-url':
      return `the feed at ${config.feedUrl!.host}, refreshed every ${config.feedCheckSeconds} s`;
    case 'portal':
      return `the portal ${config.portalUrl!.host}, crawled every ${config.feedCheckSeconds} s`;
  }
}

async function main(): Promise<void> {
  const config = readServerConfig(process.env, ROOT);
  if (await isBuildStale(ROOT, config.distDir, config.ssrDir, findCityFile())) {
    console.log('Building the app (dist/ is missing, older than the sources or another city’s)…');
    await runBuild(ROOT, config.distDir, config.ssrDir);
  }
  // Loaded only for the demo: a real deployment never holds the demo city in memory.
  const demoBackend =
    config.mode === 'demo' ? (await import('./mocks/demo-backend')).createDemoBackend() : undefined;
  const app = await buildServer(config, { demoBackend });
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal means the person wants out now.
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests in flight');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const scheme = config.tls ? 'https' : 'http';
  const url = `${scheme}://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
  console.log(`Вістки: ${url}\nReading ${describeSource(config)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
  process.exit(1);
});
