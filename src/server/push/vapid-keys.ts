import { createECDH } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import webpush from 'web-push';

/** The server's VAPID identity (RFC 8292): the key pair and who to contact about its pushes. */
export interface VapidKeys {
  /** Base64url of the uncompressed P-256 point (65 bytes): what browsers subscribe with. */
  publicKey: string;
  /** Base64url of the 32-byte private scalar. */
  privateKey: string;
  /** A mailto: address or the city's https URL. */
  subject: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const DEMO_KEYS_FILE = 'vapid-demo-keys.json';
// Apple's push service refuses VAPID tokens that name no real contact, which a demo has not.
const DEMO_SUBJECT = 'mailto:vistky-demo@example.org';

/** A new VAPID key pair, as `npm run push -- keys` prints it. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}

/** Why a VAPID key pair is unusable (wrong length, not a pair), or null when it is good. */
export function checkVapidKeys(publicKey: string, privateKey: string): string | null {
  if (!BASE64URL.test(publicKey) || Buffer.from(publicKey, 'base64url').length !== 65) {
    return 'VAPID_PUBLIC_KEY must be 65 bytes in base64url (npm run push -- keys makes a pair)';
  }
  if (!BASE64URL.test(privateKey) || Buffer.from(privateKey, 'base64url').length !== 32) {
    return 'VAPID_PRIVATE_KEY must be 32 bytes in base64url (npm run push -- keys makes a pair)';
  }
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    if (ecdh.getPublicKey('base64url') === publicKey) return null;
  } catch {
    // An out-of-range scalar is reported with the mismatch below.
  }
  return 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not one pair';
}

/** Why a VAPID subject is unusable, or null when it is a mailto: or an https URL Apple accepts. */
export function checkVapidSubject(subject: string): string | null {
  let url: URL | null = null;
  try {
    url = new URL(subject);
  } catch {
    // Reported below.
  }
  if (url?.protocol === 'mailto:' && url.pathname.includes('@')) return null;
  if (url?.protocol === 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    return null;
  }
  return 'VAPID_SUBJECT must be a mailto: address or the city’s https URL (not https://localhost, which Apple rejects)';
}

/**
 * The demo's own key pair, generated into the data folder on the first start and read back on
 * the next ones, so that subscriptions made yesterday still receive pushes.
 */
export async function loadDemoVapidKeys(dataDir: string): Promise<VapidKeys> {
  const path = join(dataDir, DEMO_KEYS_FILE);
  try {
    const stored = JSON.parse(await readFile(path, 'utf8')) as Partial<VapidKeys>;
    const { publicKey = '', privateKey = '' } = stored;
    if (checkVapidKeys(publicKey, privateKey) === null) {
      return { publicKey, privateKey, subject: DEMO_SUBJECT };
    }
  } catch {
    // Missing or unreadable: a new pair replaces it.
  }
  const keys = generateVapidKeys();
  await mkdir(dataDir, { recursive: true });
  await writeFile(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return { ...keys, subject: DEMO_SUBJECT };
}
