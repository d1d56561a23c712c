import type { FeedMeta, RefreshFailure } from '../../core/types';
import { formatDateTime, formatTimeAgo } from '../../core/format-date';
import { useMessages } from '../hooks/use-messages';

interface FeedStatusProps {
  meta: FeedMeta | null;
  isOnline: boolean;
  now: number;
  /** The failure of the refresh the resident just asked for, if it failed. */
  failure: RefreshFailure | null;
}

/** Says whether the news shown are live or saved, when they were last updated, and why not. */
export function FeedStatus({ meta, isOnline, now, failure }: FeedStatusProps) {
  const t = useMessages();
  const lastSuccess = meta?.lastSuccess ?? null;
  const shownFailure = failure ?? meta?.lastError ?? null;
  const isStale =
    shownFailure !== null && (lastSuccess === null || shownFailure.at > lastSuccess);
  return (
    <div aria-live="polite">
      {!isOnline ? (
        <p class="notice" role="status">
          {t.offlineBanner}
        </p>
      ) : (
        isStale &&
        shownFailure.kind !== 'aborted' && (
          <p class="notice notice--error" role="status">
            {t.refreshFailed(shownFailure.kind)}
          </p>
        )
      )}
      <p class="feed-status">
        {lastSuccess ? (
          <time dateTime={lastSuccess} title={formatDateTime(lastSuccess, t.locale)}>
            {t.updatedAgo(formatTimeAgo(lastSuccess, now, t.locale))}
          </time>
        ) : (
          <span>{t.neverUpdated}</span>
        )}
      </p>
    </div>
  );
}
