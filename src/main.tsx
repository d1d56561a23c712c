import { render } from 'preact';
import { QueryClientProvider } from '@tanstack/preact-query';
import { App } from './app';
import { subscribeToStorageStatus } from './data/database';
import { createQueryClient } from './data/query-client';
import { invalidateContent } from './data/refresh';
import { incrementCounter } from './data/settings';
import { SETTING_KEYS } from './core/setting-keys';
import { registerPeriodicRefresh } from './pwa/background-sync';
import { captureInstallPrompt } from './pwa/install-prompt';
import { subscribeToContent } from './pwa/content-events';
import { allowServiceWorkerUrl } from './pwa/trusted-worker-url';
import './ui/styles.css';

allowServiceWorkerUrl();

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

render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
  document.getElementById('app')!,
);
