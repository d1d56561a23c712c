import { render } from 'preact';
import { QueryClientProvider } from '@tanstack/preact-query';
import { App } from './app';
import { DATE_FORMAT_STEPS } from './core/format-date';
import { articleListQuery, articleQuery } from './data/articles';
import { subscribeToStorageStatus } from './data/database';
import { feedMetaQuery, getAppFeedUrl } from './data/feeds';
import { readPreferenceMirror } from './data/preferences';
import { createQueryClient } from './data/query-client';
import { getPageRefreshWorkerUrl, invalidateContent, preloadPageRefresh } from './data/refresh';
import { sectionsQuery } from './data/sections';
import { settingQuery } from './data/settings';
import { SETTING_KEYS } from './core/setting-keys';
import { captureInstallPrompt } from './pwa/install-events';
import { requestPersistentStorage } from './pwa/persistent-storage';
import { subscribeToContent } from './pwa/content-events';
import { allowWorkerUrls } from './pwa/trusted-worker-url';
import { applyPreferences } from './ui/apply-preferences';
import { takeAppRoot } from './ui/first-screen';
import { loadMessages } from './ui/hooks/use-language-messages';
import { yieldToMain } from './ui/yield-to-main';
import 'virtual:city-colours.css';
import './ui/styles.css';

allowWorkerUrls([getPageRefreshWorkerUrl()]);

// Theme, text size and language before the first render, so nothing flashes in the wrong look.
const { preferences, lastSection } = readPreferenceMirror();
applyPreferences(preferences);
// The app opens where the resident left the list: in their last section.
if (location.pathname === '/' && lastSection) {
  history.replaceState(history.state, '', `/section/${lastSection}${location.search}`);
}
const queryClient = createQueryClient();
// The list as the resident last saw it may already be painted; the app renders beside it.
const root = takeAppRoot(document.getElementById('app')!, location.pathname, preferences.language);

// Whoever stored content (this tab, another tab, the service worker), every open page re-reads it.
subscribeToContent(() => void invalidateContent(queryClient));
// Another tab or the worker upgraded the database: the page says so and offers a reload.
subscribeToStorageStatus(() => void queryClient.invalidateQueries({ queryKey: ['storage'] }));

// Chromium offers installing once, often before the first render: keep the offer for later.
captureInstallPrompt();
// The list restores its own scroll position once its articles are back (see use-scroll-memory).
history.scrollRestoration = 'manual';
// Installed apps may be woken to fetch news in the background; elsewhere this does nothing.
// Not first-screen work, so its code arrives in a chunk of its own.
void import('./pwa/background-sync').then((m) => m.registerPeriodicRefresh()).catch(() => false);

// An installed app is one the resident means to keep: ask the browser to keep its data too.
window.addEventListener('appinstalled', () => void requestPersistentStorage());

/** The first screen's reads, so IndexedDB works while the shell renders. */
function prefetchFirstScreen(): void {
  const articleKey = /^\/news\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  if (articleKey) {
    void queryClient.prefetchQuery(articleQuery(decodeURIComponent(articleKey)));
  } else {
    void queryClient.prefetchQuery(sectionsQuery());
    void queryClient.prefetchQuery(settingQuery(SETTING_KEYS.topics));
    if (location.pathname === '/') void queryClient.prefetchInfiniteQuery(articleListQuery());
  }
  void queryClient.prefetchQuery(feedMetaQuery(getAppFeedUrl()));
}

/** Builds the date formatters a step per task (see DATE_FORMAT_STEPS). */
async function prepareDateFormats(locale: string): Promise<void> {
  for (const step of DATE_FORMAT_STEPS) {
    step(locale);
    await yieldToMain();
  }
}

// Ukrainian is in this bundle and resolves at once; another language loads its strings first.
// Each piece of the start is a task of its own (the script's evaluation, the worker and the
// reads, the render, the date formats), each under 50 ms on a slow phone, so a tap on the
// painted first screen is answered in between.
void loadMessages(preferences.language).then(async (initialMessages) => {
  await yieldToMain();
  // Without a controlling service worker (a first visit) this page refreshes the feed itself.
  if (navigator.onLine && !navigator.serviceWorker?.controller) preloadPageRefresh(getAppFeedUrl());
  prefetchFirstScreen();
  await yieldToMain();
  render(
    <QueryClientProvider client={queryClient}>
      <App initialMessages={initialMessages} />
    </QueryClientProvider>,
    root,
  );
  // After the shell's first frame, while the reads are still out, not in the list's render.
  requestAnimationFrame(() => setTimeout(() => void prepareDateFormats(initialMessages.locale)));
});
