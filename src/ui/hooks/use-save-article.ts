import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { saveArticleMutation } from '../../data/article-state';
import { hasAskedForPersistence, recordPersistenceAsked } from '../../data/preferences';
import { storageStatusQuery } from '../../data/storage-status';
import { requestPersistentStorage } from '../../pwa/persistent-storage';
import { useToast } from '../components/toast-region';
import { useMessages } from './use-messages';

/** The first save is when keeping data starts to matter: ask the browser not to evict it then. */
async function askForPersistenceOnce(): Promise<void> {
  if (await hasAskedForPersistence()) return;
  await recordPersistenceAsked();
  await requestPersistentStorage();
}

/** Saving and unsaving an article, with its photos kept by the worker and a confirmation. */
export function useSaveArticle(key: string, isSaved: boolean) {
  const t = useMessages();
  const { showToast } = useToast();
  const queryClient = useQueryClient();
  // Without a database a save lasts as long as the page: the toast must not promise offline.
  const isMemory = useQuery(storageStatusQuery()).data === 'memory';
  const mutation = useMutation({
    ...saveArticleMutation(queryClient),
    onSuccess: (saved: boolean) => {
      // Not first-screen code: loaded with the first save.
      void import('../../pwa/worker-messages').then((m) => m.requestSavedImagesSync());
      showToast(saved ? (isMemory ? t.savedForSessionToast : t.savedToast) : t.unsavedToast);
      if (saved) askForPersistenceOnce().catch(() => undefined);
    },
    onError: () => showToast(t.saveFailed),
  });
  // Shown as the resident asked at once; a failure reverts it with the message above.
  const isPressed = mutation.isPending ? mutation.variables.saved : isSaved;
  return {
    isPressed,
    toggle: () => mutation.mutate({ key, saved: !isPressed }),
  };
}
