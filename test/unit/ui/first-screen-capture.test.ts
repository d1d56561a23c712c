// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatArticleDate } from '../../../src/core/format-date';
import { uk } from '../../../src/core/i18n/uk';
import { DEFAULT_PREFERENCES, type ReaderPreferences } from '../../../src/core/settings';
import { writeMirror } from '../../../src/data/preferences';
import { captureFirstScreen } from '../../../src/ui/first-screen-capture';
import { keepFirstScreen } from '../../../src/pwa/first-screen-cache';

vi.mock('../../../src/pwa/first-screen-cache', () => ({ keepFirstScreen: vi.fn() }));
const kept = vi.mocked(keepFirstScreen);

const DATE = '2026-11-26T14:00:00.000Z';
const card = (i: number) =>
  `<li class="card"><h2><a class="card__link" href="/news/k${i}">Новина ${i}</a></h2>` +
  `<p class="card__meta"><time datetime="${DATE}">5 хв тому</time></p>` +
  `<img class="card__thumb" src="/photo-${i}.jpg" alt="Фото ${i}" width="136" height="96"></li>`;

function renderList(extra = ''): void {
  document.documentElement.lang = 'uk';
  document.head.innerHTML = '<script type="module" src="/assets/index-abc.js"></script>';
  document.body.innerHTML =
    '<div id="app"><header><nav class="menu__panel">Меню</nav></header><main id="main">' +
    `<div aria-live="polite">${extra}<p class="feed-status">Перевірено о 14:05</p></div>` +
    '<div class="new-pill-bar"><button>1 нова новина</button></div>' +
    `<ol class="news-list">${Array.from({ length: 14 }, (_, i) => card(i)).join('')}</ol>` +
    '</main><div class="toast-region"><p class="toast">Збережено</p></div></div>';
}

const PREFERENCES: ReaderPreferences = { ...DEFAULT_PREFERENCES, textSize: 4, theme: 'dark' };

async function capture(): Promise<Document> {
  await captureFirstScreen(PREFERENCES);
  expect(kept).toHaveBeenCalledTimes(1);
  const [html] = kept.mock.calls[0]!;
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

beforeEach(() => {
  kept.mockReset();
  history.replaceState(null, '', '/');
  writeMirror({ preferences: PREFERENCES });
});

describe('captureFirstScreen', () => {
  it('keeps the list as it is on screen, for this path, language, look and build', async () => {
    renderList();
    document.documentElement.dataset.textSize = '4';
    document.documentElement.dataset.theme = 'dark';
    await captureFirstScreen(PREFERENCES);
    expect(kept).toHaveBeenCalledWith(expect.any(String), {
      path: '/',
      language: 'uk',
      entry: '/assets/index-abc.js',
      textSize: '4',
      theme: 'dark',
      capturedAt: expect.any(Number),
    });
  });

  it('keeps ten cards, photo frames without photos, and nothing that only makes sense live', async () => {
    renderList();
    const copy = await capture();
    const links = [...copy.querySelectorAll('.card__link')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(Array.from({ length: 10 }, (_, i) => `/news/k${i}`));
    expect(copy.querySelectorAll('img')).toHaveLength(0);
    expect(copy.querySelectorAll('span.card__thumb')).toHaveLength(10);
    expect(copy.querySelector('.toast, .new-pill-bar')).toBeNull();
    expect(copy.querySelector('.menu__panel')?.hasAttribute('hidden')).toBe(true);
    // The page itself is untouched.
    expect(document.querySelectorAll('.news-list img')).toHaveLength(14);
  });

  it('carries one offline notice, shown only when painted offline, whatever the network now', async () => {
    for (const extra of [
      '',
      `<p class="notice notice--offline" role="status">${uk.offlineBanner}</p>`,
    ]) {
      kept.mockReset();
      renderList(extra);
      const notices = (await capture()).querySelectorAll('.notice--offline');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.hasAttribute('data-offline-only')).toBe(true);
      expect(notices[0]!.textContent).toBe(uk.offlineBanner);
      expect(notices[0]!.nextElementSibling?.className).toBe('feed-status');
    }
  });

  it('keeps nothing on other screens or while a painted first screen is still up', async () => {
    renderList();
    history.replaceState(null, '', '/news/k1');
    await captureFirstScreen(PREFERENCES);
    history.replaceState(null, '', '/');
    document.getElementById('app')!.setAttribute('inert', '');
    await captureFirstScreen(PREFERENCES);
    expect(kept).not.toHaveBeenCalled();
  });

  it('keeps nothing when another tab has changed the preferences since this one rendered', async () => {
    renderList();
    writeMirror({ preferences: { ...PREFERENCES, language: 'en' } });
    await captureFirstScreen(PREFERENCES);
    expect(kept).not.toHaveBeenCalled();
  });

  it('says nothing that a later start would make untrue: dates, not «5 хв тому»; no check time', async () => {
    renderList();
    const copy = await capture();
    const times = [...copy.querySelectorAll('.card__meta time')].map((time) => time.textContent);
    expect(new Set(times)).toEqual(new Set([formatArticleDate(DATE, uk.locale)]));
    expect(copy.querySelector('.feed-status')?.textContent).toBe('\u00a0');
  });

  it('keeps an announced event’s day and time as the card shows them', async () => {
    renderList();
    document
      .querySelector('.card__meta')!
      .insertAdjacentHTML(
        'afterend',
        '<p class="event">Подія: <span lang="uk"><time datetime="2026-12-15">15 грудня, 10:00</time></span></p>',
      );
    const copy = await capture();
    expect(copy.querySelector('.event time')?.textContent).toBe('15 грудня, 10:00');
  });
});
