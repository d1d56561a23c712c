// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealLiveApp, takeAppRoot } from '../../../src/ui/first-screen';

function paint(attributes: string): HTMLElement {
  document.body.innerHTML = `<div id="app" ${attributes}><main id="main"><ul class="news-list"></ul></main></div>`;
  return document.getElementById('app')!;
}

afterEach(() => {
  revealLiveApp();
  vi.useRealTimers();
});

describe('takeAppRoot', () => {
  it('renders into the empty shell itself when nothing was painted', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const shown = document.getElementById('app')!;
    expect(takeAppRoot(shown, '/', 'uk')).toBe(shown);
  });

  it('keeps a fitting first screen on screen until the live app is revealed', () => {
    const shown = paint('inert data-first-screen="/" data-first-screen-language="uk"');
    const live = takeAppRoot(shown, '/', 'uk');
    expect(live).not.toBe(shown);
    expect(live.isConnected).toBe(false);
    expect(document.querySelector('.news-list')).not.toBeNull();

    revealLiveApp();
    expect(live.isConnected).toBe(true);
    expect(live.id).toBe('app');
    expect(document.querySelectorAll('#app')).toHaveLength(1);
    expect(document.querySelector('[inert], [data-first-screen]')).toBeNull();
    expect(document.querySelector('.news-list')).toBeNull();
  });

  it('drops at once a first screen of another list or another language', () => {
    for (const [path, language] of [
      ['/section/a', 'uk'],
      ['/', 'en'],
    ] as const) {
      const shown = paint('inert data-first-screen="/" data-first-screen-language="uk"');
      const live = takeAppRoot(shown, path, language);
      expect(live.isConnected).toBe(true);
      expect(document.querySelector('.news-list, [inert]')).toBeNull();
    }
  });

  it('shows the live app after five seconds even if the list never says it is ready', () => {
    vi.useFakeTimers();
    const shown = paint('inert data-first-screen="/" data-first-screen-language="uk"');
    const live = takeAppRoot(shown, '/', 'uk');
    vi.advanceTimersByTime(4_999);
    expect(live.isConnected).toBe(false);
    vi.advanceTimersByTime(1);
    expect(live.isConnected).toBe(true);
  });

  it('keeps the page the server sent until the app has the same to show, however long', () => {
    vi.useFakeTimers();
    const shown = paint('data-first-screen="/news/abc" data-first-screen-language="uk"');
    const live = takeAppRoot(shown, '/news/abc', 'uk');
    vi.advanceTimersByTime(60_000);
    expect(live.isConnected).toBe(false);
    expect(shown.isConnected).toBe(true);
    revealLiveApp();
    expect(live.isConnected).toBe(true);
  });
});
