import { lazy, LocationProvider, Route, Router, ErrorBoundary } from 'preact-iso';
import { getAppFeedUrl } from './data/feeds';
import { promptInstall, useInstallState } from './pwa/install-prompt';
import { requestImageWarmup } from './pwa/worker-bridge';
import { useAppUpdate } from './pwa/use-app-update';
import { AppHeader } from './ui/components/app-header';
import { StorageNotice } from './ui/components/storage-notice';
import type { MenuEntry } from './ui/components/app-menu';
import { ToastProvider } from './ui/components/toast-region';
import { UpdatePrompt } from './ui/components/update-prompt';
import { recordRouteChange } from './ui/hooks/in-app-history';
import { useMessages } from './ui/hooks/use-messages';
import { NewArticlesProvider } from './ui/hooks/use-new-articles';
import { RefreshProvider, useRefresh } from './ui/hooks/use-refresh';
import { NewsList } from './ui/routes/news-list';
import { ComingSoon } from './ui/routes/coming-soon';
import { NotFound } from './ui/routes/not-found';

// The article screen carries the sanitizer and settings is visited rarely: neither is needed
// for the list to appear.
const ArticlePage = lazy(() => import('./ui/routes/article-page'));
const SettingsPage = lazy(() => import('./ui/routes/settings-page'));

function Shell() {
  const t = useMessages();
  const { refresh, isRefreshing } = useRefresh();
  const update = useAppUpdate(() => requestImageWarmup(getAppFeedUrl()));
  const install = useInstallState();
  const menuEntries: MenuEntry[] = [
    { kind: 'route', href: '/', label: t.newsTitle },
    { kind: 'route', href: '/settings', label: t.settingsTitle },
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
            <Route path="/news/:key" component={ArticlePage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/saved" component={() => <ComingSoon title={t.savedTitle} />} />
            <Route path="/search" component={() => <ComingSoon title={t.searchTitle} />} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <UpdatePrompt update={update} />
    </ToastProvider>
  );
}

/** The app: routing, the shared refresh and new-articles state, and the shell. */
export function App() {
  return (
    <LocationProvider>
      <RefreshProvider>
        <NewArticlesProvider>
          <Shell />
        </NewArticlesProvider>
      </RefreshProvider>
    </LocationProvider>
  );
}
