import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSubscriberKeys,
  decryptPushBody,
  verifyVapid,
  type SubscriberKeys,
  type VapidClaims,
} from './web-push-crypto';

/** How the fake answers one push request. */
export type FakeAnswer =
  | { status: 201 | 400 | 404 | 410 | 413 | 500 | 502 }
  | { status: 429 | 503; retryAfter?: string }
  | 'hang';

/** A subscription the test made on the fake service, with the keys to read what it receives. */
export interface FakeSubscription {
  id: string;
  endpoint: string;
  keys: SubscriberKeys;
  /** What `PushSubscription.toJSON()` gives: what the app posts to the server. */
  toJSON(): { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
}

/** One request the fake received, decrypted when it knew the subscription's keys. */
export interface FakeReceipt {
  id: string;
  status: number;
  ttl: number | null;
  urgency: string | null;
  topic: string | null;
  /** The decrypted JSON; undefined when the keys were unknown or the request was refused. */
  payload: unknown;
  /** Why a request was refused (VAPID, encryption, missing TTL). */
  error?: string;
  at: number;
}

/** The fake push service as a test drives it. */
export interface FakePushService {
  origin: string;
  /** The self-signed certificate: trust it with `agent` or NODE_EXTRA_CA_CERTS. */
  caPath: string;
  /** A keep-alive agent that trusts this service, as web-push's `agent`. */
  agent: Agent;
  receipts: FakeReceipt[];
  subscribe(): FakeSubscription;
  /** Registers an endpoint made elsewhere (the bench), so its pushes are decrypted. */
  adopt(id: string, keys: SubscriberKeys): FakeSubscription;
  /** Queues answers for one subscription; after them (or without any) it answers 201. */
  answer(subscription: FakeSubscription | string, ...answers: FakeAnswer[]): void;
  /** The successful deliveries (201) to one subscription, their payloads decrypted. */
  delivered(subscription: FakeSubscription | string): FakeReceipt[];
  close(): Promise<void>;
}

/** Options of the fake: latency, a default answer, whether to decrypt, the server's key to expect. */
export interface FakePushOptions {
  latencyMs?: number;
  /** The answer to a request for which nothing was queued; 201 by default. */
  defaultAnswer?: (id: string, attempt: number) => FakeAnswer;
  /** The VAPID public key subscriptions were made with; any valid key when absent. */
  applicationServerKey?: string;
  /** Which subscriptions' pushes to decrypt (all it knows the keys of, by default). */
  decrypt?: (id: string) => boolean;
}

let certificate: { dir: string; key: Buffer; cert: Buffer } | null = null;

// A self-signed certificate for 127.0.0.1, made once per test process and never committed.
function getCertificate() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'vistky-push-tls-'));
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
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  certificate = {
    dir,
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
  };
  return certificate;
}

/**
 * A push service on a loopback port that behaves as RFC 8030/8291/8292 say: it accepts only
 * POSTs with a TTL and a VAPID JWT for its own origin, signed by the key in `k`, expiring within
 * 24 h; it decrypts aes128gcm bodies of subscriptions it made; it records TTL, Urgency and Topic;
 * and it answers 201, or what the test queued (404, 410, 413, 429 with Retry-After, 5xx, a hang).
 */
export async function startFakePushService(
  options: FakePushOptions = {},
): Promise<FakePushService> {
  const { key, cert, dir } = getCertificate();
  const subscriptions = new Map<string, SubscriberKeys>();
  const queued = new Map<string, FakeAnswer[]>();
  const attempts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const receipts: FakeReceipt[] = [];
  const verified = new Map<string, VapidClaims>();
  let origin = '';
  let nextId = 0;

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    const receipt: FakeReceipt = {
      id: id ?? '',
      status: 0,
      ttl: req.headers.ttl === undefined ? null : Number(req.headers.ttl),
      urgency: (req.headers.urgency as string | undefined) ?? null,
      topic: (req.headers.topic as string | undefined) ?? null,
      payload: undefined,
      at: Date.now(),
    };
    const finish = (status: number, headers: Record<string, string> = {}) => {
      receipt.status = status;
      receipts.push(receipt);
      res.writeHead(status, headers).end();
    };
    if (req.method !== 'POST' || !id) return finish(404);
    try {
      // A sender reuses one token for many pushes: its signature is checked once, its expiry always.
      const header = req.headers.authorization ?? '';
      const claims = verified.get(header) ?? verifyVapid(header, origin, Date.now());
      if (claims.exp <= Date.now() / 1000) throw new Error('JWT expired');
      verified.set(header, claims);
      if (options.applicationServerKey && claims.key !== options.applicationServerKey) {
        throw new Error('VAPID key is not the one the subscription was made with');
      }
    } catch (error) {
      receipt.error = (error as Error).message;
      return finish(403);
    }
    if (receipt.ttl === null || !Number.isInteger(receipt.ttl)) {
      receipt.error = 'no TTL';
      return finish(400);
    }
    const keys = options.decrypt?.(id) === false ? undefined : subscriptions.get(id);
    if (keys && body.length > 0) {
      try {
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        receipt.payload = JSON.parse(decryptPushBody(body, keys));
      } catch (error) {
        receipt.error = `cannot decrypt: ${(error as Error).message}`;
        return finish(400);
      }
    }
    const attempt = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, attempt);
    const answer = queued.get(id)?.shift() ??
      options.defaultAnswer?.(id, attempt) ?? { status: 201 };
    if (answer === 'hang') {
      receipt.status = -1;
      receipts.push(receipt);
      hanging.add(res);
      return;
    }
    finish(
      answer.status,
      'retryAfter' in answer && answer.retryAfter ? { 'retry-after': answer.retryAfter } : {},
    );
  };

  const server = createServer({ key, cert } satisfies ServerOptions, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (options.latencyMs) setTimeout(() => handle(req, res, body), options.latencyMs);
      else handle(req, res, body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: cert, keepAlive: true, maxSockets: 256 });

  const adopt = (id: string, keys: SubscriberKeys): FakeSubscription => {
    subscriptions.set(id, keys);
    const endpoint = `${origin}/push/${id}`;
    return {
      id,
      endpoint,
      keys,
      toJSON: () => ({
        endpoint,
        expirationTime: null,
        keys: { p256dh: keys.p256dh, auth: keys.auth },
      }),
    };
  };
  const idOf = (subscription: FakeSubscription | string) =>
    typeof subscription === 'string' ? subscription : subscription.id;

  return {
    origin,
    caPath: join(dir, 'cert.pem'),
    agent,
    receipts,
    subscribe: () =>
      adopt(`s${++nextId}-${Math.random().toString(36).slice(2, 10)}`, createSubscriberKeys()),
    adopt,
    answer(subscription, ...answers) {
      queued.set(idOf(subscription), [...(queued.get(idOf(subscription)) ?? []), ...answers]);
    },
    delivered: (subscription) =>
      receipts.filter((r) => r.id === idOf(subscription) && r.status === 201),
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
