import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../hooks/use-messages';

interface LoadMoreProps {
  onLoadMore: () => void;
  isLoading: boolean;
}

/**
 * Loads the next page when the reader nears the end of the list, and offers a button for
 * keyboards, screen readers and browsers without IntersectionObserver.
 */
export function LoadMore({ onLoadMore, isLoading }: LoadMoreProps) {
  const t = useMessages();
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [onLoadMore]);
  return (
    <div class="list-footer" ref={sentinel}>
      <button type="button" class="button" onClick={onLoadMore} disabled={isLoading}>
        {isLoading ? t.loading : t.loadMore}
      </button>
    </div>
  );
}
