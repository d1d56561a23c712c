import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../../src/core/ids';
import { getSectionSlug } from '../../../../src/core/section-slug';
import {
  openSiteExport,
  SiteExportError,
  type SiteExport,
} from '../../../../src/server/static-site/export-site';
import { toSiteFeed } from '../../../../src/server/static-site/site-feed';
import { createFakeBuild, createJsonFeed, type FakeBuild } from './fake-build';

const SITE_URL = 'https://news.example.gov.ua';
const ARTICLES = [
  { id: 'a', title: 'Сесія міської ради', tags: ['Новини'] },
  { id: 'b', title: 'Відключення води', tags: ['Новини', 'Анонси та оголошення'] },
  { id: 'c', title: 'Бюджет участі', tags: ['Бюджет'] },
];
const NEWS = getSectionSlug('Новини');
const BUDGET = getSectionSlug('Бюджет');
const ANNOUNCEMENTS = getSectionSlug('Анонси та оголошення');

const keyOf = (id: string) => getArticleKey(`https://rada.example.gov.ua/news/${id}`);
const feedOf = (articles: typeof ARTICLES) =>
  toSiteFeed(Buffer.from(createJsonFeed(articles)), null, SITE_URL);
const list = async (path: string) => (await readdir(path).catch(() => [])).sort();
const mtimeOf = async (path: string) => (await stat(path)).mtimeMs;

async function listFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('openSiteExport', () => {
  let build: FakeBuild;
  let site: string;
  let exporter: SiteExport;

  beforeEach(async () => {
    build = await createFakeBuild();
    site = join(build.dir, 'site');
    exporter = await openSiteExport({
      siteDir: site,
      siteUrl: SITE_URL,
      distDir: build.dist,
      ssrDir: build.ssr,
    });
  });

  it('writes the list, every section, every article, the 404 page and the feed', async () => {
    const report = await exporter.write(feedOf(ARTICLES));
    expect(await list(site)).toEqual(['404.html', 'feed.json', 'index.html', 'news', 'section']);
    expect(await list(join(site, 'news'))).toEqual(['a', 'b', 'c'].map(keyOf).sort());
    expect(await list(join(site, 'section'))).toEqual([ANNOUNCEMENTS, BUDGET, NEWS].sort());
    expect(await list(join(site, 'news', keyOf('a')))).toEqual(['index.html']);
    expect(report).toMatchObject({ pages: 8, written: 9, unchanged: 0, removed: 0 });
    const section = await readFile(join(site, 'section', NEWS, 'index.html'), 'utf8');
    expect(section).toContain(`<main data-section="${NEWS}">${keyOf('a')} ${keyOf('b')}</main>`);
    expect(await readFile(join(site, '404.html'), 'utf8')).toContain('<p>gone</p>');
    expect(await readFile(join(site, 'feed.json'), 'utf8')).toBe(createJsonFeed(ARTICLES));
  });

  it('names the site’s own address in canonical links and previews', async () => {
    await exporter.write(feedOf(ARTICLES));
    const $list = load(await readFile(join(site, 'index.html'), 'utf8'));
    expect($list('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/`);
    expect($list('meta[property="og:image"]').attr('content')).toBe(`${SITE_URL}/og-card.png`);
    const $article = load(await readFile(join(site, 'news', keyOf('c'), 'index.html'), 'utf8'));
    expect($article('meta[property="og:url"]').attr('content')).toBe(
      `${SITE_URL}/news/${keyOf('c')}`,
    );
    expect($article('meta[property="og:title"]').attr('content')).toBe('Бюджет участі');
    expect($article('#app').attr('data-first-screen')).toBe(`/news/${keyOf('c')}`);
  });

  it('writes articles before the pages that link to them, and the feed after them all', async () => {
    await exporter.write(feedOf(ARTICLES));
    const articles = await Promise.all(
      ['a', 'b', 'c'].map((id) => mtimeOf(join(site, 'news', keyOf(id), 'index.html'))),
    );
    const sections = await mtimeOf(join(site, 'section', NEWS, 'index.html'));
    const listed = await mtimeOf(join(site, 'index.html'));
    expect(Math.max(...articles)).toBeLessThanOrEqual(sections);
    expect(sections).toBeLessThanOrEqual(listed);
    expect(listed).toBeLessThanOrEqual(await mtimeOf(join(site, 'feed.json')));
  });

  it('removes the pages of an article and a section gone from the feed, nothing else', async () => {
    await exporter.write(feedOf(ARTICLES));
    await writeFile(join(site, 'news', 'notes.txt'), 'someone else’s');
    await mkdir(join(site, 'section', 'Drafts'));
    const report = await exporter.write(feedOf(ARTICLES.filter((a) => a.id !== 'c')));
    expect(await list(join(site, 'news'))).toEqual([...['a', 'b'].map(keyOf), 'notes.txt'].sort());
    expect(await list(join(site, 'section'))).toEqual(['Drafts', ANNOUNCEMENTS, NEWS].sort());
    expect(report.removed).toBe(2);
  });

  it('leaves the pages that have not changed as they were, dates included', async () => {
    await exporter.write(feedOf(ARTICLES));
    const page = join(site, 'news', keyOf('a'), 'index.html');
    const past = new Date('2026-01-01T00:00:00Z');
    await utimes(page, past, past);
    const report = await exporter.write(feedOf(ARTICLES));
    expect(report).toMatchObject({ written: 0, unchanged: 9, removed: 0 });
    expect(await mtimeOf(page)).toBe(past.getTime());
  });

  it('writes RSS and Atom as feed.xml, and drops the feed.json of an earlier JSON Feed', async () => {
    await exporter.write(feedOf(ARTICLES));
    const rss = await readFile(new URL('../../../../mocks/feeds/rss2.xml', import.meta.url));
    const report = await exporter.write(toSiteFeed(rss, null, SITE_URL));
    expect(report.feedFile).toBe('feed.xml');
    expect((await list(site)).filter((name) => name.startsWith('feed'))).toEqual(['feed.xml']);
  });

  it('gives no folder to a section whose name has nothing to romanise', async () => {
    await exporter.write(feedOf([{ id: 'x', title: 'Тест', tags: ['..', '/', 'Новини'] }]));
    expect(await list(join(site, 'section'))).toEqual([NEWS]);
    expect(await readFile(join(site, 'index.html'), 'utf8')).toContain('<main data-section="">');
  });

  it('leaves no temporary file behind', async () => {
    await exporter.write(feedOf(ARTICLES));
    await exporter.write(feedOf(ARTICLES.slice(1)));
    expect(
      (await listFilesUnder(site)).filter((name) => !/^(index|404)\.html$/.test(name)),
    ).toEqual(['feed.json']);
  });

  it('refuses to write into the app’s build, whose index.html the worker precaches', async () => {
    const open = (siteDir: string) =>
      openSiteExport({ siteDir, siteUrl: SITE_URL, distDir: build.dist, ssrDir: build.ssr });
    await expect(open(build.dist)).rejects.toThrow(SiteExportError);
    await mkdir(join(build.dir, 'copy'));
    await writeFile(join(build.dir, 'copy', 'sw.js'), '');
    await expect(open(join(build.dir, 'copy'))).rejects.toThrow(/holds the app's build/);
  });

  it('asks for a build when the shell or the renderer is missing', async () => {
    const open = (distDir: string, ssrDir: string) =>
      openSiteExport({ siteDir: site, siteUrl: SITE_URL, distDir, ssrDir });
    await expect(open(join(build.dir, 'none'), build.ssr)).rejects.toThrow(
      /no built app at .*index\.html: run npm run build/,
    );
    await expect(open(build.dist, join(build.dir, 'none'))).rejects.toThrow(
      /no page renderer at .*render-pages\.js: run npm run build/,
    );
  });
});
