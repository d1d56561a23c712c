import { escapeXml } from './demo-xml';
import { MEDIA_PATH, PORTAL_PATH } from './fixtures/compose-body';
import type { DemoArticle } from './fixtures/demo-article';

const DATE_FORMAT = new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'Europe/Kyiv' });

/** Where the portal pages' stylesheet is served; a file, because the app's CSP forbids inline styles. */
export const PORTAL_STYLESHEET_PATH = '/demo-portal/style.css';

/** The stylesheet of the stand-in portal pages. */
export const PORTAL_STYLESHEET = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem;color:#222}
header{border-bottom:3px solid #1f5fbf;margin-bottom:1rem}img{max-width:100%;height:auto}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25rem .5rem}.date{color:#666}
`;

/** The stand-in for the portal's own article page, where «Читати на порталі» leads in the demo. */
export function renderPortalArticlePage(article: DemoArticle): string {
  const lead = article.images[0];
  // A gallery's first photo is already in the body; only a lone lead photo is shown above it.
  const leadFigure =
    lead && article.images.length === 1
      ? `<figure><img src="${MEDIA_PATH}${lead.file}" width="${lead.width}" height="${lead.height}" alt="${escapeXml(lead.alt)}"></figure>`
      : '';
  return renderPage(
    article.title,
    `<p class="date">${DATE_FORMAT.format(Date.parse(article.publishedAt))}</p>
<h1>${escapeXml(article.title)}</h1>
${leadFigure}
<div class="textContent">
${article.bodyHtml}
</div>
<p><a href="${PORTAL_PATH}">Усі новини</a></p>`,
  );
}

/** The stand-in for the portal's news listing, newest first. */
export function renderPortalIndexPage(articles: readonly DemoArticle[]): string {
  const items = [...articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map(
      (a) =>
        `<li><span class="date">${DATE_FORMAT.format(Date.parse(a.publishedAt))}</span> <a href="${PORTAL_PATH}${a.id}">${escapeXml(a.title)}</a></li>`,
    );
  return renderPage('Новини', `<h1>Новини</h1>\n<ul>\n${items.join('\n')}\n</ul>`);
}

/** The page shown for an article id the demo does not know. */
export function renderPortalNotFoundPage(): string {
  return renderPage(
    'Сторінку не знайдено',
    `<h1>Сторінку не знайдено</h1><p>Можливо, новину вже видалено. <a href="${PORTAL_PATH}">Усі новини</a></p>`,
  );
}

function renderPage(title: string, main: string): string {
  return `<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeXml(title)} — Чернігівська міська рада (демо)</title>
<link rel="stylesheet" href="${PORTAL_STYLESHEET_PATH}"></head>
<body><header><p><strong>Офіційний веб-портал Чернігівської міської ради</strong><br>
<small>Демонстраційна копія для застосунку «Вістки»</small></p></header>
<main>
${main}
</main></body></html>
`;
}
