import type { Client, InStatement, Row } from '@libsql/client';
import type { PushArticle } from '../../core/news-push';
import type {
  BatchOutcome,
  PushRun,
  RunClaim,
  RunSummary,
  StoredSubscription,
  SubscriptionRecord,
} from './push-records';

// An article that has left the feed for this long is forgotten.
const KNOWN_ARTICLE_DAYS = 30;
const FINISHED_RUN_DAYS = 90;
const DAY_MS = 86_400_000;
const ID_CHUNK = 500;

/** Every query of the push database: subscriptions, the articles already seen, runs. */
export function createPushStore(db: Client) {
  return oneAtATime({
    /** Stores subscriptions; posting an endpoint again updates its row and keeps its place. */
    async saveSubscriptions(records: readonly SubscriptionRecord[], now: number): Promise<void> {
      await db.batch(
        records.map((r) => ({
          sql: `INSERT INTO push_subscriptions
                  (endpoint, p256dh, auth, sections, urgent_only, lang, app_origin, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (endpoint) DO UPDATE SET
                  p256dh = excluded.p256dh, auth = excluded.auth, sections = excluded.sections,
                  urgent_only = excluded.urgent_only, lang = excluded.lang,
                  app_origin = excluded.app_origin, updated_at = excluded.updated_at`,
          args: [
            r.endpoint,
            r.p256dh,
            r.auth,
            r.sections === null ? null : JSON.stringify(r.sections),
            r.urgentOnly ? 1 : 0,
            r.lang,
            r.appOrigin,
            now,
            now,
          ],
        })),
        'write',
      );
    },

    /** Deletes a subscription by endpoint; false when there was none. */
    async deleteSubscription(endpoint: string): Promise<boolean> {
      const result = await db.execute({
        sql: 'DELETE FROM push_subscriptions WHERE endpoint = ?',
        args: [endpoint],
      });
      return result.rowsAffected > 0;
    },

    async countSubscriptions(): Promise<number> {
      const { rows } = await db.execute('SELECT COUNT(*) AS n FROM push_subscriptions');
      return Number(rows[0]?.n ?? 0);
    },

    /** The stored subscription of an endpoint, or null. */
    async getSubscription(endpoint: string): Promise<StoredSubscription | null> {
      const { rows } = await db.execute({
        sql: 'SELECT * FROM push_subscriptions WHERE endpoint = ?',
        args: [endpoint],
      });
      return rows[0] ? toSubscription(rows[0]) : null;
    },

    /** How many articles of a feed are recorded as seen. */
    async countKnownArticles(feed: string): Promise<number> {
      const { rows } = await db.execute({
        sql: 'SELECT COUNT(*) AS n FROM push_known_articles WHERE feed = ?',
        args: [feed],
      });
      return Number(rows[0]?.n ?? 0);
    },

    /**
     * Records the articles a feed shows now and returns the run that announces the new ones, or
     * null: nothing new, no subscriptions, or the feed's first refresh (nothing recorded yet, so
     * everything looks new and nothing is announced). One transaction, so of two servers sharing
     * the database only one announces.
     */
    async recordArticles(feed: string, articles: readonly PushArticle[], now: number) {
      const tx = await db.transaction('write');
      try {
        const known = await tx.execute({
          sql: 'SELECT 1 FROM push_known_articles WHERE feed = ? LIMIT 1',
          args: [feed],
        });
        const results = await tx.batch(
          articles.flatMap((a) => [
            {
              sql: 'INSERT OR IGNORE INTO push_known_articles (feed, article_key, seen_at) VALUES (?, ?, ?)',
              args: [feed, a.key, now],
            },
            {
              sql: 'UPDATE push_known_articles SET seen_at = ? WHERE feed = ? AND article_key = ?',
              args: [now, feed, a.key],
            },
          ]),
        );
        const fresh = articles.filter((_, i) => results[i * 2]!.rowsAffected > 0);
        await tx.execute({
          sql: 'DELETE FROM push_known_articles WHERE feed = ? AND seen_at < ?',
          args: [feed, now - KNOWN_ARTICLE_DAYS * DAY_MS],
        });
        let runId: number | null = null;
        if (known.rows.length > 0 && fresh.length > 0) {
          const inserted = await tx.execute({
            sql: `INSERT INTO push_runs (feed, created_at, article_count, articles, last_subscription_id)
                  SELECT ?, ?, ?, ?, MAX(id) FROM push_subscriptions HAVING MAX(id) IS NOT NULL`,
            args: [feed, now, fresh.length, JSON.stringify(fresh)],
          });
          runId = inserted.rowsAffected > 0 ? Number(inserted.lastInsertRowid) : null;
        }
        await tx.commit();
        return runId;
      } finally {
        tx.close();
      }
    },

    /** Takes the oldest unfinished run for `owner` until `leaseUntil`, unless another holds it. */
    async claimRun(owner: string, now: number, leaseUntil: number): Promise<RunClaim> {
      const tx = await db.transaction('write');
      try {
        const { rows } = await tx.execute(
          'SELECT * FROM push_runs WHERE finished_at IS NULL ORDER BY id LIMIT 1',
        );
        const row = rows[0];
        if (!row) return null;
        const holder = row.lease_owner as string | null;
        const heldUntil = Number(row.lease_until ?? 0);
        if (holder !== null && holder !== owner && heldUntil > now) return { busyUntil: heldUntil };
        await tx.execute({
          sql: 'UPDATE push_runs SET lease_owner = ?, lease_until = ? WHERE id = ?',
          args: [owner, leaseUntil, row.id],
        });
        await tx.commit();
        return {
          run: {
            id: Number(row.id),
            feed: String(row.feed),
            articles: JSON.parse(String(row.articles)) as PushArticle[],
            lastSubscriptionId: Number(row.last_subscription_id),
            cursor: Number(row.cursor),
          },
        };
      } finally {
        tx.close();
      }
    },

    /** Extends a held claim; false when another sender has taken the run. */
    async renewLease(runId: number, owner: string, leaseUntil: number): Promise<boolean> {
      const result = await db.execute({
        sql: 'UPDATE push_runs SET lease_until = ? WHERE id = ? AND lease_owner = ?',
        args: [leaseUntil, runId, owner],
      });
      return result.rowsAffected > 0;
    },

    /** The next subscriptions of a run, in id order after its cursor. */
    async listBatch(run: PushRun, cursor: number, limit: number): Promise<StoredSubscription[]> {
      const { rows } = await db.execute({
        sql: `SELECT * FROM push_subscriptions WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`,
        args: [cursor, run.lastSubscriptionId, limit],
      });
      return rows.map(toSubscription);
    },

    /**
     * Writes a batch's outcome and moves the run's cursor past it, before the next batch is sent:
     * a sender that dies repeats at most the batch in flight. False when the lease was lost.
     */
    async completeBatch(
      runId: number,
      owner: string,
      outcome: BatchOutcome,
      now: number,
      leaseUntil: number,
    ): Promise<boolean> {
      const tx = await db.transaction('write');
      try {
        const progress = await tx.execute({
          sql: `UPDATE push_runs SET cursor = ?, sent = sent + ?, removed = removed + ?,
                  failed = failed + ?, lease_until = ?
                WHERE id = ? AND lease_owner = ?`,
          args: [
            outcome.cursor,
            outcome.sentIds.length,
            outcome.removedIds.length,
            outcome.failed,
            leaseUntil,
            runId,
            owner,
          ],
        });
        if (progress.rowsAffected === 0) return false;
        const statements: InStatement[] = [
          ...chunk(outcome.sentIds).map((ids) => ({
            sql: `UPDATE push_subscriptions SET last_success_at = ?, pushes_sent = pushes_sent + 1
                  WHERE id IN (${ids.map(() => '?').join(',')})`,
            args: [now, ...ids],
          })),
          ...chunk(outcome.removedIds).map((ids) => ({
            sql: `DELETE FROM push_subscriptions WHERE id IN (${ids.map(() => '?').join(',')})`,
            args: ids,
          })),
        ];
        if (statements.length > 0) await tx.batch(statements);
        await tx.commit();
        return true;
      } finally {
        tx.close();
      }
    },

    /** Closes a run: its counts stay, its articles go; runs finished long ago are dropped. */
    async finishRun(runId: number, owner: string, now: number): Promise<void> {
      await db.batch(
        [
          {
            sql: `UPDATE push_runs SET finished_at = ?, articles = NULL, lease_owner = NULL,
                    lease_until = NULL WHERE id = ? AND lease_owner = ?`,
            args: [now, runId, owner],
          },
          {
            sql: 'DELETE FROM push_runs WHERE finished_at < ?',
            args: [now - FINISHED_RUN_DAYS * DAY_MS],
          },
        ],
        'write',
      );
    },

    /** Every run, oldest first, with its counts. */
    async listRuns(): Promise<RunSummary[]> {
      const { rows } = await db.execute('SELECT * FROM push_runs ORDER BY id');
      return rows.map((row) => ({
        id: Number(row.id),
        feed: String(row.feed),
        articleCount: Number(row.article_count),
        sent: Number(row.sent),
        removed: Number(row.removed),
        failed: Number(row.failed),
        finishedAt: row.finished_at === null ? null : Number(row.finished_at),
      }));
    },
  });
}

/** The push database's queries, as createPushStore returns them. */
export type PushStore = ReturnType<typeof createPushStore>;

function toSubscription(row: Row): StoredSubscription {
  return {
    id: Number(row.id),
    endpoint: String(row.endpoint),
    p256dh: String(row.p256dh),
    auth: String(row.auth),
    sections: row.sections === null ? null : (JSON.parse(String(row.sections)) as string[]),
    urgentOnly: Number(row.urgent_only) === 1,
    lang: row.lang === 'en' ? 'en' : 'uk',
    appOrigin:
      row.app_origin === null || row.app_origin === undefined ? null : String(row.app_origin),
  };
}

function chunk(ids: readonly number[]): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) chunks.push(ids.slice(i, i + ID_CHUNK));
  return chunks;
}

// The calls share the database's one connection (push-database.ts), which a transaction holds
// until it ends: each call waits for the one before it.
function oneAtATime<T extends Record<string, (...args: never[]) => Promise<unknown>>>(calls: T): T {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = Object.entries(calls).map(([name, call]) => [
    name,
    (...args: never[]) => {
      const result = tail.then(() => call(...args));
      tail = result.catch(() => undefined);
      return result;
    },
  ]);
  return Object.fromEntries(queued) as T;
}
