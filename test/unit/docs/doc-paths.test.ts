import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
// Folders whose READMEs describe the code; dist, node_modules and the like hold none of ours.
const DOC_FOLDERS = ['src', 'test', 'mocks', 'bench', 'vite', 'docs'];
const ROOT_FOLDERS = /^(?:src|test|mocks|bench|vite|public|docs|\.ci)\//;
// Inside src/, a doc may name a path from the src folder: `core/urgency.ts`, `server/feed/`.
const SRC_FOLDERS = new Set(
  readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
);

function listDocs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listDocs(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [entry.name],
  );
}

/** The repository paths a doc names: backticked paths and relative Markdown links. */
function listNamedPaths(text: string): string[] {
  const ticked = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  const linked = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
  // Patterns (`demo-*.ts`, `portals/<city>.json`) name no single file.
  return [...ticked, ...linked].filter((path) => !/[*<>{}…]|^[a-z]+:/i.test(path));
}

/** Where a named path should be, or null when the name is not a repository path at all. */
function resolveNamed(doc: string, path: string): { paths: string[] } | null {
  const clean = path.replace(/[.,:;]$/, '').replace(/\\/g, '');
  const first = clean.split('/')[0]!;
  if (ROOT_FOLDERS.test(clean)) return { paths: [join(ROOT, clean)] };
  if (clean.includes('/') && SRC_FOLDERS.has(first)) {
    // From inside src/ a path may start at src (`core/…`) or at the doc's own folder (`feed/…`).
    return { paths: [join(ROOT, 'src', clean), join(dirname(doc), clean)] };
  }
  if (clean.startsWith('./') || clean.startsWith('../'))
    return { paths: [join(dirname(doc), clean)] };
  if (!clean.includes('/') && /\.(?:ts|tsx|md)$/.test(clean)) {
    // A bare file name: one in the doc's folder or below it, or at the root (`vite.config.ts`).
    const found = listFiles(dirname(doc)).includes(clean) || existsSync(join(ROOT, clean));
    return { paths: found ? [] : [join(dirname(doc), clean)] };
  }
  if (!clean.includes('/') && existsSync(join(dirname(doc), clean))) return { paths: [] };
  return null;
}

const DOCS = [
  join(ROOT, 'README.md'),
  ...DOC_FOLDERS.flatMap((folder) => listDocs(join(ROOT, folder))),
];

describe('the paths the docs name', () => {
  it('finds the docs', () => {
    expect(DOCS.map((doc) => relative(ROOT, doc))).toEqual(
      expect.arrayContaining(['README.md', 'docs/ARCHITECTURE.md', 'src/core/README.md']),
    );
  });

  it.each(DOCS.map((doc) => [relative(ROOT, doc), doc]))('exist for %s', (_name, doc) => {
    const missing = listNamedPaths(readFileSync(doc, 'utf8')).filter((path) => {
      const named = resolveNamed(doc, path);
      return named !== null && named.paths.length > 0 && !named.paths.some((p) => existsSync(p));
    });
    expect(missing).toEqual([]);
  });
});
