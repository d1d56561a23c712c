import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const BARREL = join(import.meta.dirname, '../../../src/storage/index.ts');

describe('the storage barrel (src/storage/index.ts)', () => {
  // vite.config.ts tells the bundler this module has no side effects, so a statement of its
  // own would be dropped from the build without an error: only `export … from` may stand here.
  it('holds nothing but re-exports', () => {
    const source = readFileSync(BARREL, 'utf8');
    const { program, errors } = parseSync(BARREL, source, { lang: 'ts' });
    expect(errors).toEqual([]);
    const statements = program.body.filter(
      (statement) =>
        !(
          statement.type === 'ExportNamedDeclaration' &&
          statement.source &&
          !statement.declaration
        ) && statement.type !== 'ExportAllDeclaration',
    );
    expect(statements.map((statement) => source.slice(statement.start, statement.end))).toEqual([]);
  });
});
