import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TestProject } from 'vitest/node';
import { createDemoBackend } from '../../mocks/demo-backend';
import { buildServer } from '../../src/server/build-server';
import { readServerConfig } from '../../src/server/config';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: FastifyInstance | undefined;

/** Serves the built app exactly as `npm start` does: the production server, demo backend. */
export default async function setup(project: TestProject) {
  // Tests publish new items on demand; the clock-driven demo releases would race them.
  // The demo's push keys, its database and its photos' renditions go to a folder of the run's own.
  const dataDir = mkdtempSync(join(tmpdir(), 'vistky-e2e-data-'));
  const config = readServerConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
  });
  server = await buildServer(config, { demoBackend: createDemoBackend({ newItemEveryMs: 0 }) });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', address);
  return async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
