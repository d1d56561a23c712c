import type { Article } from '../../core/types';
import { useMessages } from '../hooks/use-messages';
import { useSaveArticle } from '../hooks/use-save-article';
import { BookmarkIcon } from './icons';

interface SaveButtonProps {
  article: Pick<Article, 'key' | 'saved'>;
  /** 'icon' on list cards (named by the card's title), 'full' under an article. */
  variant: 'icon' | 'full';
  /** The id of the element that names the article, for the icon variant. */
  describedBy?: string;
}

/** «Зберегти» / «Збережено»: a toggle button (aria-pressed) that keeps the article on the device. */
export function SaveButton({ article, variant, describedBy }: SaveButtonProps) {
  const t = useMessages();
  const { isPressed, toggle } = useSaveArticle(article.key, article.saved);
  if (variant === 'icon') {
    return (
      <button
        type="button"
        class="card__action"
        aria-pressed={isPressed}
        aria-describedby={describedBy}
        onClick={toggle}
      >
        <BookmarkIcon />
        <span class="visually-hidden">{t.save}</span>
      </button>
    );
  }
  return (
    <button type="button" class="button" aria-pressed={isPressed} onClick={toggle}>
      <BookmarkIcon />
      {isPressed ? t.saved : t.save}
    </button>
  );
}
