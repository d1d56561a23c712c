import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDocumentPath } from '../../src/core/document-files';
import { getRenditionPath } from '../../src/core/image-renditions';
import { parseFeed } from '../../src/feed/parse';
import {
  FEED_CONTENT_SECURITY_POLICY,
  getContentSecurityPolicy,
  getWorkerContentSecurityPolicy,
} from '../../src/server/content-security-policy';
import { toSiteData, type SiteData } from '../../src/server/pages/site-data';
import { startFixturePortal } from '../unit/portal-bridge/fixture-portal';
import { isInstalled, serveSite, WEB_SERVERS, type ServedSite } from './web-servers';

const baseUrl = inject('baseUrl');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const DIST = join(ROOT, 'dist');
// The deployment the README's configs describe: photos on the portal.
const README_SOURCES = { imageOrigins: ['https://chernigiv-rada.gov.ua'], connectOrigins: [] };

interface CliRun {
  code: number | null;
  stderr: string;
}

/** Runs a CLI as cron would, through tsx as its npm script does. */
function runCli(entry: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // The photos' sizes are cached in DATA_DIR: a folder of the run's own.
    const env = { ...process.env, DATA_DIR: join(tmpdir(), `vistky-site-data-${process.pid}`) };
    const child = spawn(TSX, [entry, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const render = (args: string[]) => runCli('src/server/static-site/render-cli.ts', args);
const listFolder = async (path: string) => (await readdir(path).catch(() => [])).sort();

/** What link previews and search engines read of a page. */
function readHeadTags(html: string) {
  const $ = load(html);
  return {
    title: $('title').text(),
    description: $('meta[name="description"]').attr('content'),
    canonical: $('link[rel="canonical"]').attr('href'),
    meta: $('meta[property], meta[name^="twitter:"]')
      .toArray()
      .map((tag) => `${$(tag).attr('property') ?? $(tag).attr('name')}=${$(tag).attr('content')}`),
    ld: $('script[type="application/ld+json"]').text(),
  };
}

describe('the static export of the demo feed', () => {
  let dir: string;
  let site: string;
  let first: CliRun;
  let second: CliRun;
  let repeat: CliRun;
  let data: SiteData;
  let written: { root: string[]; news: string[]; section: string[] };
  let after: SiteData;
  let gone: string;
  let shell: string;
  let firstCopy: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vistky-site-'));
    // The web servers below read it as nobody when the tests run as root.
    await chmod(dir, 0o755);
    site = join(dir, 'site');
    shell = await readFile(join(DIST, 'index.html'), 'utf8');
    const args = ['--out', site, '--site-url', baseUrl];
    first = await render(['--feed', `${baseUrl}/api/feed`, ...args]);
    written = {
      root: await listFolder(site),
      news: await listFolder(join(site, 'news')),
      section: await listFolder(join(site, 'section')),
    };
    const read = (text: string) => toSiteData(parseFeed(text, { url: baseUrl }), '', '');
    const copy = await readFile(join(site, 'feed.xml'), 'utf8');
    firstCopy = copy;
    data = read(copy);
    // One article leaves the feed, as the portal's unpublished news do.
    const smaller = copy.replace(/<item>[\s\S]*?<\/item>/, '');
    after = read(smaller);
    gone = data.articles.find((article) => !after.byKey.has(article.key))!.key;
    const smallerFile = join(dir, 'one-gone.xml');
    await writeFile(smallerFile, smaller);
    second = await render(['--feed', smallerFile, ...args]);
    repeat = await render(['--feed', smallerFile, ...args]);
  }, 60_000);

  it('writes every article’s page, every section’s, the list, the 404 page and the feed', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(data.articles.length).toBeGreaterThan(40);
    const keys = data.articles.map((article) => article.key);
    expect(written.news).toEqual([...keys].sort());
    const slugs = data.sections.sections.map((section) => section.slug);
    expect(written.section).toEqual([...slugs].sort());
    expect(written.root).toEqual([
      '404.html',
      'doc',
      'feed.xml',
      'img',
      'index.html',
      'news',
      'section',
    ]);
    // The sizes the pages show of each photo, as the server makes them.
    const withPhoto = data.articles.find((article) => article.image)!;
    const preview = getRenditionPath(withPhoto.image!.url, 'preview', 'jpeg')!;
    expect(await listFolder(join(site, 'img'))).toEqual([
      'preview',
      'thumb',
      'w1080',
      'w360',
      'w720',
    ]);
    expect((await readFile(join(site, preview))).byteLength).toBeGreaterThan(1000);
    // The feed's documents, where the server serves them, as the feed sized them.
    const documents = data.articles.flatMap((article) => article.attachments ?? []);
    const paths = [...new Set(documents.map((document) => getDocumentPath(document)!))];
    expect(await listFolder(join(site, 'doc'))).toEqual(
      paths.map((path) => path.slice('/doc/'.length)).sort(),
    );
    for (const document of documents) {
      const file = await readFile(join(site, getDocumentPath(document)!));
      expect(file.byteLength, document.url).toBe(document.sizeBytes);
    }
    expect(first.stderr).toContain(`pages ${keys.length + slugs.length + 2}; written`);
  });

  it('copies the feed it made the pages of', async () => {
    const served = await (await fetch(`${baseUrl}/api/feed`)).text();
    expect(parseFeed(firstCopy).articles).toEqual(parseFeed(served).articles);
  });

  it('gives link previews the tags the server gives them for the same pages', async () => {
    const article = data.articles[1]!;
    const section = data.sections.sections[0]!;
    const pages: [string, string][] = [
      ['/', 'index.html'],
      [`/section/${section.slug}`, `section/${section.slug}/index.html`],
      [`/news/${article.key}`, `news/${article.key}/index.html`],
    ];
    for (const [path, file] of pages) {
      const fromServer = await (await fetch(`${baseUrl}${path}`)).text();
      const exported = await readFile(join(site, file), 'utf8');
      expect(readHeadTags(exported), path).toEqual(readHeadTags(fromServer));
    }
    expect(readHeadTags(await readFile(join(site, pages[2]![1]), 'utf8')).meta).toContain(
      `og:title=${article.title}`,
    );
  });

  it('removes the page of an article that left the feed, and nothing else', async () => {
    expect(second.code, second.stderr).toBe(0);
    expect(await listFolder(join(site, 'news'))).toEqual(written.news.filter((k) => k !== gone));
    const lost = data.sections.sections.length - after.sections.sections.length;
    expect(second.stderr).toContain(`removed ${1 + lost};`);
  });

  it('rewrites nothing when the feed has not changed', () => {
    expect(repeat.code, repeat.stderr).toBe(0);
    expect(repeat.stderr).toMatch(/written 0, unchanged \d+, removed 0;/);
  });

  describe.each(WEB_SERVERS)('served by the README’s $name config', (server) => {
    const installed = isInstalled(server);
    if (!installed) {
      console.warn(
        `${server.name} is not installed (${server.binary}): its README config is not tested ` +
          'here; install it (apt-get install -y nginx caddy) or check it by hand: README «Checking nginx or Caddy by hand»',
      );
    }
    let served: ServedSite;
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${served.origin}${path}`, { headers, redirect: 'manual' });

    beforeAll(async () => {
      if (installed) served = await serveSite(server, { dist: DIST, site });
    });
    afterAll(() => served?.stop());

    it.skipIf(!installed)('answers /, a section and an article with their pages', async () => {
      const article = data.articles[1]!;
      const slug = data.sections.sections[0]!.slug;
      const pages: [string, string][] = [
        ['/', 'index.html'],
        [`/section/${slug}?utm_source=x`, `section/${slug}/index.html`],
        [`/news/${article.key}?utm_source=x`, `news/${article.key}/index.html`],
      ];
      for (const [path, file] of pages) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy')).toBe(
          getContentSecurityPolicy(README_SOURCES),
        );
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(await response.text(), path).toBe(await readFile(join(site, file), 'utf8'));
      }
      const $ = load(await (await get(pages[2]![0])).text());
      expect($('meta[property="og:title"]').attr('content')).toBe(article.title);
      expect($('meta[property="og:image"]').attr('content')).toMatch(/^http:\/\//);
    });

    it.skipIf(!installed)('answers a document with its type, in a sandbox, and 304s', async () => {
      const documents = data.articles.flatMap((article) => article.attachments ?? []);
      for (const document of documents) {
        const path = getDocumentPath(document)!;
        const response = await get(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type')).toBe(document.mimeType);
        expect(response.headers.get('content-security-policy')).toBe('sandbox');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.equals(await readFile(join(site, path)))).toBe(true);
        const etag = response.headers.get('etag')!;
        expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
      }
      expect(documents.map((document) => document.mimeType)).toContain('application/pdf');
      expect((await get('/doc/00000000000000.pdf')).status).toBe(404);
    });

    it.skipIf(!installed)('answers an article gone from the feed with the 404 page', async () => {
      const response = await get(`/news/${gone}?utm_source=x`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toBe(await readFile(join(site, '404.html'), 'utf8'));
      expect(html).toContain('Цієї новини вже немає у стрічці');
    });

    it.skipIf(!installed)('answers the other app routes with the shell', async () => {
      for (const path of ['/saved', '/search?q=вода', '/settings/', '/section/no-such-section']) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        expect(await response.text(), path).toBe(shell);
      }
    });

    it.skipIf(!installed)('answers /api/feed with the feed in a sandbox, and 304s', async () => {
      const response = await get('/api/feed');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^(application|text)\/xml/);
      expect(response.headers.get('content-security-policy')).toBe(FEED_CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe(await readFile(join(site, 'feed.xml'), 'utf8'));
      const etag = response.headers.get('etag')!;
      expect((await get('/api/feed', { 'if-none-match': etag })).status).toBe(304);
    });

    it.skipIf(!installed)('gives sw.js its own policy, and unknown paths a 404', async () => {
      const worker = await get('/sw.js');
      expect(worker.status).toBe(200);
      expect(worker.headers.get('content-security-policy')).toBe(
        getWorkerContentSecurityPolicy(README_SOURCES),
      );
      for (const path of ['/nothing-here', '/news/', '/news/404.html', '/404.html', '/feed.xml']) {
        expect((await get(path)).status, path).toBe(404);
      }
    });
  });

  describe('npm run bridge -- --site, into the same folder', () => {
    let bridge: CliRun;

    beforeAll(async () => {
      const portal = await startFixturePortal();
      try {
        bridge = await runCli('src/portal-bridge/cli.ts', [
          ...['--portal', portal.url, '--pages', '2', '--min-interval', '100'],
          ...['--site', site, '--site-url', baseUrl],
        ]);
      } finally {
        await portal.close();
      }
    }, 60_000);

    it('writes the portal’s JSON Feed in place of the XML one, with the pages of its articles', async () => {
      expect(bridge.code, bridge.stderr).toBe(0);
      const feed = JSON.parse(await readFile(join(site, 'feed.json'), 'utf8'));
      expect(feed.feed_url).toBe(`${baseUrl}/api/feed`);
      expect(await listFolder(site)).not.toContain('feed.xml');
      expect(await listFolder(join(site, 'news'))).toHaveLength(feed.items.length);
      // The cache sits beside the published folder, never in it.
      expect(await listFolder(dir)).toContain('site.cache.json');
    });

    it.each(WEB_SERVERS.filter(isInstalled))(
      'is served by $name as a JSON Feed',
      async (server) => {
        const served = await serveSite(server, { dist: DIST, site });
        try {
          const response = await fetch(`${served.origin}/api/feed`);
          expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
          expect(await response.text()).toBe(await readFile(join(site, 'feed.json'), 'utf8'));
        } finally {
          await served.stop();
        }
      },
    );
  });
});
