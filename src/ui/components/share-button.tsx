import { getShareUrl } from '../../article/share-url';
import type { Article } from '../../core/types';
import { useMessages } from '../hooks/use-messages';
import { ShareIcon } from './icons';
import { useToast } from './toast-region';

/** «Поділитися»: the system share sheet where there is one, else the link to the clipboard. */
export function ShareButton({ article }: { article: Article }) {
  const t = useMessages();
  const { showToast } = useToast();
  const share = async () => {
    const url = getShareUrl(location.origin, article.key, article.url);
    if (navigator.share) {
      try {
        await navigator.share({ title: article.title, text: article.title, url });
      } catch (error) {
        // The resident closed the sheet: nothing went wrong.
        if ((error as DOMException).name !== 'AbortError') showToast(t.copyFailed);
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      showToast(t.linkCopied);
    } catch {
      showToast(t.copyFailed);
    }
  };
  return (
    <button type="button" class="button button--primary" onClick={share}>
      <ShareIcon />
      {t.share}
    </button>
  );
}
