import { resolve } from 'node:path';
import { ConfigError } from '../config-error';
import { DEFAULT_PUSH_ORIGINS, isOriginPattern } from './endpoint-origins';
import { checkVapidKeys, checkVapidSubject, type VapidKeys } from './vapid-keys';

/** Web Push as configured: where subscriptions live, the server's keys, where pushes may go. */
export interface PushConfig {
  /** DATA_DIR: the data folder (the SQLite file, the demo's generated keys). */
  dataDir: string;
  /** DATABASE_URL: `file:` + an absolute path, or a libSQL server's URL. */
  databaseUrl: string;
  /** DATABASE_AUTH_TOKEN: for a libSQL server that asks for one. */
  databaseAuthToken: string | undefined;
  /** VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT; null when not set. */
  vapid: VapidKeys | null;
  /** The push services endpoints may point at: the browsers' own plus PUSH_ENDPOINT_ORIGINS. */
  endpointOrigins: string[];
  /** PUSH_CONCURRENCY: pushes in flight at once. */
  concurrency: number;
}

type Env = Record<string, string | undefined>;

const DEFAULT_CONCURRENCY = 500;

/** Reads and validates the push variables; throws ConfigError naming the variable. */
export function readPushConfig(env: Env, cwd: string): PushConfig {
  const dataDir = resolve(cwd, env.DATA_DIR?.trim() || 'data');
  return {
    dataDir,
    databaseUrl: getDatabaseUrl(env.DATABASE_URL?.trim(), dataDir, cwd),
    databaseAuthToken: env.DATABASE_AUTH_TOKEN?.trim() || undefined,
    vapid: getVapidKeys(env),
    endpointOrigins: [...DEFAULT_PUSH_ORIGINS, ...getOrigins(env.PUSH_ENDPOINT_ORIGINS)],
    concurrency: getConcurrency(env.PUSH_CONCURRENCY),
  };
}

function getDatabaseUrl(value: string | undefined, dataDir: string, cwd: string): string {
  if (!value) return `file:${resolve(dataDir, 'vistky.db')}`;
  if (value === ':memory:') return value;
  // A relative file is the server's folder's, whatever directory cron starts it from.
  if (value.startsWith('file:')) return `file:${resolve(cwd, value.slice('file:'.length))}`;
  if (/^(libsql|https?|wss?):\/\/[^/]/.test(value)) return value;
  throw new ConfigError(
    `DATABASE_URL must be file:<path> or a libSQL server's libsql://, https:// or http:// URL, not "${value}"`,
  );
}

function getVapidKeys(env: Env): VapidKeys | null {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim() ?? '';
  const privateKey = env.VAPID_PRIVATE_KEY?.trim() ?? '';
  const subject = env.VAPID_SUBJECT?.trim() ?? '';
  if (!publicKey && !privateKey && !subject) return null;
  if (!publicKey || !privateKey || !subject) {
    throw new ConfigError('VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT go together');
  }
  const problem = checkVapidKeys(publicKey, privateKey) ?? checkVapidSubject(subject);
  if (problem) throw new ConfigError(problem);
  return { publicKey, privateKey, subject };
}

function getOrigins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value.split(',').map((item) => {
    const origin = item.trim().replace(/\/$/, '');
    if (!isOriginPattern(origin)) {
      throw new ConfigError(
        `PUSH_ENDPOINT_ORIGINS must list https origins (https://push.example, https://*.push.example), not "${origin}"`,
      );
    }
    return origin.includes('*') ? origin.toLowerCase() : new URL(origin).origin;
  });
}

function getConcurrency(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_CONCURRENCY;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 1 && number <= 2000) return number;
  throw new ConfigError(`PUSH_CONCURRENCY must be a whole number from 1 to 2000, not "${value}"`);
}
