import { useEffect } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, ErrorBoundary } from 'preact-iso';
import { getAppFeedUrl } from './data/feeds';
import { requestImageWarmup } from './pwa/worker-bridge';
import { useAppUpdate } from './pwa/use-app-update';
import { AppHeader } from './ui/components/app-header';
import type { MenuEntry } from './ui/components/app-menu';
import { ToastProvider } from './ui/components/toast-region';
import { UpdatePrompt } from './ui/components/update-prompt';
import { useMessages } from './ui/hooks/use-messages';
import { useRefresh } from './ui/hooks/use-refresh';
import { NewsList } from './ui/routes/news-list';
import { NotFound } from './ui/routes/not-found';

// The article screen carries the sanitizer; the list does not need it to appear.
const ArticlePage = lazy(() => import('./ui/routes/article-page'));

/** The shell: header, the route table, toasts and the update prompt. */
export function App() {
  const t = useMessages();
  const { refresh, isRefreshing } = useRefresh();
  const update = useAppUpdate(() => requestImageWarmup(getAppFeedUrl()));
  const menuEntries: MenuEntry[] = [{ kind: 'route', href: '/', label: t.newsTitle }];

  useEffect(() => {
    if (navigator.onLine) refresh();
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [refresh]);

  return (
    <LocationProvider>
      <ToastProvider>
        <a class="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <AppHeader onRefresh={refresh} isRefreshing={isRefreshing} menuEntries={menuEntries} />
        <main id="main" class="page" tabIndex={-1}>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={NewsList} />
              <Route path="/news/:key" component={ArticlePage} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
        <UpdatePrompt update={update} />
      </ToastProvider>
    </LocationProvider>
  );
}
