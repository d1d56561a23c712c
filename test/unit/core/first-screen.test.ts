import { describe, expect, it } from 'vitest';
import {
  isCaptureCurrent,
  fillShell,
  firstScreenFits,
  isListPath,
  type FirstScreenMeta,
} from '../../../src/core/first-screen';

const SHELL =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-abc.js">' +
  '</script></head><body><div id="app"></div><noscript>JS</noscript></body></html>';
const META: FirstScreenMeta = {
  path: '/',
  language: 'uk',
  entry: '/assets/index-abc.js',
  textSize: '2',
  theme: '',
  capturedAt: 1_800_000_000_000,
};
const LIST = '<main><ul class="news-list"><li>Новина</li></ul></main>';

describe('isListPath', () => {
  it('knows the list and its sections, and nothing else', () => {
    expect(isListPath('/')).toBe(true);
    expect(isListPath('/section/anonsy')).toBe(true);
    expect(isListPath('/section/%D0%BA%D1%83%D0%BB%D1%8C%D1%82%D1%83%D1%80%D0%B0/')).toBe(true);
    for (const path of [
      '/news/abc',
      '/settings',
      '/saved',
      '/search',
      '/section/',
      '/section/a/b',
    ]) {
      expect(isListPath(path)).toBe(false);
    }
  });
});

describe('firstScreenFits', () => {
  it('fills the same list, and the start URL with whatever list was kept', () => {
    expect(firstScreenFits('/', '/')).toBe(true);
    expect(firstScreenFits('/section/a', '/section/a')).toBe(true);
    expect(firstScreenFits('/', '/section/a')).toBe(true);
  });

  it('never fills another section or another screen', () => {
    expect(firstScreenFits('/section/b', '/section/a')).toBe(false);
    expect(firstScreenFits('/section/a', '/')).toBe(false);
    expect(firstScreenFits('/news/abc', '/')).toBe(false);
    expect(firstScreenFits('/settings', '/')).toBe(false);
  });
});

describe('fillShell', () => {
  it('puts the HTML into the empty #app, inert and labelled, and leaves the rest alone', () => {
    const filled = fillShell(SHELL, LIST, META);
    expect(filled).toBe(
      SHELL.replace('<html>', '<html lang="uk" data-text-size="2">').replace(
        '<div id="app"></div>',
        `<div id="app" inert data-first-screen="/" data-first-screen-language="uk">${LIST}</div>`,
      ),
    );
  });

  it('paints in the captured language, text size and theme, and in nothing else', () => {
    const root = (meta: Partial<FirstScreenMeta>) =>
      /<html[^>]*>/.exec(fillShell(SHELL, LIST, { ...META, ...meta }) ?? '')?.[0];
    expect(root({ language: 'en', textSize: '4', theme: 'dark' })).toBe(
      '<html lang="en" data-text-size="4" data-theme="dark">',
    );
    expect(root({ textSize: '', theme: 'light' })).toBe('<html lang="uk" data-theme="light">');
    expect(root({ textSize: '4" onload="x', theme: 'sepia' })).toBe('<html lang="uk">');
  });

  it('marks a screen painted without network, so that its offline notice shows', () => {
    expect(fillShell(SHELL, LIST, META, true)).toContain(
      '<div id="app" inert data-first-screen="/" data-first-screen-language="uk" data-first-screen-offline>',
    );
  });

  it('escapes what it writes into attributes', () => {
    const filled = fillShell(SHELL, LIST, { ...META, path: '/section/"><script>x</script>' });
    expect(filled).toContain(
      'data-first-screen="/section/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"',
    );
    expect(filled).not.toContain('"><script>');
  });

  it('refuses a capture of another build or a shell without an empty #app', () => {
    expect(fillShell(SHELL, LIST, { ...META, entry: '/assets/index-old.js' })).toBeNull();
    expect(fillShell(SHELL, LIST, { ...META, entry: '' })).toBeNull();
    expect(
      fillShell(SHELL.replace('<div id="app"></div>', '<main></main>'), LIST, META),
    ).toBeNull();
  });
});

describe('isCaptureCurrent', () => {
  it('uses a capture taken after the articles last changed, or when they never did', () => {
    expect(isCaptureCurrent(2_000, 1_000)).toBe(true);
    expect(isCaptureCurrent(2_000, null)).toBe(true);
  });

  it('refuses a capture read before a change and written after it, or without a time', () => {
    expect(isCaptureCurrent(1_000, 2_000)).toBe(false);
    expect(isCaptureCurrent(2_000, 2_000)).toBe(false);
    expect(isCaptureCurrent(Number.NaN, null)).toBe(false);
  });
});
