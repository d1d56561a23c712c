import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { PUSH_MIGRATIONS, type PushMigration } from './push-migrations';

/** Where the push database lives: a SQLite file (`file:`), `:memory:` or a libSQL server. */
export interface PushDatabaseOptions {
  url: string;
  authToken?: string;
  /** The schema to bring it to; tests pass a prefix to build an older database. */
  migrations?: readonly PushMigration[];
}

/**
 * Opens the push database, creating the file and its folder when missing, and runs every
 * migration it has not had yet, each with its version row in one transaction.
 */
export async function openPushDatabase(options: PushDatabaseOptions): Promise<Client> {
  const isFile = options.url.startsWith('file:');
  if (isFile) await mkdir(dirname(options.url.slice('file:'.length)), { recursive: true });
  const client = createClient({
    url: options.url,
    authToken: options.authToken,
    // One connection per process: SQLite's busy wait blocks the thread, so a second connection
    // waiting for this process's own open transaction would wait for ever. Statements queue
    // in the client instead; another process (`npm run push -- send` beside the server) is
    // waited for up to the timeout.
    ...(isFile ? { concurrency: 1, timeout: 5000 } : {}),
  });
  try {
    // WAL lets readers go on while one connection writes.
    if (isFile) await client.execute('PRAGMA journal_mode = WAL');
    await migrate(client, options.migrations ?? PUSH_MIGRATIONS);
    return client;
  } catch (error) {
    client.close();
    throw error;
  }
}

async function migrate(client: Client, migrations: readonly PushMigration[]): Promise<void> {
  await client.execute(
    `CREATE TABLE IF NOT EXISTS push_schema (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at INTEGER NOT NULL
    )`,
  );
  // A write transaction: a second process starting at the same moment waits, then finds it done.
  const tx = await client.transaction('write');
  try {
    const { rows } = await tx.execute(
      'SELECT COALESCE(MAX(version), 0) AS version FROM push_schema',
    );
    const current = Number(rows[0]?.version ?? 0);
    for (const migration of migrations.filter((m) => m.version > current)) {
      for (const sql of migration.statements) await tx.execute(sql);
      await tx.execute({
        sql: 'INSERT INTO push_schema (version, name, applied_at) VALUES (?, ?, ?)',
        args: [migration.version, migration.name, Date.now()],
      });
    }
    await tx.commit();
  } finally {
    tx.close();
  }
}
