import type { ComponentChildren } from 'preact';
import type { Language } from '../../core/settings';
import { useMessages } from '../hooks/use-messages';
import { AppHeader } from './app-header';
import { LazyAppUpdates } from './lazy-app-updates';
import { StorageNotice } from './storage-notice';
import { ToastProvider } from './toast-region';

interface ShellFrameProps {
  language: Language;
  onRefresh: () => void;
  isRefreshing: boolean;
  children: ComponentChildren;
}

/**
 * What every screen sits in: the skip link, the header and the main landmark. The server renders
 * a screen in the same frame (src/ssr), so the app takes its place without moving anything.
 */
export function ShellFrame({ language, onRefresh, isRefreshing, children }: ShellFrameProps) {
  const t = useMessages();
  return (
    <ToastProvider>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <AppHeader onRefresh={onRefresh} isRefreshing={isRefreshing} language={language} />
      <main id="main" class="page" tabIndex={-1}>
        <StorageNotice />
        {children}
      </main>
      <LazyAppUpdates />
    </ToastProvider>
  );
}
