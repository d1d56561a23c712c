import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse';
import { readSample, rss } from './samples';

const first = (items: string) => parseFeed(rss(items)).articles[0];

describe('article normalisation', () => {
  it('cuts a long summary at a word boundary, within 300 characters, with an ellipsis', () => {
    const text = 'Депутати ухвалили рішення про ремонт водогонів. '.repeat(20);
    const summary =
      first(`<item><title>x</title><description>${text}</description></item>`)?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/[а-яіїєґ.]…$/i);
    expect(text.startsWith(summary.slice(0, -1))).toBe(true);
  });

  it('makes the summary plain text, without tags', () => {
    const summary = first(
      '<item><title>x</title><description><![CDATA[<p>Перший</p><p>другий <b>абзац</b></p>]]></description></item>',
    )?.summary;
    expect(summary).toBe('Перший другий абзац');
  });

  it('takes the summary from the body when there is no description', () => {
    const summary = first(
      '<item><title>x</title><content:encoded><![CDATA[<p>Лише повний текст</p>]]></content:encoded></item>',
    )?.summary;
    expect(summary).toBe('Лише повний текст');
  });

  it('uses the link as id when the item has no guid', () => {
    expect(first('<item><title>x</title><link>https://rada.example/n/7</link></item>')?.id).toBe(
      'https://rada.example/n/7',
    );
  });

  it('derives a stable id from title and date when there is neither guid nor link', () => {
    const item =
      '<item><title>Оголошення</title><pubDate>Fri, 27 Mar 2026 10:00:00 +0200</pubDate></item>';
    expect(first(item)?.id).toBe(first(item)?.id);
    expect(first(item)?.id).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(first(item)?.id).toMatchInlineSnapshot(`"hash:a8a41b858a407c3f"`);
  });

  it('gives items with the same title but different dates different ids', () => {
    const a = first(
      '<item><title>Графік</title><pubDate>Fri, 27 Mar 2026 10:00:00 GMT</pubDate></item>',
    );
    const b = first(
      '<item><title>Графік</title><pubDate>Sat, 28 Mar 2026 10:00:00 GMT</pubDate></item>',
    );
    expect(a?.id).not.toBe(b?.id);
  });

  it('gives untitled, undated items with different texts different ids', () => {
    const parsed = parseFeed(
      rss(
        '<item><description>Перший текст</description></item><item><description>Другий текст</description></item>',
      ),
    );
    expect(parsed.articles).toHaveLength(2);
  });

  it('keeps an item that has only body text', () => {
    expect(first('<item><description>Лише текст</description></item>')?.title).toBe('');
  });

  it('skips and counts items with no title, no link and no body text', () => {
    const parsed = parseFeed(readSample('all-unusable.xml'));
    expect(parsed.articles).toEqual([]);
    expect(parsed.skipped).toBe(3);
  });

  it('keeps one article per duplicate id, the later occurrence, and counts the others', () => {
    const parsed = parseFeed(readSample('duplicate-ids.xml'));
    expect(parsed.articles.map((article) => article.id)).toEqual(['demo-0008', 'demo-0007']);
    expect(parsed.articles[1]?.summary).toBe('Остаточна редакція.');
    expect(parsed.skipped).toBe(2);
  });

  it('leaves contentHtml empty when the item has no body', () => {
    expect(first('<item><title>Лише заголовок</title></item>')?.contentHtml).toBe('');
  });

  it('keeps the body as written when it links an attachment too', () => {
    const article = first(`<item><title>x</title>
      <description><![CDATA[<a href="https://rada.example/r.pdf">Рішення</a>]]></description>
      <enclosure url="https://rada.example/r.pdf" type="application/pdf"/></item>`);
    expect(article?.contentHtml).toBe('<a href="https://rada.example/r.pdf">Рішення</a>');
    expect(article?.attachments?.map((a) => a.url)).toEqual(['https://rada.example/r.pdf']);
  });
});
