import { describe, expect, it } from 'vitest';
import { MarkupError } from '../../../src/portal-bridge/bridge-errors';
import { extractListEntries } from '../../../src/portal-bridge/extract-list';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { readPortalFixture } from './fixture-portal';

const config = await loadPortalConfig();
const PORTAL = 'https://chernigiv-rada.gov.ua';

describe('extractListEntries', () => {
  it('reads title, canonical URL, date and summary of every article on a news page', () => {
    const entries = extractListEntries(
      readPortalFixture('news-page-1.html'),
      `${PORTAL}/news/`,
      config,
    );
    expect(entries.map((e) => e.url)).toEqual([
      `${PORTAL}/news/id-61250/`,
      `${PORTAL}/news/id-61237/`,
      `${PORTAL}/news/id-61244/`,
    ]);
    expect(entries[0]).toEqual({
      url: `${PORTAL}/news/id-61250/`,
      title: 'Виконком погодив одноразову допомогу родинам новонароджених',
      date: '2026-03-30T00:00:00+03:00',
      summary: 'Розмір допомоги становитиме 5 000 гривень на кожну дитину.',
    });
    expect(entries[1]!.date).toBe('2026-03-29T00:00:00+02:00');
  });

  it('leaves out items that link outside the portal', () => {
    const entries = extractListEntries(
      readPortalFixture('news-page-1.html'),
      `${PORTAL}/news/`,
      config,
    );
    expect(entries.map((e) => e.title)).not.toContain('Голосування за проєкти Бюджету участі');
  });

  it('keeps the older /news/view/NNNN form as its own canonical URL', () => {
    const page = `${PORTAL}/news/?page=2`;
    const entries = extractListEntries(readPortalFixture('news-page-2.html'), page, config);
    expect(entries.map((e) => [e.url, e.date])).toEqual([
      [`${PORTAL}/news/id-41720/`, '2018-03-30T00:00:00+03:00'],
      [`${PORTAL}/news/view/8415`, '2016-08-23T00:00:00+03:00'],
    ]);
  });

  it('gives an empty list for a list page without items (past the last page)', () => {
    const page = `${PORTAL}/news/?page=9`;
    expect(extractListEntries(readPortalFixture('news-page-empty.html'), page, config)).toEqual([]);
  });

  it('names the selector and the page when the list markup changed', () => {
    const read = () =>
      extractListEntries(readPortalFixture('news-page-1-changed.html'), `${PORTAL}/news/`, config);
    expect(read).toThrow(MarkupError);
    expect(read).toThrow(`selector ".listNews" found nothing on ${PORTAL}/news/`);
  });

  it('names the title selector when items no longer have titles', () => {
    const html = readPortalFixture('news-page-1.html').replaceAll('headLine', 'newsTitle');
    expect(() => extractListEntries(html, `${PORTAL}/news/`, config)).toThrow(
      '".itemListNews .headLine" found nothing',
    );
  });

  it('names the URL forms when no item links to an article any more', () => {
    const html = readPortalFixture('news-page-1.html').replaceAll('/news/id-', '/novyny/');
    expect(() => extractListEntries(html, `${PORTAL}/news/`, config)).toThrow(
      /"\.itemListNews a\[href\]" led to no article URL \(\^\/news\/id-/,
    );
  });
});
