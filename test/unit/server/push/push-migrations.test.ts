import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { openPushDatabase } from '../../../../src/server/push/push-database';
import { PUSH_MIGRATIONS } from '../../../../src/server/push/push-migrations';
import { createPushStore } from '../../../../src/server/push/push-store';
import { createSubscriberKeys } from './web-push-crypto';

const opened: Client[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newDatabaseUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vistky-push-db-'));
  dirs.push(dir);
  return `file:${join(dir, 'nested', 'vistky.db')}`;
}

async function open(url: string, migrations = PUSH_MIGRATIONS): Promise<Client> {
  const db = await openPushDatabase({ url, migrations });
  opened.push(db);
  return db;
}

describe('the push database', () => {
  it('is created with its folder and brought to the latest schema', async () => {
    const db = await open(newDatabaseUrl());
    const { rows } = await db.execute('SELECT version, name FROM push_schema ORDER BY version');
    expect(rows.map((row) => [row.version, row.name])).toEqual(
      PUSH_MIGRATIONS.map((m) => [m.version, m.name]),
    );
  });

  it('upgrades a first-version database with subscriptions in it, keeping every row', async () => {
    const url = newDatabaseUrl();
    const first = await open(url, PUSH_MIGRATIONS.slice(0, 1));
    const keys = createSubscriberKeys();
    for (const [i, sections] of [null, '["bezpeka"]'].entries()) {
      await first.execute({
        sql: `INSERT INTO push_subscriptions
                (endpoint, p256dh, auth, sections, urgent_only, lang, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          `https://fcm.googleapis.com/fcm/send/${i}`,
          keys.p256dh,
          keys.auth,
          sections,
          i,
          'en',
          1,
          1,
        ],
      });
    }
    first.close();
    opened.splice(opened.indexOf(first), 1);

    const upgraded = await open(url);
    const store = createPushStore(upgraded);
    expect(await store.countSubscriptions()).toBe(2);
    expect(await store.getSubscription('https://fcm.googleapis.com/fcm/send/1')).toEqual({
      id: 2,
      endpoint: 'https://fcm.googleapis.com/fcm/send/1',
      p256dh: keys.p256dh,
      auth: keys.auth,
      sections: ['bezpeka'],
      urgentOnly: true,
      lang: 'en',
      appOrigin: null,
    });
    // The tables of the second version work on the old rows: a run reaches both.
    await store.recordArticles('feed', [{ key: 'a', title: 'A', summary: '', categories: [] }], 2);
    const runId = await store.recordArticles(
      'feed',
      [{ key: 'b', title: 'B', summary: '', categories: [] }],
      3,
    );
    const claim = await store.claimRun('sender', 3, 10);
    expect(claim && 'run' in claim && claim.run.id).toBe(runId);
    if (!claim || !('run' in claim)) throw new Error('no run');
    expect((await store.listBatch(claim.run, 0, 10)).map((s) => s.id)).toEqual([1, 2]);
  });

  it('runs nothing again on the next start, and two starts at once migrate once', async () => {
    const url = newDatabaseUrl();
    await Promise.all([open(url), open(url)]);
    const db = await open(url);
    const { rows } = await db.execute('SELECT COUNT(*) AS n FROM push_schema');
    expect(Number(rows[0]!.n)).toBe(PUSH_MIGRATIONS.length);
  });
});
