import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../../core/format-bytes';
import { formatPlural } from '../../../core/plural';
import { DEFAULT_KEEP_UNSAVED, KEEP_UNSAVED_CHOICES } from '../../../core/keep-limit';
import { clearStoredArticles } from '../../../data/clear-stored';
import { getAppFeedUrl } from '../../../data/feeds';
import { documentBytesQuery } from '../../../data/documents';
import { photoBytesQuery } from '../../../data/photo-usage';
import { keepUnsavedQuery, saveKeepUnsavedMutation } from '../../../data/preference-changes';
import { getPhotoByteBudget } from '../../../core/photo-budget';
import { getStorageUsage, type StorageUsage } from '../../../pwa/storage-estimate';
import { requestImageCacheClear } from '../../../pwa/image-cache-clear';
import { useToast } from '../toast-region';
import { useMessages } from '../../hooks/use-messages';
import { SettingsSection } from './settings-section';

function UsageLine({ usage }: { usage: StorageUsage | null }) {
  const t = useMessages();
  const s = useScreenMessages();
  if (!usage) return <p class="settings-hint">{s.storageUnknown}</p>;
  return (
    <>
      <p>
        {s.storageUsage(formatBytes(usage.usage, t.locale), formatBytes(usage.quota, t.locale))}
      </p>
      <p class="settings-hint">{usage.isPersisted ? s.storagePersisted : s.storageNotPersisted}</p>
    </>
  );
}

/** What the kept articles' photos take of the byte budget the keep limit gives them. */
function PhotoLine({ keep }: { keep: number }) {
  const t = useMessages();
  const s = useScreenMessages();
  const bytes = useQuery(photoBytesQuery()).data;
  if (bytes === undefined || bytes === null) return null;
  const budget = getPhotoByteBudget(keep);
  return <p>{s.photoUsage(formatBytes(bytes, t.locale), formatBytes(budget, t.locale))}</p>;
}

/** What the kept documents take: saved articles' and the others', each file once. */
function DocumentLine() {
  const t = useMessages();
  const s = useScreenMessages();
  const bytes = useQuery(documentBytesQuery()).data;
  if (bytes === undefined || bytes === null) return null;
  return <p>{s.documentUsage(formatBytes(bytes, t.locale))}</p>;
}

/** How many unsaved articles to keep, what the device stores, and «Очистити кеш». */
export function StorageSettings() {
  const t = useMessages();
  const s = useScreenMessages();
  const { showToast } = useToast();
  const queryClient = useQueryClient();
  const keep = useQuery(keepUnsavedQuery()).data ?? DEFAULT_KEEP_UNSAVED;
  const saveKeep = useMutation(saveKeepUnsavedMutation(queryClient));
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  const measure = () => {
    void getStorageUsage().then(setUsage);
    void queryClient.invalidateQueries({ queryKey: photoBytesQuery().queryKey });
    void queryClient.invalidateQueries({ queryKey: documentBytesQuery().queryKey });
  };
  useEffect(measure, []);
  const clear = useMutation({
    mutationFn: async () => {
      await clearStoredArticles(queryClient, getAppFeedUrl());
      await requestImageCacheClear();
    },
    onSuccess: () => showToast(s.cacheCleared),
    onError: () => showToast(s.clearCacheFailed),
    onSettled: measure,
  });
  const choices: number[] = KEEP_UNSAVED_CHOICES.includes(keep as never)
    ? [...KEEP_UNSAVED_CHOICES]
    : [...KEEP_UNSAVED_CHOICES, keep].sort((a, b) => a - b);

  return (
    <SettingsSection id="storage" title={s.storageSection}>
      <label class="settings-field__label" for="keep-unsaved">
        {s.keepLabel}
      </label>
      <select
        id="keep-unsaved"
        value={String(keep)}
        aria-describedby="keep-unsaved-hint"
        onChange={(event) =>
          saveKeep.mutate(Number(event.currentTarget.value), {
            onError: () => showToast(s.settingFailed),
          })
        }
      >
        {choices.map((count) => (
          <option key={count} value={String(count)}>
            {formatPlural(count, s.keepChoice, t.locale)}
          </option>
        ))}
      </select>
      <p class="settings-hint" id="keep-unsaved-hint">
        {s.keepHint}
      </p>
      {usage !== undefined && <UsageLine usage={usage} />}
      <PhotoLine keep={keep} />
      <DocumentLine />
      <button
        type="button"
        class="button"
        disabled={clear.isPending}
        aria-describedby="clear-cache-hint"
        onClick={() => clear.mutate()}
      >
        {s.clearCache}
      </button>
      <p class="settings-hint" id="clear-cache-hint">
        {s.clearCacheHint}
      </p>
    </SettingsSection>
  );
}
