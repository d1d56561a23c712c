import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCityFile } from '../../../../src/server/city-file';
import { BUILD_CITY_FILE } from '../../../../src/server/ensure-build';

/** A built app and renderer small enough to read in a test: the pages show keys and slugs. */
export interface FakeBuild {
  dir: string;
  dist: string;
  ssr: string;
}

const SHELL = `<!doctype html>
<html lang="uk">
  <head>
    <meta charset="utf-8">
    <title>Вістки</title>
    <meta name="description" content="The shell">
  </head>
  <body><div id="app"></div><noscript>Увімкніть JavaScript</noscript></body>
</html>
`;

// What dist-ssr/render-pages.js exports, reduced to what tells the pages apart.
const RENDERER = `
export const renderListPage = (input) =>
  '<main data-section="' + (input.section ? input.section.slug : '') + '">' +
  input.articles.map((article) => article.key).join(' ') + '</main>';
export const renderArticlePage = (article) => '<article>' + article.key + '</article>';
export const renderMissingArticlePage = () => '<p>gone</p>';
`;

/** Writes the fake build into a new temporary folder, beside which the site can go. */
export async function createFakeBuild(): Promise<FakeBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'vistky-export-'));
  const build = { dir, dist: join(dir, 'dist'), ssr: join(dir, 'dist-ssr') };
  await mkdir(build.dist);
  await mkdir(build.ssr);
  await writeFile(join(build.dist, 'index.html'), SHELL);
  await writeFile(join(build.dist, 'sw.js'), '');
  await writeFile(join(build.ssr, 'render-pages.js'), RENDERER);
  await writeFile(join(build.ssr, BUILD_CITY_FILE), JSON.stringify({ file: findCityFile() }));
  return build;
}

/** A JSON Feed of these articles, each with its sections, newest first. */
export function createJsonFeed(items: { id: string; title: string; tags: string[] }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Новини',
    home_page_url: 'https://rada.example.gov.ua/',
    items: items.map((item, index) => ({
      id: `https://rada.example.gov.ua/news/${item.id}`,
      url: `https://rada.example.gov.ua/news/${item.id}`,
      title: item.title,
      content_html: `<p>${item.title}</p>`,
      date_published: new Date(Date.UTC(2026, 2, 30) - index * 3_600_000).toISOString(),
      tags: item.tags,
    })),
  });
}
