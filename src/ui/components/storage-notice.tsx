import { useQuery } from '@tanstack/preact-query';
import { storageStatusQuery } from '../../data/storage-status';
import { useMessages } from '../hooks/use-messages';

/**
 * Says when the page cannot keep news on the device (offline reading is off) or when a newer
 * version of the app took the database over in another tab (reload to go on).
 */
export function StorageNotice() {
  const t = useMessages();
  const status = useQuery(storageStatusQuery()).data;
  if (status === 'memory') {
    return (
      <p class="notice" role="status">
        {t.storageUnavailable}
      </p>
    );
  }
  if (status === 'outdated') {
    return (
      <div class="notice notice--error notice--action" role="alert">
        <span>{t.reloadNeeded}</span>
        <button type="button" class="button button--primary" onClick={() => location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  }
  return null;
}
