import { contentLanguage as lang } from '#city/contentLanguage';
import type { Article } from '../../core/types';
import { formatArticleDate, formatTimeAgo } from '../../core/format-date';
import { isEventOver } from '../../core/event-over';
import { getThumbnailSrc } from '../../core/image-renditions';
import { useMessages } from '../hooks/use-messages';
import { SaveButton } from './save-button';
import { ShareButton } from './share-button';

interface ArticleCardProps {
  article: Article;
  /** The time «5 хв тому» counts from; null for a page read later than it was made: dates only. */
  now: number | null;
  /** The first cards are on screen at start: their images must not wait for lazy loading. */
  isEager: boolean;
  /** The resident's topics this article mentions. */
  topics: string[];
  /** False under the data saver: no thumbnail is downloaded at all. */
  showImage: boolean;
  /** The site's server makes sized photos: the thumbnail is one, not the feed's full photo. */
  hasRenditions: boolean;
}

const DAY = 86_400_000;

/** One news item in the list: title (the link), date, section, save toggle, excerpt, thumbnail. */
export function ArticleCard({
  article,
  now,
  isEager,
  topics,
  showImage,
  hasRenditions,
}: ArticleCardProps) {
  const t = useMessages();
  const date = article.published;
  const isRecent = date !== null && now !== null && now - Date.parse(date) < DAY;
  const titleId = `title-${article.key}`;
  // Only where the page knows when it is read: the server's page says «Подія» for every event.
  const isOver = article.event !== null && now !== null && isEventOver(article.event, now);
  return (
    <li class={article.read ? 'card card--read' : 'card'}>
      <h2 class="card__title" lang={lang}>
        <a class="card__link" id={titleId} href={`/news/${article.key}`}>
          {article.title}
        </a>
      </h2>
      <p class="card__meta">
        {date && (
          <time dateTime={date}>
            {isRecent ? formatTimeAgo(date, now!, t.locale) : formatArticleDate(date, t.locale)}
          </time>
        )}
        {article.categories[0] && (
          <span class="card__category" lang={lang}>
            {article.categories[0]}
          </span>
        )}
      </p>
      {article.event && (
        // As the article's language writes it, computed when stored: the first screen has no
        // room for a date formatter of its own (the article's page formats it in the UI's).
        <p class={isOver ? 'event event--over' : 'event'}>
          {isOver ? t.pastEvent : t.event}:{' '}
          <span lang={lang}>
            <time dateTime={article.event.startDate}>{article.event.when}</time>
            {article.event.place && ` · ${article.event.place}`}
          </span>
        </p>
      )}
      {article.summary && (
        <p class="card__summary" lang={lang}>
          {article.summary}
        </p>
      )}
      <div class="card__footer">
        {topics.length > 0 && <p class="card__topic">{t.topicBadge(topics)}</p>}
        <SaveButton article={article} variant="icon" describedBy={titleId} />
        <ShareButton article={article} isCompact />
      </div>
      {article.image && showImage && (
        <img
          class="card__thumb"
          src={getThumbnailSrc(article.image.url, hasRenditions)}
          alt={article.image.alt}
          lang={lang}
          width="136"
          height="96"
          loading={isEager ? 'eager' : 'lazy'}
          decoding="async"
        />
      )}
    </li>
  );
}
