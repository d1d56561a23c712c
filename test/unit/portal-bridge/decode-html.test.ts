import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/portal-bridge/decode-html';

const CP1251 = Buffer.from(
  '<meta charset="windows-1251"><p>\xd7\xe5\xf0\xed\xb3\xe3\xb3\xe2</p>',
  'latin1',
);

describe('decodeHtml', () => {
  it('reads UTF-8 by default', () => {
    expect(decodeHtml(Buffer.from('<p>Чернігів</p>'), null)).toBe('<p>Чернігів</p>');
  });

  it('follows a <meta charset> when the header names none', () => {
    expect(decodeHtml(CP1251, 'text/html')).toContain('<p>Чернігів</p>');
  });

  it('lets the Content-Type charset win over the page', () => {
    expect(
      decodeHtml(
        Buffer.from('<meta charset="windows-1251"><p>Київ</p>'),
        'text/html; charset=utf-8',
      ),
    ).toContain('Київ');
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeHtml(Buffer.from('\ufeff<p>Київ</p>'), 'text/html; charset=windows-1251')).toBe(
      '<p>Київ</p>',
    );
  });

  it('skips a Content-Type charset it does not know and reads the page’s own', () => {
    expect(decodeHtml(CP1251, 'text/html; charset=x-unknown')).toContain('<p>Чернігів</p>');
  });

  it('follows a charset in a <meta http-equiv> Content-Type', () => {
    const page = Buffer.from(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>\xca\xe8\xbf\xe2</p>',
      'latin1',
    );
    expect(decodeHtml(page, null)).toContain('<p>Київ</p>');
  });
});
