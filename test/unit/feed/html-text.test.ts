import { describe, expect, it } from 'vitest';
import { hasMarkup, textToHtml } from '../../../src/feed/html-text';

describe('hasMarkup', () => {
  it.each([
    ['<p>абзац</p>', true],
    ['текст<br>далі', true],
    ['<!-- коментар -->', true],
    ['ціна < 5 і > 2', false],
    ['AT&amp;T', false],
    ['незакритий <b тег', false],
  ])('says %j has markup: %s', (html, expected) => {
    expect(hasMarkup(html)).toBe(expected);
  });
});

describe('textToHtml', () => {
  it('splits paragraphs at blank lines and turns single line breaks into <br>', () => {
    expect(textToHtml('Рядок один\r\nрядок два\n \nНовий абзац')).toBe(
      '<p>Рядок один<br>рядок два</p><p>Новий абзац</p>',
    );
  });

  it('escapes markup characters', () => {
    expect(textToHtml('5 < 7 & "так"')).toBe('<p>5 &lt; 7 &amp; &quot;так&quot;</p>');
  });

  it('gives nothing for blank text', () => {
    expect(textToHtml(' \n\n \t')).toBe('');
  });
});
