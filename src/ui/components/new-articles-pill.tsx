import { useMessages } from '../hooks/use-messages';

interface NewArticlesPillProps {
  count: number;
  onShow: () => void;
}

/** «3 нові новини»: shows what arrived, on the reader's terms, and goes to the top. */
export function NewArticlesPill({ count, onShow }: NewArticlesPillProps) {
  const t = useMessages();
  if (count === 0) return null;
  return (
    <div class="new-pill-bar">
      <button type="button" class="new-pill" onClick={onShow}>
        <span aria-hidden="true">↑</span> {t.newArticles(count)}
      </button>
    </div>
  );
}
