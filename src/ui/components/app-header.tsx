import { useMessages } from '../hooks/use-messages';
import type { Language } from '../../core/settings';
import { AppMenu } from './app-menu';
import { RefreshIcon, SearchIcon } from './icons';

interface AppHeaderProps {
  onRefresh: () => void;
  isRefreshing: boolean;
  language: Language;
}

/** The city's name, the way home, search, the refresh button and the menu. */
export function AppHeader({ onRefresh, isRefreshing, language }: AppHeaderProps) {
  const t = useMessages();
  return (
    <header class="app-header">
      <div class="app-header__inner">
        <a class="app-header__brand" href="/">
          <img class="app-header__logo" src="/favicon.svg" width="36" height="36" alt="" />
          <span>
            <span class="app-header__title">{t.cityCouncil}</span>
            <span class="app-header__subtitle">
              {t.appName} · {t.newsTitle}
            </span>
          </span>
        </a>
        <a class="icon-button" href="/search">
          <SearchIcon />
          <span class="visually-hidden">{t.searchTitle}</span>
        </a>
        <button
          type="button"
          class="icon-button"
          onClick={onRefresh}
          aria-busy={isRefreshing}
          disabled={isRefreshing}
        >
          <RefreshIcon />
          <span class="visually-hidden">{isRefreshing ? t.refreshing : t.refresh}</span>
        </button>
        <AppMenu language={language} />
      </div>
    </header>
  );
}
