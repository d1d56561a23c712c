import { collapseWhitespace } from '../core/text';

const EMAIL = /^(?:mailto:)?[^\s@<>()]+@[^\s@<>()]+$/i;

/**
 * The person's name from an author field, without an e-mail address: `news@rada.example
 * (Пресслужба)` and `Пресслужба <news@rada.example>` give `Пресслужба`; a bare address gives null.
 */
export function cleanAuthorName(raw: string): string | null {
  let name = collapseWhitespace(raw);
  const open = name.endsWith(')')
    ? name.lastIndexOf('(')
    : name.endsWith('>')
      ? name.lastIndexOf('<')
      : -1;
  if (name.endsWith(')') && open > 0 && EMAIL.test(name.slice(0, open).trim())) {
    name = name.slice(open + 1, -1).trim();
  } else if (name.endsWith('>') && open !== -1 && EMAIL.test(name.slice(open + 1, -1).trim())) {
    name = name
      .slice(0, open)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return name === '' || EMAIL.test(name) ? null : name;
}
