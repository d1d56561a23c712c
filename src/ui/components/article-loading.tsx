import { useMessages } from '../hooks/use-messages';

/**
 * An article on its way (a cold shared link waits for the feed): the title the link carried, if
 * any, and grey lines where the text will be — never a blank screen.
 */
export function ArticleLoading({ title }: { title: string | null }) {
  const t = useMessages();
  return (
    <article class="article" aria-busy="true">
      {title ? (
        <h1 class="article__title">{title}</h1>
      ) : (
        <span class="skeleton skeleton--title" aria-hidden="true" />
      )}
      <p role="status">{t.loading}</p>
      <div aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} class="skeleton skeleton--line" />
        ))}
      </div>
    </article>
  );
}
