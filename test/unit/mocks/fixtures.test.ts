import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatKyivIso } from '../../../mocks/demo-dates';
import { DEMO_ARTICLES } from '../../../mocks/fixtures/articles';
import { DECISION_PDF, FORM_DOCX } from '../../../mocks/fixtures/documents';
import { PHOTO_SPECS } from '../../../mocks/fixtures/photo-catalog';
import { UPCOMING_ARTICLES } from '../../../mocks/fixtures/upcoming';

const PHOTOS = new URL('../../../mocks/fixtures/photos/', import.meta.url);
const DOCUMENTS = new URL('../../../mocks/fixtures/documents/', import.meta.url);
const ALL = [...DEMO_ARTICLES, ...UPCOMING_ARTICLES];

const textOf = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, '\u00a0');

// The frame header (SOF0–SOF2) of a JPEG holds its height and width.
function readJpegSize(bytes: Buffer): { width: number; height: number } {
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes[offset + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  throw new Error('No JPEG frame header');
}

describe('demo articles', () => {
  it('has at least 46 published articles and 8 upcoming ones, all with unique ids', () => {
    expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(46);
    expect(UPCOMING_ARTICLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ALL.map((a) => a.id)).size).toBe(ALL.length);
    for (const a of ALL) expect(a.id).toMatch(/^demo-\d{4}$/);
  });

  it('includes the portal seed article word for word on its real date', () => {
    const seed = DEMO_ARTICLES.find((a) => a.title.includes('вчилися контактування'));
    expect(seed?.title).toBe('Активісти «Нашого краю» вчилися контактування з виборцями');
    expect(seed?.category).toBe('Новини');
    expect(seed?.publishedAt.slice(0, 10)).toBe('2018-03-30');
    expect(seed?.bodyHtml).toContain(
      '«Партія «Наш край» в Україні має вагомий вплив. За два з половиною роки вона тримає результат, працює в усіх областях.',
    );
    expect(seed?.bodyHtml.endsWith('<p>Прес-служба обласної організації ПП «Наш край»</p>')).toBe(
      true,
    );
    expect(seed?.bodyHtml.match(/<p>/g)).toHaveLength(7);
  });

  it('stamps every time with the Kyiv offset of its day', () => {
    for (const a of DEMO_ARTICLES) {
      expect(formatKyivIso(Date.parse(a.publishedAt))).toBe(a.publishedAt);
      if (a.updatedAt) expect(formatKyivIso(Date.parse(a.updatedAt))).toBe(a.updatedAt);
    }
  });

  it('covers the date traps: 00:30 Kyiv time, the DST night and a later update', () => {
    const times = DEMO_ARTICLES.map((a) => a.publishedAt);
    expect(times.some((t) => t.includes('T00:30:00'))).toBe(true);
    expect(times.filter((t) => t.startsWith('2026-10-25T03:30:00'))).toHaveLength(2);
    const updated = DEMO_ARTICLES.filter((a) => a.updatedAt);
    expect(updated.length).toBeGreaterThan(0);
    for (const a of updated)
      expect(Date.parse(a.updatedAt!)).toBeGreaterThan(Date.parse(a.publishedAt));
  });

  it('spans about six weeks ending 26 November 2026, with fewer items at weekends', () => {
    const recent = DEMO_ARTICLES.filter((a) => a.publishedAt >= '2026-10-15');
    expect(recent.length).toBeGreaterThanOrEqual(44);
    expect(DEMO_ARTICLES.every((a) => a.publishedAt < '2026-11-27')).toBe(true);
    const weekend = recent.filter((a) =>
      [0, 6].includes(new Date(a.publishedAt.slice(0, 10)).getUTCDay()),
    );
    expect(weekend.length).toBeLessThan(recent.length / 5);
  });

  it('uses the portal’s own section names as categories', () => {
    const categories = new Set(DEMO_ARTICLES.map((a) => a.category));
    for (const name of [
      'Новини',
      'Анонси та оголошення',
      'Комунальні повідомлення',
      'Документи',
      'Безпека',
      'Бюджет участі',
      'Місто легенд',
      'Онлайн трансляції',
    ] as const) {
      expect(categories).toContain(name);
    }
  });

  it('has realistic lengths: one title of about 250 characters and a long read of about 6,000', () => {
    expect(DEMO_ARTICLES.some((a) => a.title.length >= 230 && a.title.length <= 280)).toBe(true);
    const longest = Math.max(...DEMO_ARTICLES.map((a) => textOf(a.bodyHtml).length));
    expect(longest).toBeGreaterThan(5500);
    for (const a of DEMO_ARTICLES.filter((x) => x.category === 'Новини')) {
      expect(textOf(a.bodyHtml).length).toBeGreaterThanOrEqual(500);
      expect(textOf(a.bodyHtml).length).toBeLessThanOrEqual(2500);
    }
  });

  it('ends every body with its signature paragraph', () => {
    for (const a of ALL) {
      expect(a.bodyHtml.endsWith(`<p>${a.signature.split('\n').join('<br>')}</p>`)).toBe(true);
    }
  });

  it('carries the cases later features rely on: an English paragraph, вул. Магістратська, a table', () => {
    const bodies = DEMO_ARTICLES.map((a) => a.bodyHtml);
    expect(bodies.some((b) => b.includes('<p lang="en">'))).toBe(true);
    expect(bodies.some((b) => b.includes('вул. Магістратська'))).toBe(true);
    expect(DEMO_ARTICLES.find((a) => a.title.includes('пунктів незламності'))?.bodyHtml).toMatch(
      /<table>[\s\S]*(<tr>[\s\S]*){11}<\/table>/,
    );
  });

  it('links only to demo articles that exist', () => {
    const ids = new Set(ALL.map((a) => a.id));
    for (const a of ALL) {
      for (const [, id] of a.bodyHtml.matchAll(/href="\/demo-portal\/news\/([^"]+)"/g)) {
        expect(ids).toContain(id);
      }
    }
  });

  it('mixes photos like the portal: most with a lead image, a quarter with a gallery, some with none', () => {
    const share = (n: number) => n / DEMO_ARTICLES.length;
    const counts = DEMO_ARTICLES.map((a) => a.images.length);
    expect(share(counts.filter((n) => n === 1).length)).toBeGreaterThan(0.45);
    expect(share(counts.filter((n) => n > 1).length)).toBeGreaterThan(0.18);
    expect(share(counts.filter((n) => n === 0).length)).toBeGreaterThan(0.1);
  });
});

describe('demo media', () => {
  it('has a real JPEG of the stated size and a Ukrainian alt for every image used', () => {
    for (const image of ALL.flatMap((a) => a.images)) {
      const bytes = readFileSync(new URL(image.file, PHOTOS));
      expect(readJpegSize(bytes)).toEqual({ width: image.width, height: image.height });
      expect(image.alt).toMatch(/[а-яіїєґ]{3}/i);
    }
  });

  it('keeps every catalogued photo in use and all photos under 1.5 MB', () => {
    const files = readdirSync(PHOTOS);
    expect(files.sort()).toEqual(
      Object.keys(PHOTO_SPECS)
        .map((name) => `${name}.jpg`)
        .sort(),
    );
    const used = new Set(ALL.flatMap((a) => a.images.map((image) => image.file)));
    expect([...used].sort()).toEqual(files);
    const total = files.reduce((sum, file) => sum + statSync(new URL(file, PHOTOS)).size, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('quotes the real size of each attachment in its link text', () => {
    for (const doc of [DECISION_PDF, FORM_DOCX]) {
      const bytes = statSync(new URL(doc.file, DOCUMENTS)).size;
      expect(Math.abs(doc.kilobytes - bytes / 1024)).toBeLessThan(1);
      expect(doc.bytes).toBe(bytes);
      expect(DEMO_ARTICLES.some((a) => a.bodyHtml.includes(`/demo-media/${doc.file}`))).toBe(true);
    }
    const pdf = readFileSync(new URL(DECISION_PDF.file, DOCUMENTS));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const body = DEMO_ARTICLES.map((a) => a.bodyHtml).join('\n');
    expect(body).toContain(
      `Рішення № 41/VIII-1 від 20.11.2026 (PDF, ${DECISION_PDF.kilobytes} КБ)`,
    );
  });
});
