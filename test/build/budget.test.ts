import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BYTE_CEILINGS } from '../../bench/budgets';
import { measureBytes, sumSizes } from '../../bench/measure-bytes';

const DIST = join(import.meta.dirname, '../../dist');

// The same byte figures `npm run bench` prints, from the same code; timings stay in the bench.
describe('the byte budgets of the production build', () => {
  const bytes = measureBytes(DIST);

  it('loads at most 35 kB of gzipped JavaScript before the list renders', () => {
    expect(sumSizes(bytes.initial.js).gzip).toBeLessThanOrEqual(BYTE_CEILINGS.initialJsGzip);
  });

  it('counts the entry chunk, and leaves the registration (workbox-window) for after the render', () => {
    const files = bytes.initial.js.map((f) => f.file);
    const entry = /<script[^>]*\ssrc="\/(assets\/[^"]+\.js)"/.exec(
      readFileSync(join(DIST, 'index.html'), 'utf8'),
    );
    expect(files).toContain(entry?.[1]);
    expect(files.some((f) => /^assets\/workbox-window/.test(f))).toBe(false);
  });

  it('keeps the parser and the sanitizer out of the first load', () => {
    const files = bytes.initial.js.map((f) => f.file).join(' ');
    expect(files).not.toMatch(/refresh-worker|article-page/);
  });

  it('precaches at most 250 kB gzipped for offline use', () => {
    expect(bytes.precache.gzip).toBeLessThanOrEqual(BYTE_CEILINGS.precacheGzip);
  });
});
