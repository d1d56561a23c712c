import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  escapeHtml,
  findTagEnd,
  isTagStart,
  readTagName,
  stripTags,
  truncateAtWord,
} from '../../../src/core/text';

describe('collapseWhitespace', () => {
  it('turns runs of spaces, tabs and line breaks into one space and trims', () => {
    expect(collapseWhitespace('  Депутати\n\n ухвалили\t\tбюджет  ')).toBe(
      'Депутати ухвалили бюджет',
    );
  });

  it('keeps a lone no-break space, as in Ukrainian number grouping', () => {
    expect(collapseWhitespace('1\u00a0890\u00a0000 ₴')).toBe('1\u00a0890\u00a0000 ₴');
  });

  it('collapses a run that mixes no-break and ordinary spaces', () => {
    expect(collapseWhitespace('Новини\u00a0\u00a0 міста')).toBe('Новини міста');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('stripTags', () => {
  it('removes tags and keeps their text', () => {
    expect(stripTags('<b>Чер</b>нігів')).toBe('Чернігів');
  });

  it('separates the text of block elements with line breaks', () => {
    expect(collapseWhitespace(stripTags('<p>Перший</p><p>другий<br>рядок</p>'))).toBe(
      'Перший другий рядок',
    );
  });

  it('drops comments and the content of script and style elements', () => {
    expect(stripTags('a<!-- <b>x</b> --><script>alert("<p>")</script><style>p{}</style>b')).toBe(
      'ab',
    );
  });

  it('leaves entities for the caller to decode once', () => {
    expect(stripTags('<i>&lt;b&gt; &amp;</i>')).toBe('&lt;b&gt; &amp;');
  });

  it('keeps a "<" that does not start a tag', () => {
    expect(stripTags('1 < 2 and 3 <4')).toBe('1 < 2 and 3 <4');
  });

  it('keeps an unterminated tag as text', () => {
    expect(stripTags('Ціна <b для всіх')).toBe('Ціна <b для всіх');
  });

  it('is not fooled by a ">" inside a quoted attribute value', () => {
    expect(stripTags('<img alt="a > b">текст')).toBe('текст');
  });

  it('keeps ten megabytes of unterminated tags as text without rescanning them', () => {
    expect(stripTags('<a '.repeat(3_500_000)).length).toBe(10_500_000);
  });
});

describe('tag scanning helpers', () => {
  it('tells a tag start from a lone "<"', () => {
    expect(['<p', '</p', '<!--', '<?x', '< p', '<1', '<'].map((s) => isTagStart(s, 0))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('finds the end of a tag past quoted ">" characters', () => {
    const html = `<a title='x>y' href="a>b">`;
    expect(findTagEnd(html, 0)).toBe(html.length);
  });

  it('reports a tag that never closes', () => {
    expect(findTagEnd('<a href="x', 0)).toBe(-1);
  });

  it('reads the lower-cased name of start and end tags', () => {
    expect([
      readTagName('<IMG src=x>', 0),
      readTagName('</P>', 0),
      readTagName('<!-- -->', 0),
    ]).toEqual(['img', 'p', '']);
  });
});

describe('truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateAtWord('Коротко', 300)).toBe('Коротко');
  });

  it('cuts at the last word boundary and adds an ellipsis, within the limit', () => {
    expect(truncateAtWord('Сесія міської ради відбудеться у четвер', 20)).toBe(
      'Сесія міської ради…',
    );
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateAtWord('Вода, тепло, світло, газ', 14)).toBe('Вода, тепло…');
  });

  it('cuts inside a word that is longer than half the limit', () => {
    expect(truncateAtWord('а '.concat('б'.repeat(50)), 20)).toBe(`а ${'б'.repeat(17)}…`);
  });

  it('does not split a surrogate pair', () => {
    const result = truncateAtWord('x'.repeat(8) + '😀😀😀', 10);
    expect(result).toBe(`${'x'.repeat(8)}…`);
  });
});
