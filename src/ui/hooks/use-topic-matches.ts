import { useMemo } from 'preact/hooks';
import type { Article } from '../../core/types';
import { useLazyImport } from './use-lazy-import';

const NONE: ReadonlyMap<string, string[]> = new Map();

const loadMatcher = () => import('../../core/match-topics').then((m) => m.matchTopicsByKey);

/**
 * The resident's topics each article mentions. The matcher (word lists, stemming) is fetched
 * only for residents who have topics; null while it loads, so the list can wait for it rather
 * than have its badges push the cards down a moment later.
 */
export function useTopicMatches(
  articles: Article[],
  labels: string[],
): ReadonlyMap<string, string[]> | null {
  const matchTopicsByKey = useLazyImport(loadMatcher, labels.length > 0);
  return useMemo(() => {
    if (labels.length === 0) return NONE;
    return matchTopicsByKey ? matchTopicsByKey(articles, labels) : null;
  }, [articles, labels, matchTopicsByKey]);
}
