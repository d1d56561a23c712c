import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/html-text';

describe('htmlToText', () => {
  it('strips tags, decodes entities once and collapses whitespace', () => {
    expect(htmlToText('<p>Ціна&nbsp;—  5&nbsp;₴ &amp;lt;b&amp;gt;</p>\n<p>далі</p>')).toBe(
      'Ціна\u00a0— 5\u00a0₴ &lt;b&gt; далі',
    );
  });

  it('keeps an escaped tag visible as text', () => {
    expect(htmlToText('&lt;b&gt;жирний&lt;/b&gt;')).toBe('<b>жирний</b>');
  });

  it('decodes every named and numeric entity HTML knows, not only the common ones', () => {
    expect(htmlToText('&laquo;Caf&eacute;&raquo; &#8470;&nbsp;5 &#x2116; &frac12; &rarr;')).toBe(
      '«Café» №\u00a05 № ½ →',
    );
  });

  it('leaves a word with an ampersand that names no entity as written', () => {
    expect(htmlToText('AT&T &amp; &bogus;')).toBe('AT&T & &bogus;');
  });
});
