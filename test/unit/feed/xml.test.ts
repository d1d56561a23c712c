import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../src/feed/xml';
import { NS } from '../../../src/feed/namespaces';

const child = (element: XmlElement | null | undefined, index: number): XmlElement | undefined => {
  const found = element?.children.filter((node) => typeof node !== 'string')[index];
  return typeof found === 'string' ? undefined : found;
};

describe('parseXml', () => {
  it('resolves declared namespaces and the default namespace', () => {
    const { root } = parseXml(
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/"><m:content/></feed>',
    );
    expect(root).toMatchObject({ local: 'feed', ns: NS.atom });
    expect(child(root, 0)).toMatchObject({ name: 'm:content', local: 'content', ns: NS.media });
  });

  it('maps a Media RSS namespace written without its trailing slash', () => {
    const { root } = parseXml(
      '<rss xmlns:media="http://search.yahoo.com/mrss"><media:thumbnail/></rss>',
    );
    expect(child(root, 0)?.ns).toBe(NS.media);
  });

  it('resolves xml:base against the parent base, starting from the document URL', () => {
    const { root } = parseXml(
      '<a xml:base="/news/"><b xml:base="2026/"><c/></b></a>',
      'https://rada.example/feed.xml',
    );
    expect(child(child(root, 0), 0)?.base).toBe('https://rada.example/news/2026/');
  });

  it('marks elements whose end tag came as complete and the rest as incomplete', () => {
    const { root, isBroken } = parseXml('<rss><item>a</item><item>b');
    expect(isBroken).toBe(true);
    expect([child(root, 0)?.complete, child(root, 1)?.complete]).toEqual([true, false]);
  });

  it('marks an element that encloses a mismatched end tag as incomplete', () => {
    const { root, firstError } = parseXml('<rss><item><title>x</item></rss>');
    expect(child(root, 0)?.complete).toBe(false);
    expect(firstError).toMatch(/unexpected close tag/);
  });

  it('merges text and CDATA into one text node', () => {
    const { root } = parseXml('<t>a &amp; <![CDATA[<b>]]> c</t>');
    expect(root?.children).toEqual(['a & <b> c']);
  });

  it('leaves references to DTD-declared entities unexpanded', () => {
    const { root } = parseXml('<!DOCTYPE t [<!ENTITY x "boom">]><t>&x;</t>');
    expect(root?.children).toEqual(['&x;']);
  });

  it('keeps a bare ampersand inside CDATA as it is', () => {
    const { root } = parseXml('<t><![CDATA[a & b &amp; c]]></t>');
    expect(root?.children).toEqual(['a & b &amp; c']);
  });

  it('ignores a second root element', () => {
    const { root } = parseXml('<a>1</a><b>2</b>');
    expect(root?.children).toEqual(['1']);
  });
});
