import { render } from 'preact';
import { QueryClientProvider } from '@tanstack/preact-query';
import { App } from './app';
import { subscribeToStorageStatus } from './data/database';
import { readPreferenceMirror } from './data/preferences';
import { createQueryClient } from './data/query-client';
import { invalidateContent } from './data/refresh';
import { incrementCounter } from './data/settings';
import { SETTING_KEYS } from './core/setting-keys';
import { registerPeriodicRefresh } from './pwa/background-sync';
import { captureInstallPrompt } from './pwa/install-prompt';
import { subscribeToContent } from './pwa/content-events';
import { requestPersistentStorage } from './pwa/persistent-storage';
import { allowServiceWorkerUrl } from './pwa/trusted-worker-url';
import { applyPreferences } from './ui/apply-preferences';
import { loadMessages } from './ui/hooks/use-language-messages';
import './ui/styles.css';

allowServiceWorkerUrl();

// Theme, text size and language before the first render, so nothing flashes in the wrong look.
const { preferences, lastSection } = readPreferenceMirror();
applyPreferences(preferences);
// The app opens where the resident left the list: in their last section.
if (location.pathname === '/' && lastSection) {
  history.replaceState(history.state, '', `/section/${lastSection}${location.search}`);
}
const queryClient = createQueryClient();

// Whoever stored content (this tab, another tab, the service worker), every open page re-reads it.
subscribeToContent(() => void invalidateContent(queryClient));
// Another tab or the worker upgraded the database: the page says so and offers a reload.
subscribeToStorageStatus(() => void queryClient.invalidateQueries({ queryKey: ['storage'] }));

// Counted for the notification offer, which waits for a returning resident; storage may be off.
void incrementCounter(queryClient, SETTING_KEYS.visitCount).catch(() => undefined);
// Chromium offers installing once, often before the first render: keep the offer for later.
captureInstallPrompt();
// The list restores its own scroll position once its articles are back (see use-scroll-memory).
history.scrollRestoration = 'manual';
// Installed apps may be woken to fetch news in the background; elsewhere this does nothing.
void registerPeriodicRefresh();

// An installed app is one the resident means to keep: ask the browser to keep its data too.
window.addEventListener('appinstalled', () => void requestPersistentStorage());

// Ukrainian is in this bundle and resolves at once; another language loads its strings first.
void loadMessages(preferences.language).then((initialMessages) =>
  render(
    <QueryClientProvider client={queryClient}>
      <App initialMessages={initialMessages} />
    </QueryClientProvider>,
    document.getElementById('app')!,
  ),
);
