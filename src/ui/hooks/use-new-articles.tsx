import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { useQueryClient } from '@tanstack/preact-query';
import { subscribeToContent } from '../../pwa/content-events';

/** The part of a cached article list (any section) that tells whether it shows anything. */
interface ArticleListData {
  pages: { articles: unknown[] }[];
}

/** Articles that arrived while the resident was reading, held back from the list until asked. */
export interface NewArticles {
  heldKeys: ReadonlySet<string>;
  /** Shows the held articles (the pill was tapped). */
  reveal: () => void;
  /** Holds back these newly stored articles, if a list is already on screen. */
  hold: (keys: string[]) => void;
}

const NewArticlesContext = createContext<NewArticles>({
  heldKeys: new Set(),
  reveal: () => {},
  hold: () => {},
});

/**
 * Holds back articles that a refresh adds once the list is on screen, so nothing jumps under the
 * reader's thumb; a first load, with nothing shown yet, shows them at once.
 */
export function NewArticlesProvider({ children }: { children: ComponentChildren }) {
  const queryClient = useQueryClient();
  const [heldKeys, setHeldKeys] = useState<ReadonlySet<string>>(new Set());

  const hold = useCallback(
    (keys: string[]) => {
      if (keys.length === 0) return;
      const lists = queryClient.getQueriesData<ArticleListData>({ queryKey: ['articles', 'list'] });
      const isListShown = lists.some(([, data]) => data?.pages.some((p) => p.articles.length > 0));
      if (isListShown) setHeldKeys((held) => new Set([...held, ...keys]));
    },
    [queryClient],
  );

  // Refreshes of other tabs and of the service worker in the background arrive here.
  useEffect(
    () =>
      subscribeToContent((message) => {
        if (message.type === 'content-updated') hold(message.result.addedKeys);
      }),
    [hold],
  );

  const reveal = useCallback(() => setHeldKeys(new Set()), []);
  const value = useMemo(() => ({ heldKeys, reveal, hold }), [heldKeys, reveal, hold]);
  return <NewArticlesContext.Provider value={value}>{children}</NewArticlesContext.Provider>;
}

/** The held-back articles and the way to show them. */
export function useNewArticles(): NewArticles {
  return useContext(NewArticlesContext);
}
