import { useMessages } from '../hooks/use-messages';
import { ExternalIcon } from './icons';

interface ArticleMissingProps {
  /** The original address from the shared link's `src`, when it had one. */
  sourceUrl: string | null;
  isOnline: boolean;
}

/** An old or unknown link: say so plainly and still lead somewhere. */
export function ArticleMissing({ sourceUrl, isOnline }: ArticleMissingProps) {
  const t = useMessages();
  return (
    <section class="empty-state">
      <h1>{t.articleMissingTitle}</h1>
      <p>{isOnline ? t.articleMissingText : t.articleMissingOffline}</p>
      {sourceUrl && (
        <p>
          <a class="button button--primary" href={sourceUrl} rel="noopener noreferrer">
            <ExternalIcon />
            {t.originalLink}
          </a>
        </p>
      )}
    </section>
  );
}
