import { describe, expect, it } from 'vitest';
import { buildJsonFeed } from '../../../src/portal-bridge/build-json-feed';
import { extractArticle } from '../../../src/portal-bridge/extract-article';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { parseFeed } from '../../../src/feed/parse';

const config = await loadPortalConfig();
const PORTAL = 'https://chernigiv-rada.gov.ua';
const TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
};

const links = Object.keys(TYPES)
  .map(
    (ext) =>
      `<li><a href="/storage/files/dodatok.${ext}">Додаток (${ext.toUpperCase()}, 12 КБ)</a></li>`,
  )
  .join('');
const page = `<!DOCTYPE html><html lang="uk"><head><title>Рішення</title></head><body>
  <div class="date">28 березня 2026 р.</div><h1>Рішення виконкому № 112</h1>
  <div class="textContent"><p>Оприлюднено рішення та додатки до нього.</p>
  <ul>${links}<li><a href="/storage/files/plan.jpg">Схема</a></li><li><a href="/news/id-1/">Новина</a></li></ul>
  </div></body></html>`;

describe('the bridge’s documents read back as attachments', () => {
  it('gives each of pdf, doc, docx, xls, xlsx, odt and rtf with its type and size', () => {
    const article = extractArticle(page, `${PORTAL}/news/id-70001/`, config);
    const json = JSON.stringify(
      buildJsonFeed(
        [
          {
            article: { ...article, published: article.published! },
            sections: ['Документи'],
            summary: '',
          },
        ],
        {
          config,
          portalUrl: PORTAL,
        },
      ),
    );
    const [parsed] = parseFeed(json, { url: `${PORTAL}/feed.json` }).articles;
    expect(parsed?.attachments).toEqual(
      Object.entries(TYPES).map(([ext, mimeType]) => ({
        url: `${PORTAL}/storage/files/dodatok.${ext}`,
        title: 'Додаток',
        mimeType,
        sizeBytes: 12 * 1024,
      })),
    );
  });
});
