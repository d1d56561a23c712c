import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse';
import { atom, jsonFeed, rss } from './samples';

const BASE = { url: 'https://rada.example/feed' };
const rssAttachments = (enclosures: string) =>
  parseFeed(rss(`<item><title>x</title>${enclosures}</item>`), BASE).articles[0]?.attachments;

describe('the attachments of an article', () => {
  it('are null when an item has no file but its image', () => {
    expect(rssAttachments('<enclosure url="/p.jpg" type="image/jpeg" length="5"/>')).toBeNull();
  });

  it('leave out images by their extension when the type says nothing', () => {
    expect(
      rssAttachments('<enclosure url="/p.PNG" length="5"/><enclosure url="/q.jpg"/>'),
    ).toBeNull();
  });

  it('have no size when the feed writes 0, nothing or no number', () => {
    const attachments = rssAttachments(
      '<enclosure url="/a.pdf" length="0"/><enclosure url="/b.pdf"/><enclosure url="/c.pdf" length="12 KB"/>',
    );
    expect(attachments?.map((a) => a.sizeBytes)).toEqual([null, null, null]);
  });

  it('take the type from the extension when the feed gives none or octet-stream', () => {
    const attachments = rssAttachments(
      '<enclosure url="/a.docx" type="application/octet-stream"/><enclosure url="/b.xls"/><enclosure url="/c.zip"/>',
    );
    expect(attachments?.map((a) => a.mimeType)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      '',
    ]);
  });

  it('are named by their decoded file name when the feed gives no title', () => {
    const [attachment] = rssAttachments(
      '<enclosure url="/files/%D0%BF%D0%BE%D1%80%D1%8F%D0%B4%D0%BE%D0%BA.pdf?v=2"/>',
    )!;
    expect(attachment?.title).toBe('порядок.pdf');
    expect(attachment?.url).toBe(
      'https://rada.example/files/%D0%BF%D0%BE%D1%80%D1%8F%D0%B4%D0%BE%D0%BA.pdf?v=2',
    );
  });

  it('keep only web addresses, each once', () => {
    const attachments = rssAttachments(
      [
        '<enclosure url="javascript:alert(1)" type="application/pdf"/>',
        '<enclosure url="data:application/pdf;base64,JVBERi0=" type="application/pdf"/>',
        '<enclosure url="ftp://rada.example/a.pdf" type="application/pdf"/>',
        '<enclosure url="/a.pdf" type="application/pdf" title="Перше"/>',
        '<enclosure url="https://rada.example/a.pdf" type="application/pdf" title="Друге"/>',
      ].join(''),
    );
    expect(attachments).toEqual([
      {
        url: 'https://rada.example/a.pdf',
        title: 'Перше',
        mimeType: 'application/pdf',
        sizeBytes: null,
      },
    ]);
  });

  it('are at most 30 per article, however many a feed lists', () => {
    const many = Array.from({ length: 40 }, (_, i) => `<enclosure url="/${i}.pdf"/>`).join('');
    expect(rssAttachments(many)).toHaveLength(30);
  });

  it('read an Atom enclosure link with its title and length', () => {
    const [article] = parseFeed(
      atom(`<entry><id>e1</id><title>t</title>
        <link rel="enclosure" type="application/rtf" length="2048" title="Порядок денний" href="/p.rtf"/>
        <link rel="related" href="/q.pdf"/></entry>`),
      BASE,
    ).articles;
    expect(article?.attachments).toEqual([
      {
        url: 'https://rada.example/p.rtf',
        title: 'Порядок денний',
        mimeType: 'application/rtf',
        sizeBytes: 2048,
      },
    ]);
  });

  it('read a JSON Feed attachment’s size_in_bytes only when it is a whole positive number', () => {
    const [article] = parseFeed(
      jsonFeed([
        {
          id: '1',
          title: 'x',
          attachments: [
            {
              url: '/a.odt',
              mime_type: 'application/vnd.oasis.opendocument.text',
              size_in_bytes: 3000,
            },
            { url: '/b.pdf', mime_type: 'application/pdf', size_in_bytes: '3000' },
            { url: '/c.pdf', mime_type: 'application/pdf', size_in_bytes: -1 },
            { url: '/d.pdf', size_in_bytes: 1.5 },
          ],
        },
      ]),
      BASE,
    ).articles;
    expect(article?.attachments?.map((a) => [a.title, a.sizeBytes])).toEqual([
      ['a.odt', 3000],
      ['b.pdf', 3000],
      ['c.pdf', null],
      ['d.pdf', null],
    ]);
  });
});
