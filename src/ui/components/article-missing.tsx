import { useScreenMessages } from '../hooks/use-screen-messages';
import { ExternalIcon } from './more-icons';

interface ArticleMissingProps {
  /** The original address from the shared link's `src`, when it had one. */
  sourceUrl: string | null;
  isOnline: boolean;
}

/** An old or unknown link: say so plainly and still lead somewhere. */
export function ArticleMissing({ sourceUrl, isOnline }: ArticleMissingProps) {
  const s = useScreenMessages();
  return (
    <section class="empty-state">
      <h1>{s.articleMissingTitle}</h1>
      <p>{isOnline ? s.articleMissingText : s.articleMissingOffline}</p>
      {sourceUrl && (
        <p>
          <a class="button button--primary" href={sourceUrl} rel="noopener noreferrer">
            <ExternalIcon />
            {s.originalLink}
          </a>
        </p>
      )}
    </section>
  );
}
