/** Paces sends: a bounded number in flight, and none to a push service that asked us to wait. */
export interface PushGate {
  /** Waits until `service` is not paused and a slot is free, then holds the slot. */
  acquire(service: string): Promise<void>;
  release(): void;
  /** No new sends to `service` before `until` (epoch ms), as its Retry-After asked. */
  pause(service: string, until: number): void;
}

/** Options of createPushGate; tests pass their clock. */
export interface PushGateOptions {
  concurrency: number;
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborting rejects every waiting acquire, so a closing server does not wait for pauses. */
  signal: AbortSignal;
}

/** A semaphore with per-service pauses: one paused service never holds the others' slots. */
export function createPushGate(options: PushGateOptions): PushGate {
  const { now, signal } = options;
  const pausedUntil = new Map<string, number>();
  const waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let active = 0;
  signal.addEventListener('abort', () => {
    for (const waiter of waiting.splice(0)) waiter.reject(signal.reason);
  });

  // One timer per pause, however many sends wait for it.
  const resumes = new Map<string, { until: number; done: Promise<void> }>();
  const waitForService = async (service: string) => {
    for (let until = pausedUntil.get(service) ?? 0; until > now();) {
      let resume = resumes.get(service);
      if (resume?.until !== until) {
        resume = { until, done: options.sleep(until - now(), signal) };
        resumes.set(service, resume);
      }
      await resume.done;
      until = pausedUntil.get(service) ?? 0;
    }
  };

  const release = () => {
    // The slot passes straight to the next in line, so no newcomer can take it in between.
    const next = waiting.shift();
    if (next) next.resolve();
    else active--;
  };

  return {
    async acquire(service) {
      for (;;) {
        signal.throwIfAborted();
        await waitForService(service);
        if (active < options.concurrency) active++;
        else await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
        // The service may have been paused while this send waited for its slot.
        if ((pausedUntil.get(service) ?? 0) <= now()) return;
        release();
      }
    },
    release,
    pause(service, until) {
      pausedUntil.set(service, Math.max(pausedUntil.get(service) ?? 0, until));
    },
  };
}
