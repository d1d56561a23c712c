import { useLocation } from 'preact-iso';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPlural } from '../../core/plural';
import { SEARCH_LIMIT } from '../../data/search-client';
import { SearchIcon } from '../components/icons';
import { SearchHitCard } from '../components/search-hit-card';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { useSearch } from '../hooks/use-search';

/** /search?q=…: the stored articles searched as the resident types, offline as online. */
export default function SearchPage() {
  const t = useMessages();
  const s = useScreenMessages();
  const { query: params, route } = useLocation();
  const [text, setText] = useState(params.q ?? '');
  const input = useRef<HTMLInputElement>(null);
  const search = useSearch(text);
  useDocumentMeta({ title: `${t.searchTitle} — ${t.appName}`, description: s.searchDescription });

  // A link to /search?q=… while this screen is open replaces what was typed.
  useEffect(() => setText((current) => params.q ?? current), [params.q]);
  useEffect(() => {
    if (!params.q) input.current?.focus();
  }, []);
  const onInput = (value: string) => {
    setText(value);
    // The address follows the query, so reload, back and sharing keep it.
    route(value ? `/search?q=${encodeURIComponent(value)}` : '/search', true);
  };

  const results = search.isLongEnough ? search.data : undefined;
  const total = results?.total ?? 0;
  let status = s.searchHint;
  if (search.isLongEnough) {
    if (search.isError) status = s.searchFailed;
    else if (!results) status = s.searchPreparing;
    else if (total === 0) status = s.searchNothing;
    else status = formatPlural(total, s.searchFound, t.locale);
  }

  return (
    <>
      <h1 class="page-title">{t.searchTitle}</h1>
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <label class="visually-hidden" for="search-input">
          {s.searchLabel}
        </label>
        <input
          ref={input}
          id="search-input"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          value={text}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit" class="button button--primary">
          <SearchIcon />
          {s.searchButton}
        </button>
      </form>
      <p class="search-status" role="status" aria-live="polite">
        {status}
        {total > SEARCH_LIMIT && ` · ${s.searchShown(String(SEARCH_LIMIT))}`}
      </p>
      {search.isLongEnough && total === 0 && results && (
        <p class="empty-state">{s.searchNothingText}</p>
      )}
      {results && results.hits.length > 0 && (
        <ol class="news-list">
          {results.hits.map((hit) => (
            <SearchHitCard key={hit.key} hit={hit} />
          ))}
        </ol>
      )}
    </>
  );
}
