import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './app-server';

let dir: string;
let server: AppServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vistky-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  server = await startAppServer({
    TLS_CERT_FILE: join(dir, 'cert.pem'),
    TLS_KEY_FILE: join(dir, 'key.pem'),
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS_CERT_FILE and TLS_KEY_FILE', () => {
  it('serve https with Strict-Transport-Security, no proxy in front', async () => {
    const { status, headers } = await new Promise<{
      status: number;
      headers: Record<string, unknown>;
    }>((resolve, reject) =>
      get(
        `https://127.0.0.1:${server.port}/`,
        { ca: readFileSync(join(dir, 'cert.pem')) },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode!, headers: res.headers });
        },
      ).on('error', reject),
    );
    expect(status).toBe(200);
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
