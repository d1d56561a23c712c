let previousPath: string | null = null;
let currentPath: string | null = typeof location === 'undefined' ? null : location.pathname;

/** Notes each route change (Router's onRouteChange), so a screen knows where the reader came from. */
export function recordRouteChange(url: string): void {
  previousPath = currentPath;
  currentPath = new URL(url, location.origin).pathname;
}

interface ArticleEntryState {
  fromList?: boolean;
}

/**
 * Marks the current history entry as reached from the list inside the app, so «Усі новини» can
 * go back (same entry, same scroll position) instead of pushing a new list on top.
 */
export function markArticleEntry(): void {
  const state = history.state as ArticleEntryState | null;
  if (state?.fromList !== undefined) return;
  const fromList = previousPath === '/' || (previousPath?.startsWith('/section/') ?? false);
  history.replaceState({ ...state, fromList }, '');
}

/** Whether going back from this article returns to the list the reader came from. */
export function canGoBackToList(): boolean {
  return (history.state as ArticleEntryState | null)?.fromList === true;
}
