import { describe, expect, it } from 'vitest';
import { cleanAuthorName } from '../../../src/feed/author';

describe('cleanAuthorName', () => {
  it.each([
    ['news@rada.example (Пресслужба)', 'Пресслужба'],
    ['Пресслужба <news@rada.example>', 'Пресслужба'],
    ['"Олена Дорошенко" <o.d@rada.example>', 'Олена Дорошенко'],
    ['  Петро   Ковальчук ', 'Петро Ковальчук'],
    ['Відділ (управління) освіти', 'Відділ (управління) освіти'],
  ])('reads %j as %j', (raw, name) => {
    expect(cleanAuthorName(raw)).toBe(name);
  });

  it.each([['news@rada.example'], ['mailto:news@rada.example'], ['   '], ['<a@b.c>']])(
    'gives null for %j, which has no name',
    (raw) => {
      expect(cleanAuthorName(raw)).toBeNull();
    },
  );
});
