import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../../mocks/demo-backend';
import { startAppServer, type AppServer } from './app-server';

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer(
    {},
    {
      demoBackend: createDemoBackend({ newItemEveryMs: 0 }),
      timeouts: { headersMs: 1000, requestMs: 3000 },
    },
  );
});
afterAll(() => server.close());

/** Writes raw bytes to the server and reads until it closes the connection or 5 s pass. */
function sendRaw(request: string | Buffer, { end = true } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', done);
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(request);
    if (end) socket.end();
  });
}

function statusOf(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
}

async function expectStillAnswering(): Promise<void> {
  const response = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
}

const NO_TRACE = /\bat [\w.<>]+ \(|\/work\/|node_modules|Error:/;

describe('hostile requests', () => {
  it('answer a request-target that is not a URL with 400', async () => {
    const response = await sendRaw('GET http://[/ HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(statusOf(response)).toBe(400);
    expect(response).not.toMatch(NO_TRACE);
    await expectStillAnswering();
  });

  it('answer an IPv6 Host like any other, and a Host with credentials with 400', async () => {
    const ipv6 = await sendRaw(`GET /api/feed HTTP/1.1\r\nHost: [::1]:${server.port}\r\n\r\n`);
    expect(statusOf(ipv6)).toBe(200);
    expect(ipv6).toContain(`http://[::1]:${server.port}/demo-portal/news/`);
    for (const host of ['user:pass@localhost', 'localhost/evil', 'exa mple.org', '']) {
      const response = await sendRaw(`GET /api/feed HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect(statusOf(response), host).toBe(400);
      expect(response).not.toMatch(NO_TRACE);
    }
    await expectStillAnswering();
  });

  it('answer TRACE with 405', async () => {
    const response = await sendRaw('TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: a=b\r\n\r\n');
    expect(statusOf(response)).toBe(405);
    expect(response).not.toContain('Cookie: a=b');
    await expectStillAnswering();
  });

  it('answer a 70 kB URL with a 4xx', async () => {
    const response = await sendRaw(
      `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    );
    expect(statusOf(response)).toBeGreaterThanOrEqual(400);
    expect(statusOf(response)).toBeLessThan(500);
    await expectStillAnswering();
  });

  it('refuse a 20 MB body to a JSON endpoint with 413, without reading it all', async () => {
    const response = await fetch(`${server.url}/__demo/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'x'.repeat(20 * 1024 * 1024) }),
    }).catch((error: Error) => error);
    // The server may cut the upload off before the client has finished sending it.
    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(response.message).toMatch(/fetch failed|socket|reset/i);
    await expectStillAnswering();
  });

  it('cut off a client that sends its headers a byte a second, and keep answering others', async () => {
    const socket: Socket = connect(server.port, '127.0.0.1');
    const started = Date.now();
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    socket.on('error', () => undefined);
    const header = 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ' + 'a'.repeat(100);
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(header[sent++ % header.length]!);
    }, 200);
    await expectStillAnswering();
    const closedAt = await closed;
    clearInterval(drip);
    expect(closedAt - started).toBeLessThan(4000);
  });

  it('answer malformed JSON with 400 and a message, never a stack trace', async () => {
    const response = await fetch(`${server.url}/__demo/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind": ',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(NO_TRACE);
  });
});
