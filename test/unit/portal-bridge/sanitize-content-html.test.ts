import { describe, expect, it } from 'vitest';
import { sanitizeContentHtml } from '../../../src/portal-bridge/sanitize-content-html';
import { BENIGN_ARTICLES } from '../article-html/benign-articles';
import { XSS_VECTORS } from '../article-html/xss-vectors';
import { findHarm, reparse } from './find-harm';

const BASE = 'https://rada.example/news/id-5/';

describe('sanitizeContentHtml on the app sanitizer’s XSS vectors', () => {
  it.each(XSS_VECTORS.map((vector) => [`${vector.group}: ${vector.name}`, vector.html]))(
    'makes %s harmless',
    (_name, html) => {
      const once = sanitizeContentHtml(html, BASE);
      expect(findHarm(once)).toEqual([]);
      // Mutation XSS shows only once the output is parsed and serialized again.
      expect(findHarm(reparse(once))).toEqual([]);
      expect(findHarm(sanitizeContentHtml(reparse(once), BASE))).toEqual([]);
    },
  );
});

describe('sanitizeContentHtml on ordinary articles', () => {
  // The app adds link targets and lazy loading when it renders; the feed carries the markup only.
  const APP_ONLY =
    / (?:target="_blank" rel="noopener noreferrer"|loading="lazy" decoding="async")/g;

  it.each(BENIGN_ARTICLES.map((article) => [article.name, article]))(
    'keeps %s as the app would show it',
    (_name, article) => {
      const expected = (article.expected ?? article.html).replace(APP_ONLY, '');
      expect(sanitizeContentHtml(article.html, BASE)).toBe(expected);
    },
  );

  it('keeps text of unknown elements and drops the content of dangerous ones', () => {
    expect(
      sanitizeContentHtml(
        '<font color="red">Увага</font><form><p>Поле</p><select><option>1</option></select></form>' +
          '<noscript>Увімкніть JavaScript</noscript><!-- коментар --><p>Кінець</p>',
        BASE,
      ),
    ).toBe('Увага<p>Поле</p><p>Кінець</p>');
  });

  it('drops an image whose address is not a web address', () => {
    expect(
      sanitizeContentHtml('<p><img src="data:image/png;base64,AAAA" alt="x">Текст</p>', BASE),
    ).toBe('<p>Текст</p>');
  });
});
