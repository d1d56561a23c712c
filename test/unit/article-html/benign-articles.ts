/** Ordinary council article HTML and what the sanitizer must make of it (same when omitted). */
export interface BenignArticle {
  name: string;
  html: string;
  expected?: string;
}

const LINK_OUT = 'target="_blank" rel="noopener noreferrer"';

/** The markup council articles use, each expected to survive sanitizing unchanged in meaning. */
export const BENIGN_ARTICLES: BenignArticle[] = [
  {
    name: 'headings and inline emphasis',
    html: '<h2>Порядок денний</h2><h3>Питання бюджету</h3><p>Сесія <strong>розпочалася</strong> о <em>10:00</em>.</p>',
  },
  {
    name: 'nested and numbered lists',
    html: '<ul><li>Бюджет</li><li>Укриття <ul><li>вул. Шевченка, 5</li></ul></li></ul><ol start="3"><li>Третє</li></ol>',
  },
  {
    name: 'a table with caption, header cells and spans',
    html: '<table><caption>Графік</caption><thead><tr><th scope="col">Вулиця</th><th colspan="2">Час</th></tr></thead><tbody><tr><td>Магістратська</td><td>9:00</td><td rowspan="2">18:00</td></tr></tbody></table>',
  },
  {
    name: 'a figure with a photo and its caption',
    html: '<figure><img src="https://rada.example/a.jpg" alt="Зала сесій" width="800" height="600"><figcaption>Фото: прес-служба</figcaption></figure>',
    expected:
      '<figure><img src="https://rada.example/a.jpg" alt="Зала сесій" width="800" height="600" loading="lazy" decoding="async"><figcaption>Фото: прес-служба</figcaption></figure>',
  },
  {
    name: 'links to the portal, a document, an anchor, mail and phone',
    html: '<p><a href="https://chernigiv-rada.gov.ua/news/id-1/">Рішення № 41</a>, <a href="/docs/r41.pdf">PDF</a>, <a href="#top">вгору</a>, <a href="mailto:rada@example.com">пошта</a>, <a href="tel:+380462000000">телефон</a></p>',
    expected: `<p><a href="https://chernigiv-rada.gov.ua/news/id-1/" ${LINK_OUT}>Рішення № 41</a>, <a href="https://rada.example/docs/r41.pdf" ${LINK_OUT}>PDF</a>, <a href="#top">вгору</a>, <a href="mailto:rada@example.com" ${LINK_OUT}>пошта</a>, <a href="tel:+380462000000" ${LINK_OUT}>телефон</a></p>`,
  },
  {
    name: 'quotes, breaks, rules and small inline elements',
    html: '<blockquote><p>«Цитата»</p></blockquote><p>Рядок<br>другий</p><hr><p><sup>1</sup> <sub>2</sub> <abbr title="Чернігівська міська рада">ЧМР</abbr> <code>x</code> <mark>важливо</mark> <s>старе</s> <u>підкреслено</u></p><pre>  текст  </pre><dl><dt>Термін</dt><dd>Опис</dd></dl>',
  },
  {
    name: 'a relative photo, made absolute',
    html: '<img src="photos/1.jpg" alt="Сесія">',
    expected:
      '<img src="https://rada.example/news/id-5/photos/1.jpg" alt="Сесія" loading="lazy" decoding="async">',
  },
  {
    name: 'apostrophes, dashes and non-breaking spaces',
    html: "<p>Обʼєднання співвласників — 5&nbsp;000 грн; м’ята, п'ять</p>",
  },
];
