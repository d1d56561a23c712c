import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the production build', () => {
  it('has a service worker and a web manifest', () => {
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
    const manifest = JSON.parse(readDist('manifest.webmanifest'));
    expect(manifest.lang).toBe('uk');
    expect(manifest.display).toBe('standalone');
  });

  it('precaches the shell but not the service worker itself', () => {
    const sw = readDist('sw.js');
    expect(sw).toMatch(/"index\.html"|url:"index\.html"|'index\.html'/);
    expect(sw).not.toMatch(/url:\s*"sw\.js"/);
  });

  it('links the manifest from the shell', () => {
    expect(readDist('index.html')).toContain('rel="manifest"');
  });

  it('ships no demo backend, fixtures or MSW code', () => {
    for (const file of listFiles(DIST).filter((f) => /\.(js|html|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('demo-0001');
      expect(text, file).not.toContain('mswjs');
      expect(text, file).not.toContain('__demo/');
    }
  });

  it('has no inline scripts, which the Content-Security-Policy forbids', () => {
    const html = readDist('index.html');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') && (body ?? '').trim() !== '',
    );
    expect(inline).toEqual([]);
  });
});
