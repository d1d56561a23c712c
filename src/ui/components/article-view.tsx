import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { holdBackImages } from '../../article-html/hold-back-images';
import { toTrustedArticleHtml } from '../../article-html/sanitize';
import { contentLanguage as lang } from '#city/contentLanguage';
import { formatArticleDate } from '../../core/format-date';
import { getLeadPhotoSources, isLeadPhotoInBody, LEAD_PHOTO_BOX } from '../../core/photo-sources';
import type { Article, ArticleImage } from '../../core/types';
import { canGoBackToList } from '../hooks/in-app-history';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { usePreferences } from '../hooks/use-preferences';
import { ArticleDocuments } from './article-documents';
import { ArticleEvent } from './article-event';
import { BackIcon, ExternalIcon, PhotoIcon } from './more-icons';
import { ReadAloud } from './read-aloud';
import { SaveButton } from './save-button';
import { ShareButton } from './share-button';


interface LeadPhotoProps {
  image: ArticleImage;
  alt: string;
  hasRenditions: boolean;
  isDataSaver: boolean;
}

/**
 * The lead photo: where the site's server makes renditions, WebP or JPEG in the width the screen
 * needs (the smallest under the data saver); else the feed's photo. The box is fixed either way.
 */
function LeadPhoto({ image, alt, hasRenditions, isDataSaver }: LeadPhotoProps) {
  const sources = hasRenditions ? getLeadPhotoSources(image.url, isDataSaver) : null;
  const photo = (
    <img
      src={sources?.src ?? image.url}
      srcset={sources?.jpegSrcset}
      sizes={sources?.sizes}
      alt={alt}
      width={LEAD_PHOTO_BOX.width}
      height={LEAD_PHOTO_BOX.height}
      decoding="async"
    />
  );
  if (!sources) return photo;
  return (
    <picture>
      <source type="image/webp" srcset={sources.webpSrcset} sizes={sources.sizes} />
      {photo}
    </picture>
  );
}

/** A whole article: title, date, lead photo with caption, sanitized body, signature, actions. */
export function ArticleView({ article }: { article: Article }) {
  const t = useMessages();
  const s = useScreenMessages();
  const { dataSaver, imageRenditions } = usePreferences();
  const [isLeadShown, setLeadShown] = useState(false);
  const root = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const html = useMemo(
    () =>
      toTrustedArticleHtml(article.contentHtml, article.url || undefined, {
        holdImages: dataSaver,
      }),
    [article.contentHtml, article.url, dataSaver],
  );
  // Before paint: the photos the data saver held back become «Показати фото» buttons.
  useLayoutEffect(() => {
    if (dataSaver && body.current) holdBackImages(body.current, t.showPhoto, t.locale);
  }, [html, dataSaver, t.showPhoto, t.locale]);
  const image = article.image;
  // Feeds that take the lead image from the body would otherwise show it twice.
  const showLeadImage = image !== null && !isLeadPhotoInBody(article);
  const author = article.author;
  const showAuthor = author !== null && !article.contentHtml.includes(author);
  return (
    <article class="article" ref={root}>
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
      {article.categories[0] && (
        <p class="article__category" lang={lang}>
          {article.categories[0]}
        </p>
      )}
      <h1 class="article__title" lang={lang}>
        {article.title}
      </h1>
      {/* As tall as a button on the server's page too: «Прослухати» comes in an effect. */}
      <div class="article__meta">
        {article.published && (
          <p class="article__date">
            <time dateTime={article.published}>
              {formatArticleDate(article.published, t.locale)}
            </time>
          </p>
        )}
        <ReadAloud root={root} title={article.title} />
      </div>
      {article.event && <ArticleEvent article={article} event={article.event} />}
      {showLeadImage &&
        (dataSaver && !isLeadShown ? (
          <button type="button" class="photo-button" onClick={() => setLeadShown(true)}>
            <PhotoIcon />
            {t.showPhoto}
          </button>
        ) : (
          <figure class="article__figure" lang={lang}>
            <LeadPhoto
              image={image}
              alt={image.alt || s.photoOf(article.title)}
              hasRenditions={imageRenditions}
              isDataSaver={dataSaver}
            />
            {image.alt && <figcaption>{image.alt}</figcaption>}
          </figure>
        ))}
      {/* Preact assigns __html to innerHTML untouched, so the TrustedHTML object reaches the sink
          that Trusted Types guards; its type says string only. */}
      <div
        ref={body}
        class="article-body"
        lang={lang}
        dangerouslySetInnerHTML={{ __html: html as string }}
      />
      {showAuthor && (
        <p class="article__author" lang={lang}>
          {author}
        </p>
      )}
      {article.attachments && (
        <ArticleDocuments
          attachments={article.attachments}
          body={body}
          bodyHtml={article.contentHtml}
          isServedHere={imageRenditions}
        />
      )}
      <div class="article__actions">
        <SaveButton article={article} variant="full" />
        <ShareButton article={article} />
        {article.url && (
          <a class="button" href={article.url} target="_blank" rel="noopener noreferrer">
            <ExternalIcon />
            {s.readOnPortal}
          </a>
        )}
      </div>
    </article>
  );
}
