// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdBackImages } from '../../../src/article-html/hold-back-images';
import { toTrustedArticleHtml } from '../../../src/article-html/sanitize';

/** An article body on the page as the article screen puts it there with the data saver on. */
function showHeld(html: string): HTMLElement {
  const body = document.createElement('div');
  body.innerHTML = String(
    toTrustedArticleHtml(html, 'https://rada.example/news/id-5/', { holdImages: true }),
  );
  document.body.replaceChildren(body);
  holdBackImages(body, 'Показати фото', 'uk');
  return body;
}

describe('holdBackImages', () => {
  it('turns every held photo into a labelled button, so nothing downloads', () => {
    const body = showHeld('<p>Текст</p><img src="1.jpg" alt="Зала"><img src="2.jpg" alt="">');
    expect(body.querySelector('img')).toBeNull();
    const buttons = [...body.querySelectorAll('button')];
    expect(buttons.map((button) => [button.type, button.textContent, button.lang])).toEqual([
      ['button', 'Показати фото', 'uk'],
      ['button', 'Показати фото', 'uk'],
    ]);
    expect(body.querySelector('p')?.textContent).toBe('Текст');
  });

  it('puts the photo back with its address when its button is tapped, and only that one', () => {
    const body = showHeld('<img src="1.jpg" alt="Зала"><img src="2.jpg" alt="Сквер">');
    body.querySelector('button')!.click();
    const image = body.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('https://rada.example/news/id-5/1.jpg');
    expect(image.hasAttribute('data-held-src')).toBe(false);
    expect(image.alt).toBe('Зала');
    expect(body.querySelectorAll('button')).toHaveLength(1);
  });

  it('leaves a body without held photos as it is', () => {
    const body = document.createElement('div');
    body.innerHTML = String(toTrustedArticleHtml('<img src="https://rada.example/1.jpg" alt="">'));
    holdBackImages(body, 'Показати фото', 'uk');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://rada.example/1.jpg');
    expect(body.querySelector('button')).toBeNull();
  });
});
