import { useEffect } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, ErrorBoundary } from 'preact-iso';
import type { Messages } from './core/i18n/uk';
import type { Language } from './core/settings';
import { applyPreferences } from './ui/apply-preferences';
import { ShellFrame } from './ui/components/shell-frame';
import { isBehindFirstScreen } from './ui/first-screen';
import { recordRouteChange } from './ui/hooks/in-app-history';
import { useDeferred } from './ui/hooks/use-deferred';
import { useLanguageMessages } from './ui/hooks/use-language-messages';
import { MessagesContext } from './ui/hooks/use-messages';
import { NewArticlesProvider } from './ui/hooks/use-new-articles';
import { usePreferences } from './ui/hooks/use-preferences';
import { RefreshProvider, useRefresh } from './ui/hooks/use-refresh';
import { NewsList } from './ui/routes/news-list';

// The article screen carries the sanitizer; search, saved and settings their own code (search
// its worker): the list does not need any of them to appear.
const ArticlePage = lazy(() => import('./ui/routes/article-page'));
const NotFound = lazy(() => import('./ui/routes/not-found'));
const SearchPage = lazy(() => import('./ui/routes/search-page'));
const SavedPage = lazy(() => import('./ui/routes/saved-page'));
const SettingsPage = lazy(() => import('./ui/routes/settings-page'));

function Shell({ language }: { language: Language }) {
  const { refresh, isRefreshing } = useRefresh();
  // Behind a painted first screen nobody sees the live app yet: its screen renders a task after
  // the frame around it, as two tasks instead of one of some 70 ms on a slow phone (4× CPU).
  const hasScreen = useDeferred(isBehindFirstScreen());
  return (
    <ShellFrame language={language} onRefresh={refresh} isRefreshing={isRefreshing}>
      <ErrorBoundary>
        {hasScreen && (
          <Router onRouteChange={recordRouteChange}>
            <Route path="/" component={NewsList} />
            <Route path="/section/:slug" component={NewsList} />
            <Route path="/news/:key" component={ArticlePage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/saved" component={SavedPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route default component={NotFound} />
          </Router>
        )}
      </ErrorBoundary>
    </ShellFrame>
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
