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
  const config = readServerConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' });
  server = await buildServer(config, { demoBackend: createDemoBackend({ newItemEveryMs: 0 }) });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', address);
  return async () => {
    await server?.close();
  };
}
