import { contentLanguage as lang } from '#city/contentLanguage';
import { formatArticleDate } from '../../core/format-date';
import type { SearchHit } from '../../data/search-client';
import { useMessages } from '../hooks/use-messages';
import { HighlightedText } from './highlighted-text';


/** One search result: the title as the link, date, section, and a snippet, matches marked. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const t = useMessages();
  return (
    <li class="card">
      <h2 class="card__title" lang={lang}>
        <a class="card__link" href={`/news/${hit.key}`}>
          <HighlightedText text={hit.title} marks={hit.titleMarks} />
        </a>
      </h2>
      <p class="card__meta">
        <time dateTime={hit.date}>{formatArticleDate(hit.date, t.locale)}</time>
        {hit.category && (
          <span class="card__category" lang={lang}>
            {hit.category}
          </span>
        )}
      </p>
      {hit.snippet && (
        <p class="search-hit__snippet" lang={lang}>
          <HighlightedText text={hit.snippet} marks={hit.snippetMarks} />
        </p>
      )}
    </li>
  );
}
