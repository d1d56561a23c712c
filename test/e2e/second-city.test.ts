import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../unit/server/app-server';
import { LIVE_APP, launchBrowser } from './helpers';

// Вербоград, the tests' fictional city (test/fixtures/cities/verbohrad/): built with CITY and
// served by `npm start`'s own entry, beside the default city's build, both reading one feed.
const ROOT = join(import.meta.dirname, '../..');
const CITY = 'test/fixtures/cities/verbohrad';
const FIXTURE = join(ROOT, CITY, 'public');

// Each city's announcements are its own sections: the fair is one in Вербоград («Події міста»),
// the meeting one in Chernihiv («Анонси та оголошення»). Neither lead opens with its day, which
// would make it an event in any city.
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Новини міста</title><link>https://news.example/</link><description>Тест</description>
<item><title>Ярмарок на набережній</title><link>https://news.example/fair</link><guid>fair</guid>
<pubDate>Mon, 07 Dec 2026 09:00:00 +0200</pubDate><category>Події міста</category>
<description>Запрошуємо на ярмарок 19 грудня о 10:00 на Набережній.</description></item>
<item><title>Зустріч із мешканцями</title><link>https://news.example/meeting</link><guid>meeting</guid>
<pubDate>Mon, 07 Dec 2026 08:00:00 +0200</pubDate><category>Анонси та оголошення</category>
<description>Міська рада запрошує на зустріч 20 грудня о 15:00 у залі засідань.</description></item>
</channel></rss>`;

interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

function run(command: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command.join(' ')}: ${code}\n${errors}`)),
    );
  });
}

/** `npm start`'s command, as package.json runs it, on a loopback port. */
function startServer(env: Record<string, string>): Promise<RunningServer> {
  const command = ['--import', 'tsx', '--import', './cities/select-city.ts', 'server.ts'];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Вістки: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (found) resolve({ url: found[1]!, stop: () => (child.kill('SIGTERM'), exited) });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
}

describe('a second city: one file and a folder of icons', () => {
  let dir: string;
  let feed: TestServer;
  let verbohrad: RunningServer;
  let chernihiv: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    // Inside the repository: the page renderer finds its packages in node_modules/.
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'node_modules/.cache/vistky-city-'));
    const vite = [join(ROOT, 'node_modules/.bin/vite'), 'build', '--configLoader', 'runner'];
    const quiet = ['--logLevel', 'error'];
    await run([...vite, ...quiet, '--outDir', join(dir, 'dist')], { CITY });
    await run(
      [...vite, ...quiet, '--ssr', 'src/ssr/render-pages.tsx', '--outDir', join(dir, 'dist-ssr')],
      { CITY },
    );
    feed = await startTestServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
    );
    const common = { FEED_URL: `${feed.url}/rss.xml`, FEED_CHECK_SECONDS: '3600' };
    [verbohrad, chernihiv] = await Promise.all([
      startServer({
        ...common,
        CITY,
        DIST_DIR: join(dir, 'dist'),
        SSR_DIR: join(dir, 'dist-ssr'),
        DATA_DIR: join(dir, 'data-verbohrad'),
      }),
      startServer({ ...common, DATA_DIR: join(dir, 'data-chernihiv') }),
    ]);
    // The pages are the feed's once the server has read it.
    for (const server of [verbohrad, chernihiv]) {
      const items = async () => (await (await fetch(`${server.url}/healthz`)).json()).feed.items;
      while ((await items()) !== 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([verbohrad?.stop(), chernihiv?.stop(), feed?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const page = async (server: RunningServer, path: string) =>
    load(await (await fetch(`${server.url}${path}`)).text());

  it('names its council, describes itself and colours the phone’s bar in its pages', async () => {
    const $ = await page(verbohrad, '/');
    expect($('.app-header__title').text()).toBe('Вербоградська міська рада');
    expect($('meta[name="description"]').attr('content')).toMatch(/^Новини Вербограда/);
    expect(
      $('meta[name="theme-color"]')
        .map((_, m) => $(m).attr('content'))
        .get(),
    ).toEqual(['#1d6b3a', '#173f27']);
    expect($('meta[name="apple-mobile-web-app-title"]').attr('content')).toBe('Вербоград');
    const article = await page(verbohrad, $('.card__link').first().attr('href')!);
    const jsonLd = JSON.parse(article('script[type="application/ld+json"]').text());
    expect(jsonLd.publisher.name).toBe('Вербоградська міська рада');

    const home = await page(chernihiv, '/');
    expect(home('.app-header__title').text()).toBe('Чернігівська міська рада');
    expect(home('meta[name="theme-color"]').first().attr('content')).toBe('#0b5cad');
  });

  it('finds events in its own announcement sections', async () => {
    const events = async (server: RunningServer) => {
      const $ = await page(server, '/');
      return $('.card')
        .map((_, card) => `${$(card).find('.card__link').text()}: ${$(card).find('.event').length}`)
        .get();
    };
    expect(await events(verbohrad)).toEqual([
      'Ярмарок на набережній: 1',
      'Зустріч із мешканцями: 0',
    ]);
    expect(await events(chernihiv)).toEqual([
      'Ярмарок на набережній: 0',
      'Зустріч із мешканцями: 1',
    ]);
  });

  it('installs under its own name and icons, with no store screenshots it does not have', async () => {
    const manifest = await (await fetch(`${verbohrad.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Вербоград — новини міської ради',
      short_name: 'Вербоград',
      theme_color: '#1d6b3a',
      screenshots: [],
    });
    for (const file of [
      'favicon.svg',
      'icons/icon-192.png',
      'icons/maskable-512.png',
      'og-card.png',
    ]) {
      const served = Buffer.from(await (await fetch(`${verbohrad.url}/${file}`)).arrayBuffer());
      expect(served.equals(readFileSync(join(FIXTURE, file))), file).toBe(true);
    }
  });

  it('carries none of the first city in its JavaScript', async () => {
    const $ = await page(verbohrad, '/');
    const entry = await (
      await fetch(`${verbohrad.url}${$('script[type="module"]').attr('src')}`)
    ).text();
    expect(entry).toContain('Вербоградська міська рада');
    expect(entry).not.toContain('Чернігів');
  });

  it('gives its service worker and refresh worker its own sections and urgent rule', () => {
    const assets = join(dir, 'dist/assets');
    const worker = readFileSync(join(dir, 'dist/sw.js'), 'utf8');
    const refresh = readdirSync(assets).find((file) => /^refresh-worker-.*\.js$/.test(file))!;
    const refreshCode = readFileSync(join(assets, refresh), 'utf8');
    // The worker notifies of urgent items by the city's rule and finds events in stored news.
    expect(worker).toContain('Тривога');
    expect(worker).toContain('Оповіщення');
    expect(worker).not.toContain('Термінове');
    expect(worker).not.toContain('Комунальні повідомлення');
    for (const code of [worker, refreshCode]) {
      expect(code).toContain('Події міста');
      expect(code).not.toContain('Анонси та оголошення');
    }
  });

  it('paints its colours and offers its portal’s links in the browser, light and dark', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    await tab.goto(`${verbohrad.url}/`);
    await tab.locator(`${LIVE_APP} .news-list`).waitFor();
    const header = tab.locator('.app-header');
    const background = () =>
      header.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(29, 107, 58)');
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(23, 63, 39)');
    await tab.getByRole('button', { name: 'Меню' }).click();
    await expect.poll(() => tab.getByRole('link', { name: /Центр адмінпослуг/ }).count()).toBe(1);
    expect(await tab.getByRole('link', { name: /Онлайн трансляції/ }).count()).toBe(0);
    await context.close();
  });
});
