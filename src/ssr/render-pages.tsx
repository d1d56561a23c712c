import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { uk } from '../core/i18n/uk';
import type { ReaderPreferences } from '../core/settings';
import type { Article } from '../core/types';
import { preferencesQuery } from '../data/preferences';
import type { Section, Sections } from '../data/sections';
import { sectionsQuery } from '../data/sections';
import { storageStatusQuery } from '../data/storage-status';
import { ArticleMissing } from '../ui/components/article-missing';
import { ArticleView } from '../ui/components/article-view';
import { NewsListView } from '../ui/components/news-list-view';
import { ShellFrame } from '../ui/components/shell-frame';
import { MessagesContext } from '../ui/hooks/use-messages';

/** How the resident reads (the server learns it from a cookie); defaults for a first visit. */
export interface PageLook {
  preferences: ReaderPreferences;
}

/** What a rendered list shows: its articles (newest first), the chips, and which chip is on. */
export interface ListPageInput extends PageLook {
  articles: Article[];
  sections: Sections;
  /** The section of /section/<slug>; null for «Усі». */
  section: Section | null;
}

/** What a missing article's page shows: where the shared link came from, and the newest news. */
export interface MissingPageInput extends ListPageInput {
  sourceUrl: string | null;
}

const noop = () => {};

/**
 * What the app's queries would answer for a first visitor: the chips from the feed, a working
 * database, the default preferences. The components read them as they do in the app.
 */
function createQueryClient(sections: Sections, preferences: ReaderPreferences): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(sectionsQuery().queryKey, sections);
  client.setQueryData(storageStatusQuery().queryKey, 'database');
  client.setQueryData(preferencesQuery().queryKey, preferences);
  return client;
}

function renderScreen(
  sections: Sections,
  { preferences }: PageLook,
  children: ComponentChildren,
): string {
  return renderToString(
    <MessagesContext.Provider value={uk}>
      <QueryClientProvider client={createQueryClient(sections, preferences)}>
        <ShellFrame language="uk" onRefresh={noop} isRefreshing={false}>
          {children}
        </ShellFrame>
      </QueryClientProvider>
    </MessagesContext.Provider>,
  );
}

function List({
  articles,
  sections,
  section,
  isEmbedded,
}: ListPageInput & { isEmbedded: boolean }) {
  return (
    <NewsListView
      isEmbedded={isEmbedded}
      heading={section?.name ?? uk.listHeading}
      isSection={section !== null}
      currentSlug={section?.slug ?? null}
      status={
        // Left for the app to fill: when the feed was last checked is the app's to say.
        <div aria-live="polite">
          <p class="feed-status">{'\u00a0'}</p>
        </div>
      }
      isOnline
      unread={section ? section.unread : sections.totalUnread}
      category={section?.name ?? null}
      content={articles.length > 0 ? 'articles' : 'empty'}
      articles={articles}
      now={null}
    />
  );
}

/** The markup of #app for / and /section/<slug>, as the app renders it for a first visitor. */
export function renderListPage(input: ListPageInput): string {
  return renderScreen(input.sections, input, <List {...input} isEmbedded={false} />);
}

/** The markup of #app for /news/<key>: the whole article. */
export function renderArticlePage(article: Article, sections: Sections, look: PageLook): string {
  return renderScreen(sections, look, <ArticleView article={article} />);
}

/** The markup of #app for an article no longer in the feed: say so, and show the news. */
export function renderMissingArticlePage(input: MissingPageInput): string {
  return renderScreen(
    input.sections,
    input,
    <>
      <ArticleMissing sourceUrl={input.sourceUrl} isOnline />
      <List {...input} isEmbedded />
    </>,
  );
}
