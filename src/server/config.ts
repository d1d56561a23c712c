import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { readPushConfig, type PushConfig } from './push/push-config';

/** Where /api/feed comes from: the demo backend, a real feed (FEED_URL) or the bridged portal. */
export type FeedSourceMode = 'demo' | 'feed-url' | 'portal';

/** Everything the server needs, read once from the environment and validated. */
export interface ServerConfig {
  port: number;
  host: string;
  mode: FeedSourceMode;
  /** FEED_URL: the upstream feed proxied at /api/feed. */
  feedUrl: URL | null;
  /** PORTAL_URL: the council portal bridged into a JSON Feed. */
  portalUrl: URL | null;
  /** PORTAL_CONFIG: another city's selector file. */
  portalConfigPath: string | undefined;
  /** PORTAL_CACHE: where the bridge keeps its crawl cache. */
  portalCachePath: string | undefined;
  /** FEED_CACHE_SECONDS: how long a fetched feed answers every client before it is revalidated. */
  feedCacheSeconds: number;
  /** FEED_CHECK_SECONDS: how often the server refreshes the feed whether or not clients ask. */
  feedCheckSeconds: number;
  /**
   * IMAGE_ORIGINS: more origins article photos may come from (the feed's own is implied), and
   * the feed's documents.
   */
  imageOrigins: string[];
  /** The photos' renditions on disk: DATA_DIR/images, at most IMAGE_CACHE_MB megabytes. */
  imageCache: { dir: string; maxBytes: number };
  /** The feed's documents on disk: DATA_DIR/documents, at most DOCUMENT_CACHE_MB megabytes. */
  documentCache: { dir: string; maxBytes: number };
  /** The built app (`vite build`'s output). */
  distDir: string;
  /** SSR_DIR: the built page renderer (`vite build --ssr`'s output, default dist-ssr). */
  ssrDir: string;
  /** SITE_URL: the app's public origin, for canonical links and link previews. */
  siteUrl: string | null;
  /** TRUST_PROXY: client addresses come from X-Forwarded-For (behind a reverse proxy or CDN). */
  trustProxy: boolean;
  /** TLS_CERT_FILE and TLS_KEY_FILE: serve https itself, with no proxy in front. */
  tls: { certFile: string; keyFile: string } | null;
  logLevel: string;
  /** Web Push: the subscriptions' database, the VAPID keys, the push services allowed. */
  push: PushConfig;
}

export { ConfigError };

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates the server's environment; throws ConfigError naming the variable. */
export function readServerConfig(env: Env, cwd = process.cwd()): ServerConfig {
  const feedUrl = env.FEED_URL ? getHttpUrl('FEED_URL', env.FEED_URL) : null;
  const portalUrl = env.PORTAL_URL ? getHttpUrl('PORTAL_URL', env.PORTAL_URL) : null;
  const mode: FeedSourceMode = feedUrl ? 'feed-url' : portalUrl ? 'portal' : 'demo';
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  }
  const push = readPushConfig(env, cwd);
  return {
    port: getInteger('PORT', env.PORT, 4173, 0, 65_535),
    host: env.HOST?.trim() || 'localhost',
    mode,
    feedUrl,
    portalUrl: mode === 'portal' ? portalUrl : null,
    portalConfigPath: env.PORTAL_CONFIG || undefined,
    portalCachePath: env.PORTAL_CACHE || undefined,
    feedCacheSeconds: getInteger('FEED_CACHE_SECONDS', env.FEED_CACHE_SECONDS, 60, 1, 86_400),
    feedCheckSeconds: getInteger('FEED_CHECK_SECONDS', env.FEED_CHECK_SECONDS, 300, 10, 86_400),
    imageOrigins: getOrigins('IMAGE_ORIGINS', env.IMAGE_ORIGINS),
    imageCache: {
      dir: join(push.dataDir, 'images'),
      maxBytes: getInteger('IMAGE_CACHE_MB', env.IMAGE_CACHE_MB, 200, 1, 1_000_000) * 1_000_000,
    },
    documentCache: {
      dir: join(push.dataDir, 'documents'),
      maxBytes:
        getInteger('DOCUMENT_CACHE_MB', env.DOCUMENT_CACHE_MB, 500, 1, 1_000_000) * 1_000_000,
    },
    distDir: resolve(cwd, env.DIST_DIR || 'dist'),
    ssrDir: resolve(cwd, env.SSR_DIR || 'dist-ssr'),
    siteUrl: env.SITE_URL ? getHttpUrl('SITE_URL', env.SITE_URL).origin : null,
    trustProxy: getBoolean('TRUST_PROXY', env.TRUST_PROXY),
    tls: getTls(env.TLS_CERT_FILE, env.TLS_KEY_FILE, cwd),
    logLevel,
    push,
  };
}

function getHttpUrl(name: string, value: string): URL {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below with the variable's name.
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username) return url;
  throw new ConfigError(`${name} must be an absolute http(s) URL without credentials`);
}

function getInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
}

function getOrigins(name: string, value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value.split(',').map((item) => getHttpUrl(name, item.trim()).origin);
}

function getBoolean(name: string, value: string | undefined): boolean {
  const raw = value?.trim().toLowerCase() ?? '';
  if (['', '0', 'false', 'no', 'off'].includes(raw)) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  throw new ConfigError(`${name} must be true or false, not "${value}"`);
}

function getTls(
  certFile: string | undefined,
  keyFile: string | undefined,
  cwd: string,
): ServerConfig['tls'] {
  if (!certFile && !keyFile) return null;
  if (!certFile || !keyFile) {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  }
  return { certFile: resolve(cwd, certFile), keyFile: resolve(cwd, keyFile) };
}
