import { useMemo } from 'preact/hooks';
import { toTrustedArticleHtml } from '../../article/sanitize';
import { formatArticleDate } from '../../core/format-date';
import type { Article } from '../../core/types';
import { canGoBackToList } from '../hooks/in-app-history';
import { useMessages } from '../hooks/use-messages';
import { BackIcon, ExternalIcon } from './icons';
import { ShareButton } from './share-button';

/** A whole article: title, date, lead photo with caption, sanitized body, signature, actions. */
export function ArticleView({ article }: { article: Article }) {
  const t = useMessages();
  const html = useMemo(
    () => toTrustedArticleHtml(article.contentHtml, article.url || undefined),
    [article.contentHtml, article.url],
  );
  const image = article.image;
  // Feeds that take the lead image from the body would otherwise show it twice.
  const showLeadImage = image !== null && !article.contentHtml.includes(image.url);
  const author = article.author;
  const showAuthor = author !== null && !article.contentHtml.includes(author);
  return (
    <article class="article">
      <a
        class="back-link"
        href="/"
        onClick={(event) => {
          if (!canGoBackToList()) return;
          event.preventDefault();
          history.back();
        }}
      >
        <BackIcon />
        {t.backToList}
      </a>
      {article.categories[0] && <p class="article__category">{article.categories[0]}</p>}
      <h1 class="article__title">{article.title}</h1>
      {article.published && (
        <p class="article__date">
          <time dateTime={article.published}>{formatArticleDate(article.published, t.locale)}</time>
        </p>
      )}
      {showLeadImage && (
        <figure class="article__figure">
          <img src={image.url} alt={image.alt || t.photoOf(article.title)} decoding="async" />
          {image.alt && <figcaption>{image.alt}</figcaption>}
        </figure>
      )}
      {/* Preact assigns __html to innerHTML untouched, so the TrustedHTML object reaches the sink
          that Trusted Types guards; its type says string only. */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: html as string }} />
      {showAuthor && <p class="article__author">{author}</p>}
      <div class="article__actions">
        <ShareButton article={article} />
        {article.url && (
          <a class="button" href={article.url} target="_blank" rel="noopener noreferrer">
            <ExternalIcon />
            {t.readOnPortal}
          </a>
        )}
      </div>
    </article>
  );
}
