import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from '../../../../src/server/config';
import { generateVapidKeys } from '../../../../src/server/push/vapid-keys';

const KEYS = generateVapidKeys();
const VAPID = {
  VAPID_PUBLIC_KEY: KEYS.publicKey,
  VAPID_PRIVATE_KEY: KEYS.privateKey,
  VAPID_SUBJECT: 'mailto:web@rada.example',
};
const read = (env: Record<string, string>) => readServerConfig(env, '/srv/vistky').push;

describe('the push configuration', () => {
  it('keeps the database in the data folder and allows the browsers’ push services', () => {
    expect(read({})).toEqual({
      dataDir: '/srv/vistky/data',
      databaseUrl: 'file:/srv/vistky/data/vistky.db',
      databaseAuthToken: undefined,
      vapid: null,
      endpointOrigins: [
        'https://fcm.googleapis.com',
        'https://updates.push.services.mozilla.com',
        'https://*.push.apple.com',
        'https://*.notify.windows.com',
      ],
      concurrency: 500,
    });
  });

  it('reads DATABASE_URL as a file of the server’s folder or a libSQL server', () => {
    expect(read({ DATABASE_URL: 'file:var/push.db' }).databaseUrl).toBe(
      'file:/srv/vistky/var/push.db',
    );
    expect(read({ DATA_DIR: '/var/lib/vistky' }).databaseUrl).toBe(
      'file:/var/lib/vistky/vistky.db',
    );
    expect(read({ DATABASE_URL: 'libsql://push.example.org' }).databaseUrl).toBe(
      'libsql://push.example.org',
    );
    expect(() => read({ DATABASE_URL: 'postgres://db' })).toThrow(/DATABASE_URL/);
  });

  it('takes a VAPID key pair with a contact, and adds the push services PUSH_ENDPOINT_ORIGINS names', () => {
    const config = read({
      ...VAPID,
      PUSH_ENDPOINT_ORIGINS: 'https://127.0.0.1:8443, https://*.push.example',
    });
    expect(config.vapid).toEqual({
      publicKey: KEYS.publicKey,
      privateKey: KEYS.privateKey,
      subject: 'mailto:web@rada.example',
    });
    expect(config.endpointOrigins.slice(-2)).toEqual([
      'https://127.0.0.1:8443',
      'https://*.push.example',
    ]);
  });

  it('refuses half a configuration, keys that are no pair, and a subject Apple rejects', () => {
    const other = generateVapidKeys();
    for (const [env, message] of [
      [{ VAPID_PUBLIC_KEY: KEYS.publicKey }, /go together/],
      [
        { ...VAPID, VAPID_PUBLIC_KEY: KEYS.publicKey.slice(2) },
        /VAPID_PUBLIC_KEY must be 65 bytes/,
      ],
      [{ ...VAPID, VAPID_PRIVATE_KEY: other.privateKey }, /not one pair/],
      [{ ...VAPID, VAPID_SUBJECT: 'https://localhost' }, /VAPID_SUBJECT/],
      [{ ...VAPID, VAPID_SUBJECT: 'web@rada.example' }, /VAPID_SUBJECT/],
      [{ PUSH_ENDPOINT_ORIGINS: 'http://push.example' }, /PUSH_ENDPOINT_ORIGINS/],
      [{ PUSH_CONCURRENCY: '0' }, /PUSH_CONCURRENCY/],
    ] as const) {
      expect(() => read(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => read(env)).toThrow(message);
    }
  });
});
