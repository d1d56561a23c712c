/** One step of the push database's schema; shipped steps are never edited, only appended to. */
export interface PushMigration {
  version: number;
  name: string;
  statements: string[];
}

/** The push database's schema, oldest first: a database runs every step newer than its version. */
export const PUSH_MIGRATIONS: readonly PushMigration[] = [
  {
    version: 1,
    name: 'subscriptions',
    statements: [
      `CREATE TABLE push_subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        endpoint TEXT NOT NULL UNIQUE,
        p256dh TEXT NOT NULL,
        auth TEXT NOT NULL,
        sections TEXT,
        urgent_only INTEGER NOT NULL DEFAULT 0,
        lang TEXT NOT NULL DEFAULT 'uk',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      )`,
    ],
  },
  {
    // Sending: the articles each feed has shown, one row per announcement with its progress
    // and counts, and per subscription only when it last received a push and how many.
    version: 2,
    name: 'sending',
    statements: [
      'ALTER TABLE push_subscriptions ADD COLUMN app_origin TEXT',
      'ALTER TABLE push_subscriptions ADD COLUMN last_success_at INTEGER',
      'ALTER TABLE push_subscriptions ADD COLUMN pushes_sent INTEGER NOT NULL DEFAULT 0',
      `CREATE TABLE push_known_articles (
        feed TEXT NOT NULL,
        article_key TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (feed, article_key)
      ) WITHOUT ROWID`,
      `CREATE TABLE push_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        feed TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        articles TEXT,
        last_subscription_id INTEGER NOT NULL,
        cursor INTEGER NOT NULL DEFAULT 0,
        sent INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        finished_at INTEGER,
        lease_owner TEXT,
        lease_until INTEGER
      )`,
      'CREATE INDEX push_runs_unfinished ON push_runs (id) WHERE finished_at IS NULL',
    ],
  },
];
