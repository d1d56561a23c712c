import { useEffect } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, ErrorBoundary } from 'preact-iso';
import { CITY_CONFIG } from './core/city-config';
import type { Messages } from './core/i18n/uk';
import type { Language } from './core/settings';
import { getAppFeedUrl } from './data/feeds';
import { promptInstall, useInstallState } from './pwa/install-prompt';
import { requestImageWarmup } from './pwa/worker-bridge';
import { useAppUpdate } from './pwa/use-app-update';
import { applyPreferences } from './ui/apply-preferences';
import { AppHeader } from './ui/components/app-header';
import { StorageNotice } from './ui/components/storage-notice';
import type { MenuEntry } from './ui/components/app-menu';
import { ToastProvider } from './ui/components/toast-region';
import { UpdatePrompt } from './ui/components/update-prompt';
import { recordRouteChange } from './ui/hooks/in-app-history';
import { useLanguageMessages } from './ui/hooks/use-language-messages';
import { MessagesContext, useMessages } from './ui/hooks/use-messages';
import { NewArticlesProvider } from './ui/hooks/use-new-articles';
import { usePreferences } from './ui/hooks/use-preferences';
import { RefreshProvider, useRefresh } from './ui/hooks/use-refresh';
import { NewsList } from './ui/routes/news-list';
import { NotFound } from './ui/routes/not-found';

// The article screen carries the sanitizer; search, saved and settings their own code (search
// its worker): the list does not need any of them to appear.
const ArticlePage = lazy(() => import('./ui/routes/article-page'));
const SearchPage = lazy(() => import('./ui/routes/search-page'));
const SavedPage = lazy(() => import('./ui/routes/saved-page'));
const SettingsPage = lazy(() => import('./ui/routes/settings-page'));

function getMenuEntries(t: Messages, language: Language): MenuEntry[] {
  return [
    { kind: 'route', href: '/', label: t.newsTitle },
    { kind: 'route', href: '/search', label: t.searchTitle },
    { kind: 'route', href: '/saved', label: t.savedTitle },
    { kind: 'route', href: '/settings', label: t.settingsTitle },
    ...CITY_CONFIG.portalLinks.map((link): MenuEntry => ({
      kind: 'external',
      href: link.href,
      label: link.label[language],
    })),
  ];
}

function Shell({ language }: { language: Language }) {
  const t = useMessages();
  const { refresh, isRefreshing } = useRefresh();
  const update = useAppUpdate(() => requestImageWarmup(getAppFeedUrl()));
  const install = useInstallState();
  const menuEntries: MenuEntry[] = [
    ...getMenuEntries(t, language),
    ...(install.canInstall
      ? [{ kind: 'action', label: t.install, onSelect: () => void promptInstall() } as const]
      : []),
  ];
  return (
    <ToastProvider>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <AppHeader onRefresh={refresh} isRefreshing={isRefreshing} menuEntries={menuEntries} />
      <main id="main" class="page" tabIndex={-1}>
        <StorageNotice />
        <ErrorBoundary>
          <Router onRouteChange={recordRouteChange}>
            <Route path="/" component={NewsList} />
            <Route path="/section/:slug" component={NewsList} />
            <Route path="/news/:key" component={ArticlePage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/saved" component={SavedPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <UpdatePrompt update={update} />
    </ToastProvider>
  );
}

/**
 * The app: the reader's language, text size and theme; routing; the shared refresh and
 * new-articles state; and the shell.
 */
export function App({ initialMessages }: { initialMessages: Messages }) {
  const preferences = usePreferences();
  const messages = useLanguageMessages(preferences.language, initialMessages);
  useEffect(() => applyPreferences(preferences), [preferences]);
  return (
    <MessagesContext.Provider value={messages}>
      <LocationProvider>
        <NewArticlesProvider>
          <RefreshProvider>
            <Shell language={preferences.language} />
          </RefreshProvider>
        </NewArticlesProvider>
      </LocationProvider>
    </MessagesContext.Provider>
  );
}
