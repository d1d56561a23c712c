import { escapeHtml, truncateAtWord } from '../../core/text';

/** A picture for link previews: absolute URL, with its size when known. */
export interface PreviewImage {
  url: string;
  width: number | null;
  height: number | null;
  alt: string;
}

/** What a page's <head> says about it, to browsers, search engines and messengers' previews. */
export interface PageHead {
  title: string;
  /** Plain text; cut to 160 characters at a word. */
  description: string;
  /** Absolute: where the page's content is at home (an article's portal page, or the app's). */
  canonical: string;
  /** Absolute: this page in the app, for og:url. */
  url: string;
  type: 'website' | 'article';
  image: PreviewImage;
  siteName: string;
  /** The council, named as the publisher of every article. */
  publisher: string;
  article?: {
    headline: string;
    published: string | null;
    modified: string | null;
    section: string | null;
    author: string | null;
  };
}

/** Longest description search engines and messengers show without cutting it themselves. */
export const MAX_DESCRIPTION = 160;

const attribute = (value: string) => escapeHtml(value);

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` as \u escapes, so no string
 * in it (a title with `</script>` or `<!--`) can end the element or open a comment; U+2028/2029
 * too, which older parsers read as line ends.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function meta(kind: 'name' | 'property', key: string, content: string | number | null): string {
  if (content === null || content === '') return '';
  return `<meta ${kind}="${key}" content="${attribute(String(content))}">`;
}

function describeArticle(head: PageHead): object | null {
  const { article } = head;
  if (!article) return null;
  const council = { '@type': 'GovernmentOrganization', name: head.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncateAtWord(article.headline, 110),
    image: [head.image.url],
    datePublished: article.published ?? undefined,
    dateModified: article.modified ?? article.published ?? undefined,
    author: article.author ? { '@type': 'Person', name: article.author } : council,
    publisher: council,
    mainEntityOfPage: head.url,
    description: head.description,
    articleSection: article.section ?? undefined,
  };
}

/** The <title>, and the other tags for <head>: description, canonical, Open Graph, JSON-LD. */
export function renderHeadTags(head: PageHead): { title: string; tags: string } {
  const description = truncateAtWord(head.description, MAX_DESCRIPTION);
  const { image, article } = head;
  const tags = [
    meta('name', 'description', description),
    `<link rel="canonical" href="${attribute(head.canonical)}">`,
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', article?.headline ?? head.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:locale', 'uk_UA'),
    meta('property', 'og:image', image.url),
    meta('property', 'og:image:width', image.width),
    meta('property', 'og:image:height', image.height),
    meta('property', 'og:image:alt', image.alt),
    meta('property', 'article:published_time', article?.published ?? null),
    meta('property', 'article:modified_time', article?.modified ?? null),
    meta('property', 'article:section', article?.section ?? null),
    meta('name', 'twitter:card', 'summary_large_image'),
  ];
  const ld = describeArticle(head);
  if (ld) tags.push(`<script type="application/ld+json">${toScriptJson(ld)}</script>`);
  return {
    title: `<title>${escapeHtml(head.title)}</title>`,
    tags: tags.filter(Boolean).join('\n    '),
  };
}
