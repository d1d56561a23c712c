import { describe, expect, it } from 'vitest';
import { renderContentHtml } from '../../../src/portal-bridge/render-content-html';

const image = (n: number, inBody = false) => ({
  url: `https://p.example/${n}.jpg`,
  alt: `Фото "${n}" <`,
  inBody,
});

describe('renderContentHtml', () => {
  it('puts the lead photo before the body and the rest of the gallery after it, escaping alt text', () => {
    const html = renderContentHtml({
      bodyHtml: '<p>Текст</p>',
      images: [image(1), image(2)],
      attachments: [],
    });
    expect(html).toBe(
      '<figure><img src="https://p.example/1.jpg" alt="Фото &quot;1&quot; &lt;"></figure>\n<p>Текст</p>\n' +
        '<div><figure><img src="https://p.example/2.jpg" alt="Фото &quot;2&quot; &lt;"></figure></div>',
    );
  });

  it('adds nothing for photos the body already shows', () => {
    const html = renderContentHtml({
      bodyHtml: '<p>Текст</p>',
      images: [image(1, true), image(2, true)],
      attachments: [],
    });
    expect(html).toBe('<p>Текст</p>');
  });

  it('prints the size of a large document in megabytes', () => {
    const html = renderContentHtml({
      bodyHtml: '',
      images: [],
      attachments: [
        {
          url: 'https://p.example/a.pdf',
          title: 'A',
          mimeType: 'application/pdf',
          sizeInBytes: 1258291,
          inBody: false,
        },
      ],
    });
    expect(html).toContain('(PDF, 1,2 МБ)');
  });
});
