import { collapseWhitespace, stripTags } from '../core/text';

// The named entities that occur in news text; any other stays as written, harmless for search.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  shy: '\u00ad',
  numero: '№',
  copy: '©',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
  if (Number.isFinite(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  return NAMED[name?.toLowerCase() ?? ''] ?? whole;
}

/**
 * The readable text of an article body: tags gone, entities decoded, whitespace collapsed.
 * Search needs no DOM for this, so it runs in a worker; what is shown comes from this text.
 */
export function getHtmlText(html: string): string {
  return collapseWhitespace(stripTags(html).replace(ENTITY, decodeEntity));
}
