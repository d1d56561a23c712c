import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../../src/core/ids';
import { openPushDatabase } from '../../../../src/server/push/push-database';
import { createPushStore } from '../../../../src/server/push/push-store';
import { checkVapidKeys, generateVapidKeys } from '../../../../src/server/push/vapid-keys';
import { startFakePushService } from './fake-push-service';
import { renderRss, type TestItem } from './push-app';

const ROOT = join(import.meta.dirname, '../../../..');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs `npm run push -- …` as cron would (node directly, to save npm's start-up). */
function runPush(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/push/push-cli.ts', ...args],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run push', () => {
  it('prints a new VAPID key pair for the environment', async () => {
    const { code, stdout } = await runPush(['keys']);
    expect(code).toBe(0);
    const [, publicKey, privateKey] = /^VAPID_PUBLIC_KEY=(\S+)\nVAPID_PRIVATE_KEY=(\S+)\n$/.exec(
      stdout,
    )!;
    expect(checkVapidKeys(publicKey!, privateKey!)).toBeNull();
  });

  it('says what is missing and exits 2 without keys or a feed', async () => {
    expect(await runPush(['send'], { FEED_URL: 'https://rada.example/rss' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('VAPID_PUBLIC_KEY'),
    });
    expect(await runPush(['send'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('FEED_URL'),
    });
    expect((await runPush(['sned'])).code).toBe(2);
  });

  it('sends from cron what a feed file shows that it did not before, and only that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistky-push-cli-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const service = await startFakePushService();
    cleanups.push(() => service.close());
    const keys = generateVapidKeys();
    const env = {
      DATA_DIR: dir,
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      VAPID_SUBJECT: 'https://rada.example',
      NODE_EXTRA_CA_CERTS: service.caPath,
    };
    const feedPath = join(dir, 'feed.xml');
    const items: TestItem[] = [
      { id: 'old', title: 'Стара новина', published: '2026-12-01T08:00:00Z' },
    ];
    writeFileSync(feedPath, renderRss(items));
    const subscription = service.subscribe();
    const db = await openPushDatabase({ url: `file:${join(dir, 'vistky.db')}` });
    cleanups.push(() => db.close());
    await createPushStore(db).saveSubscriptions(
      [
        {
          endpoint: subscription.endpoint,
          p256dh: subscription.keys.p256dh,
          auth: subscription.keys.auth,
          sections: null,
          urgentOnly: false,
          lang: 'uk',
          appOrigin: 'https://vistky.example',
        },
      ],
      Date.now(),
    );

    const first = await runPush(['send', '--feed', feedPath], env);
    expect(first).toMatchObject({ code: 0, stderr: expect.stringContaining('none announced') });
    items.unshift({ id: 'new', title: 'Нова новина', published: '2026-12-06T08:00:00Z' });
    writeFileSync(feedPath, renderRss(items));
    const second = await runPush(['send', '--feed', feedPath], env);
    expect(second).toMatchObject({
      code: 0,
      stderr: expect.stringMatching(/1 new article\(s\), 1 sent/),
    });
    const third = await runPush(['send', '--feed', feedPath], env);
    expect(third).toMatchObject({ code: 0, stderr: expect.stringContaining('nothing new') });
    expect(service.delivered(subscription).map((r) => r.payload)).toEqual([
      expect.objectContaining({ title: 'Нова новина', articles: [getArticleKey('new')] }),
    ]);
  });
});
