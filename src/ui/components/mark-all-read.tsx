import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { markAllReadMutation } from '../../data/article-state';
import { useMessages } from '../hooks/use-messages';
import { useToast } from './toast-region';

/** «Позначити все прочитаним» for the section on screen (null: every section). */
export function MarkAllRead({ category }: { category: string | null }) {
  const t = useMessages();
  const { showToast } = useToast();
  const { mutate, isPending } = useMutation({
    ...markAllReadMutation(useQueryClient()),
    onSuccess: () => showToast(t.markedAllRead),
  });
  return (
    <button
      type="button"
      class="button button--small"
      disabled={isPending}
      onClick={() => mutate(category)}
    >
      {t.markAllRead}
    </button>
  );
}
