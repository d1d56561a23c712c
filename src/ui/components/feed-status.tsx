import { useQuery } from '@tanstack/preact-query';
import type { FeedMeta, RefreshFailure } from '../../core/types';
import { formatClockTime, formatDateTime, formatTimeAgo } from '../../core/format-date';
import { storageStatusQuery } from '../../data/storage-status';
import { useMessages } from '../hooks/use-messages';

interface FeedStatusProps {
  meta: FeedMeta | null;
  isOnline: boolean;
  now: number;
  /** The failure of the latest refresh in this page, if it failed. */
  failure: RefreshFailure | null;
  /** When the next automatic check runs, to tell the resident after a failure. */
  nextCheckAt: number | null;
}

/**
 * Says whether the news shown are live or saved and when the feed was last checked: a quiet
 * feed reads «Перевірено о 14:05», a failing one «Не вдалося оновити о 14:05, спробуємо ще о 14:20».
 */
export function FeedStatus({ meta, isOnline, now, failure, nextCheckAt }: FeedStatusProps) {
  const t = useMessages();
  const lastSuccess = meta?.lastSuccess ?? null;
  const lastFailure = failure ?? meta?.lastError ?? null;
  // Without a usable database the storage notice above the page already says why.
  const isStorageExplained = useQuery(storageStatusQuery()).data !== 'database';
  const isFailing =
    lastFailure !== null &&
    lastFailure.kind !== 'aborted' &&
    !(isStorageExplained && lastFailure.kind === 'storage-unavailable') &&
    (lastSuccess === null || lastFailure.at > lastSuccess);
  const clock = (iso: string) => formatClockTime(iso, t.locale);
  // navigator.onLine stays true behind a dead Wi-Fi or a captive portal; a failed fetch is proof.
  const isOffline = !isOnline || (isFailing && lastFailure.kind === 'offline');

  let line;
  if (isOffline) {
    line = lastSuccess ? (
      <time dateTime={lastSuccess} title={formatDateTime(lastSuccess, t.locale)}>
        {t.updatedAgo(formatTimeAgo(lastSuccess, now, t.locale))}
      </time>
    ) : (
      t.neverUpdated
    );
  } else if (isFailing) {
    const retryAt =
      lastFailure.retryAfter ?? (nextCheckAt ? new Date(nextCheckAt).toISOString() : null);
    line = t.checkFailedAt(clock(lastFailure.at), retryAt ? clock(retryAt) : null);
  } else if (meta?.lastChecked) {
    line = (
      <time dateTime={meta.lastChecked} title={formatDateTime(meta.lastChecked, t.locale)}>
        {t.checkedAt(clock(meta.lastChecked))}
      </time>
    );
  } else {
    line = t.neverUpdated;
  }

  return (
    <div aria-live="polite">
      {isOffline && (
        <p class="notice notice--offline" role="status">
          {t.offlineBanner}
        </p>
      )}
      {!isOffline && isFailing && (
        <p class="notice notice--error" role="status">
          {t.refreshFailed(lastFailure.kind)}
        </p>
      )}
      <p class="feed-status">{line}</p>
    </div>
  );
}
