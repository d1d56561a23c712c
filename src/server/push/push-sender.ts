import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { Agent } from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import { deliverPush, type DeliveryContext } from './deliver-push';
import { createPushGate } from './push-gate';
import type { BatchOutcome, PushRun } from './push-records';
import type { PushStore } from './push-store';
import { planSubscriberPush } from './subscriber-push';
import { createVapidAuthorization } from './vapid-authorization';
import type { VapidKeys } from './vapid-keys';

/** One line of the push log: a finished (or interrupted) run and what the services answered. */
export interface PushRunEntry {
  run: number;
  articles: number;
  sent: number;
  removed: number;
  failed: number;
  durationMs: number;
  /** Answers other than success, counted by "origin status". */
  answers: Record<string, number>;
  interrupted?: boolean;
}

/** How the sender works; everything but the store and the keys has a default. */
export interface PushSenderOptions {
  store: PushStore;
  vapid: VapidKeys;
  concurrency: number;
  /** Subscriptions per batch: the most a sender that dies can repeat. */
  batchSize?: number;
  /** How long a claim on a run holds without being renewed. */
  leaseMs?: number;
  timeoutMs?: number;
  /** The transport; tests pass one that trusts their push service. */
  agent?: Agent;
  now?: () => number;
  log?: (entry: PushRunEntry) => void;
}

/** Sends the pushes of every unfinished run. */
export interface PushSender {
  /** Sends every unfinished run, oldest first; while it runs, a new call makes it look again. */
  sendPending(): Promise<void>;
  /** Stops at once; a run left unfinished resumes from its last batch on the next start. */
  close(): Promise<void>;
}

const BATCH_SIZE = 500;
const LEASE_MS = 30_000;
const TIMEOUT_MS = 10_000;

/**
 * Sends runs batch by batch: a bounded pool of sends over one keep-alive agent, each batch's
 * outcome and the run's cursor written before the next batch starts. A claim (lease) on the run
 * keeps a second sender on the same database from sending it too.
 */
export function createPushSender(options: PushSenderOptions): PushSender {
  const { store } = options;
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const owner = randomUUID();
  const closed = new AbortController();
  const agent =
    options.agent ??
    new Agent({ keepAlive: true, maxSockets: options.concurrency, scheduling: 'lifo' });
  // Every send backing off waits on this signal: as many listeners as sends in flight.
  setMaxListeners(0, closed.signal);
  // Held timers: the CLI's process must not exit while a paused service is waited for.
  const sleep = (ms: number, signal: AbortSignal) => delay(Math.max(0, ms), undefined, { signal });
  const gate = createPushGate({
    concurrency: options.concurrency,
    now,
    sleep,
    signal: closed.signal,
  });
  let running: Promise<void> | null = null;
  let again = false;

  const sendRun = async (run: PushRun): Promise<void> => {
    const started = now();
    const answers: Record<string, number> = {};
    const totals = { sent: 0, removed: 0, failed: 0 };
    const context: DeliveryContext = {
      gate,
      authorize: createVapidAuthorization(options.vapid, now),
      agent,
      timeoutMs: options.timeoutMs ?? TIMEOUT_MS,
      now,
      sleep,
      signal: closed.signal,
      record: (service, status) => {
        const key = `${service} ${status}`;
        answers[key] = (answers[key] ?? 0) + 1;
      },
    };
    // A batch held up by a slow push service must not let the claim lapse under it.
    const renew = setInterval(() => {
      void store.renewLease(run.id, owner, now() + leaseMs).catch(() => undefined);
    }, leaseMs / 3);
    renew.unref();
    let interrupted = true;
    try {
      for (let cursor = run.cursor; ;) {
        const batch = await store.listBatch(run, cursor, batchSize);
        if (batch.length === 0) break;
        const outcome: BatchOutcome = {
          cursor: batch.at(-1)!.id,
          sentIds: [],
          removedIds: [],
          failed: 0,
        };
        await Promise.all(
          batch.map(async (subscription) => {
            const push = planSubscriberPush(run.articles, subscription);
            if (!push) return;
            const result = await deliverPush(subscription, push, context);
            if (result === 'sent') outcome.sentIds.push(subscription.id);
            else if (result === 'gone') outcome.removedIds.push(subscription.id);
            else outcome.failed++;
          }),
        );
        // Another sender took the run over (this one stalled past its lease): it carries on.
        if (!(await store.completeBatch(run.id, owner, outcome, now(), now() + leaseMs))) return;
        totals.sent += outcome.sentIds.length;
        totals.removed += outcome.removedIds.length;
        totals.failed += outcome.failed;
        cursor = outcome.cursor;
      }
      await store.finishRun(run.id, owner, now());
      interrupted = false;
    } finally {
      clearInterval(renew);
      options.log?.({
        run: run.id,
        articles: run.articles.length,
        ...totals,
        durationMs: now() - started,
        answers,
        ...(interrupted ? { interrupted } : {}),
      });
    }
  };

  const drain = async (): Promise<void> => {
    while (!closed.signal.aborted) {
      const claim = await store.claimRun(owner, now(), now() + leaseMs);
      if (!claim) return;
      // Another sender holds the run: look again when its claim lapses or it may have finished.
      if ('busyUntil' in claim) {
        await sleep(Math.min(claim.busyUntil - now() + 100, leaseMs / 3), closed.signal);
      } else await sendRun(claim.run);
    }
  };

  return {
    sendPending() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await drain();
        } while (again && !closed.signal.aborted);
      })()
        .catch((error: unknown) => {
          if (!closed.signal.aborted) throw error;
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
    async close() {
      closed.abort();
      await running?.catch(() => undefined);
      if (!options.agent) agent.destroy();
    },
  };
}
