import { useState } from 'preact/hooks';
import { getShareUrl } from '../../core/share-url';
import type { Article } from '../../core/types';
import { useLazyImport } from '../hooks/use-lazy-import';
import { useMessages } from '../hooks/use-messages';
import { ShareIcon } from './icons';

// Only for browsers without a system share sheet, and only after a tap.
const loadShareSheet = () => import('./share-sheet').then((m) => m.ShareSheet);

interface ShareButtonProps {
  article: Article;
  /** An icon-only button, for list cards. */
  isCompact?: boolean;
}

/**
 * «Поділитися»: the system share sheet where the browser has one, else our own sheet. Works
 * offline: nothing here needs the network.
 */
export function ShareButton({ article, isCompact = false }: ShareButtonProps) {
  const t = useMessages();
  const [isSheetOpen, setSheetOpen] = useState(false);
  const ShareSheet = useLazyImport(loadShareSheet, isSheetOpen);
  // Read when shared, not when rendered: the server renders this button too, where no page is.
  const getUrl = () => getShareUrl(location.origin, article.key, article.url, article.title);

  const share = async () => {
    const url = getUrl();
    if (!navigator.share) {
      setSheetOpen(true);
      return;
    }
    try {
      await navigator.share({ title: article.title, text: article.title, url });
    } catch (error) {
      // AbortError: the resident closed the sheet, which is not an error. Anything else
      // (a refused share target) falls back to our own sheet.
      if ((error as DOMException).name !== 'AbortError') setSheetOpen(true);
    }
  };

  return (
    <>
      <button
        type="button"
        class={isCompact ? 'card__action' : 'button button--primary'}
        onClick={() => void share()}
        aria-label={isCompact ? t.shareOf(article.title) : undefined}
      >
        <ShareIcon />
        {!isCompact && t.share}
      </button>
      {isSheetOpen && ShareSheet && (
        <ShareSheet
          title={article.title}
          url={getUrl()}
          portalUrl={article.url}
          onClose={() => setSheetOpen(false)}
        />
      )}
    </>
  );
}
