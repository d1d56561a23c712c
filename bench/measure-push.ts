import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPushDatabase } from '../src/server/push/push-database';
import { createPushStore } from '../src/server/push/push-store';
import { generateVapidKeys } from '../src/server/push/vapid-keys';
import {
  startFakePushService,
  type FakeAnswer,
  type FakePushService,
} from '../test/unit/server/push/fake-push-service';
import { renderRss, type TestItem } from '../test/unit/server/push/push-app';
import { createSubscriberKeys } from '../test/unit/server/push/web-push-crypto';
import { ROOT } from './bench-server';

/** Web Push at city scale (issue 14's figures), sent by `npm run push -- send` as cron runs it. */
export interface PushResult {
  subscriptions: number;
  /** From starting the sender to its exit: every push delivered, deleted or given up. */
  deliverMs: number;
  /** From the push service's first request to its last delivery. */
  sendingMs: number;
  /** The sender process's peak resident memory. */
  peakRssMb: number;
  /** Subscriptions deleted for the push service's 410s. */
  rowsDeleted: number;
  /** 429s the push service answered (each honoured, then retried). */
  throttled: number;
  /** The run killed with SIGKILL mid-send, then started again. */
  kill: {
    deliveredBeforeKill: number;
    /** Subscriptions (not gone) that never received the push. */
    lost: number;
    /** Subscriptions that received it twice. */
    repeated: number;
  };
}

const SUBSCRIPTIONS = 10_000;
const LATENCY_MS = 20;
const KILL_AFTER = 5_000;
const VAPID = generateVapidKeys();
const SUBJECT = 'mailto:web@rada.example';

// 1 % of the subscriptions are gone (410); 1 % are throttled once (429, Retry-After: 1 s).
function answer(id: string, attempt: number): FakeAnswer {
  const index = Number(id.slice(1));
  if (index % 100 === 0) return { status: 410 };
  if (index % 100 === 50 && attempt === 1) return { status: 429, retryAfter: '1' };
  return { status: 201 };
}

/** A data folder with 10,000 subscriptions on the fake service and the feed's first read done. */
async function prepare(service: FakePushService) {
  const dir = mkdtempSync(join(tmpdir(), 'vistky-bench-push-'));
  const keys = createSubscriberKeys();
  const db = await openPushDatabase({ url: `file:${join(dir, 'vistky.db')}` });
  const store = createPushStore(db);
  for (let start = 0; start < SUBSCRIPTIONS; start += 1000) {
    const records = Array.from({ length: 1000 }, (_, i) => {
      const subscription = service.adopt(`b${start + i + 1}`, keys);
      return {
        endpoint: subscription.endpoint,
        p256dh: keys.p256dh,
        auth: keys.auth,
        sections: null,
        urgentOnly: false,
        lang: 'uk' as const,
        appOrigin: 'https://vistky.example',
      };
    });
    await store.saveSubscriptions(records, Date.now());
  }
  const items: TestItem[] = Array.from({ length: 20 }, (_, i) => ({
    id: `old-${i}`,
    title: `Новина ${i}`,
    summary: 'Коротко про новину.',
    categories: ['Місто'],
    published: new Date(Date.parse('2026-12-01T08:00:00Z') + i * 3_600_000).toISOString(),
  }));
  const feed = join(dir, 'feed.xml');
  writeFileSync(feed, renderRss(items));
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dir,
    VAPID_PUBLIC_KEY: VAPID.publicKey,
    VAPID_PRIVATE_KEY: VAPID.privateKey,
    VAPID_SUBJECT: SUBJECT,
    NODE_EXTRA_CA_CERTS: service.caPath,
  };
  await runSender(feed, env);
  items.unshift({
    id: 'new',
    title: 'Відключення води на Подусівці',
    summary: 'Через ремонт водогону.',
    categories: ['Комунальні повідомлення'],
    published: '2026-12-06T09:00:00Z',
  });
  writeFileSync(feed, renderRss(items));
  return {
    feed,
    env,
    count: () => store.countSubscriptions(),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the sender as cron would; `onStart` may kill it. Peak RSS read from /proc (Linux). */
function runSender(
  feed: string,
  env: Record<string, string>,
  onStart?: (kill: () => void) => void,
): Promise<{ code: number | null; ms: number; peakRssMb: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/push/push-cli.ts', 'send', '--feed', feed],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let peakKb = 0;
  const watch = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0));
    } catch {
      // The process has just exited.
    }
  }, 100);
  onStart?.(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(watch);
      resolve({ code, ms: performance.now() - started, peakRssMb: peakKb / 1024 });
    });
  });
}

const deliveredTo = (service: FakePushService) => {
  const counts = new Map<string, number>();
  for (const r of service.receipts) {
    if (r.status === 201) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  }
  return counts;
};

/** One new article to 10,000 subscriptions, then the same with a kill -9 halfway. */
export async function measurePush(): Promise<PushResult> {
  // Only a sample is decrypted: the fake's own work would otherwise weigh on the sender's.
  const fakeOptions = {
    latencyMs: LATENCY_MS,
    defaultAnswer: answer,
    decrypt: (id: string) => id.endsWith('7'),
  };
  const service = await startFakePushService(fakeOptions);
  const data = await prepare(service);
  let result: Omit<PushResult, 'kill'>;
  try {
    service.receipts.length = 0;
    const run = await runSender(data.feed, data.env);
    if (run.code !== 0) throw new Error(`the push sender exited with ${run.code}`);
    const first = Math.min(...service.receipts.map((r) => r.at));
    const last = Math.max(...service.receipts.filter((r) => r.status === 201).map((r) => r.at));
    result = {
      subscriptions: SUBSCRIPTIONS,
      deliverMs: Math.round(run.ms),
      sendingMs: last - first + LATENCY_MS,
      peakRssMb: Math.round(run.peakRssMb),
      rowsDeleted: SUBSCRIPTIONS - (await data.count()),
      throttled: service.receipts.filter((r) => r.status === 429).length,
    };
  } finally {
    data.close();
    await service.close();
  }
  return { ...result, kill: await measureKill(fakeOptions) };
}

async function measureKill(fakeOptions: Parameters<typeof startFakePushService>[0]) {
  const service = await startFakePushService(fakeOptions);
  const data = await prepare(service);
  try {
    service.receipts.length = 0;
    let deliveredBeforeKill = 0;
    await runSender(data.feed, data.env, (kill) => {
      const check = setInterval(() => {
        deliveredBeforeKill = service.receipts.filter((r) => r.status === 201).length;
        if (deliveredBeforeKill < KILL_AFTER) return;
        clearInterval(check);
        kill();
      }, 5);
    });
    // The restarted sender waits out the dead one's claim on the run, then goes on.
    const again = await runSender(data.feed, data.env);
    if (again.code !== 0) throw new Error(`the restarted push sender exited with ${again.code}`);
    const counts = deliveredTo(service);
    let lost = 0;
    for (let i = 1; i <= SUBSCRIPTIONS; i++) {
      if (i % 100 !== 0 && !counts.has(`b${i}`)) lost++;
    }
    const repeated = [...counts.values()].filter((n) => n > 1).length;
    return { deliveredBeforeKill, lost, repeated };
  } finally {
    data.close();
    await service.close();
  }
}
