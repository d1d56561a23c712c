import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { useQueryClient } from '@tanstack/preact-query';
import { articleListQuery } from '../../data/articles';
import { subscribeToContent } from '../../pwa/content-events';

/** Articles that arrived while the resident was reading, held back from the list until asked. */
export interface NewArticles {
  heldKeys: ReadonlySet<string>;
  /** Shows the held articles (the pill was tapped). */
  reveal: () => void;
}

const NewArticlesContext = createContext<NewArticles>({ heldKeys: new Set(), reveal: () => {} });

/**
 * Holds back articles that a refresh adds once the list is on screen, so nothing jumps under the
 * reader's thumb; a first load, with nothing shown yet, shows them at once.
 */
export function NewArticlesProvider({ children }: { children: ComponentChildren }) {
  const queryClient = useQueryClient();
  const [heldKeys, setHeldKeys] = useState<ReadonlySet<string>>(new Set());

  useEffect(
    () =>
      subscribeToContent((message) => {
        if (message.type !== 'content-updated' || message.result.addedKeys.length === 0) return;
        const shown = queryClient.getQueryData(articleListQuery().queryKey);
        if (!shown?.pages.some((page) => page.articles.length > 0)) return;
        setHeldKeys((held) => new Set([...held, ...message.result.addedKeys]));
      }),
    [queryClient],
  );

  const reveal = useCallback(() => setHeldKeys(new Set()), []);
  const value = useMemo(() => ({ heldKeys, reveal }), [heldKeys, reveal]);
  return <NewArticlesContext.Provider value={value}>{children}</NewArticlesContext.Provider>;
}

/** The held-back articles and the way to show them. */
export function useNewArticles(): NewArticles {
  return useContext(NewArticlesContext);
}
