import { describe, expect, it } from 'vitest';
import { formatKyivIso, formatRfc822 } from '../../../mocks/demo-dates';
import { escapeXml, wrapCdata } from '../../../mocks/demo-xml';
import { readRss } from './read-rss';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
  });
});

describe('wrapCdata', () => {
  it('splits ]]> across sections so the text survives a round trip', () => {
    const html = '<p>Масив a[b[0]]> і ще ]]> та ]]]]></p>';
    const xml = `<rss><channel><item><x>${wrapCdata(html)}</x></item></channel></rss>`;
    expect(readRss(xml).items[0]!.fields.x).toEqual([html]);
  });
});

describe('formatRfc822', () => {
  it('keeps the offset the time was written with', () => {
    expect(formatRfc822('2026-11-12T00:30:00+02:00')).toBe('Thu, 12 Nov 2026 00:30:00 +0200');
    expect(formatRfc822('2018-03-30T14:25:00+03:00')).toBe('Fri, 30 Mar 2018 14:25:00 +0300');
  });
});

describe('formatKyivIso', () => {
  it('switches from +03:00 to +02:00 at 04:00 summer time on the last Sunday of October', () => {
    expect(formatKyivIso(Date.parse('2026-10-25T00:59:59Z'))).toBe('2026-10-25T03:59:59+03:00');
    expect(formatKyivIso(Date.parse('2026-10-25T01:00:00Z'))).toBe('2026-10-25T03:00:00+02:00');
  });

  it('drops milliseconds, so RFC 822 and ISO forms of a release agree', () => {
    expect(formatKyivIso(Date.parse('2026-11-27T07:05:00.999Z'))).toBe('2026-11-27T09:05:00+02:00');
  });
});
