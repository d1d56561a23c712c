import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { collapseWhitespace } from '../core/text';

/** Where an article sits on its page, found without relying on the wrappers around it. */
export interface ArticleParts {
  body: Cheerio<Element>;
  /** The heading that names the article, when the page has one outside the body. */
  heading: Cheerio<Element> | null;
  /**
   * The smallest element holding both the heading and the body (the body's parent when there is
   * no heading): where the date, photos and documents of this article are looked for.
   */
  scope: Cheerio<Element>;
}

/**
 * Whether an element sits in the page's chrome (menus, sidebars, the footer, the site header),
 * where a heading, a date or a body belongs to the site or to other articles. A header inside
 * an <article> or <main> is the article's own and holds its title and date.
 */
export function isPageChrome(element: Cheerio<AnyNode>): boolean {
  if (element.closest('nav, aside, footer').length > 0) return true;
  const header = element.closest('header');
  return header.length > 0 && header.closest('article, main').length === 0;
}

/**
 * Finds the article's body (the first match outside the page chrome, else the first match), the
 * heading nearest to it outside the chrome and the element around both; null without a body.
 */
export function findArticleParts(
  $: CheerioAPI,
  selectors: { body: string; title: string },
): ArticleParts | null {
  const bodies = $(selectors.body).toArray().filter(isTag);
  const body = bodies.find((b) => !isPageChrome($(b))) ?? bodies[0];
  if (!body) return null;
  const around = getAncestors(body);
  let heading: Element | null = null;
  let depth = Infinity;
  for (const candidate of $(selectors.title).toArray().filter(isTag)) {
    const text = collapseWhitespace($(candidate).text());
    if (!text || around.includes(candidate) || isPageChrome($(candidate))) continue;
    const common = getAncestors(candidate).find((a) => around.includes(a));
    const candidateDepth = common ? around.indexOf(common) : -1;
    // Depth 0 is the body itself: a heading inside it is a subheading, not the title.
    if (candidateDepth > 0 && candidateDepth < depth) {
      heading = candidate;
      depth = candidateDepth;
    }
  }
  const scope = heading ? around[depth]! : body.parent;
  return {
    body: $(body),
    heading: heading ? $(heading) : null,
    scope: $(scope && isTag(scope) ? scope : body),
  };
}

/** The title a page gives in its <head>: og:title, else <title> without the site's name. */
export function getHeadTitle($: CheerioAPI): { text: string; source: string } | null {
  const og = collapseWhitespace($('meta[property="og:title"]').attr('content') ?? '');
  if (og) return { text: og, source: 'og:title' };
  const parts = collapseWhitespace($('head title').first().text()).split(' | ');
  // «Title | Site name»: only the last part names the site, a title may itself hold a bar.
  const text = (parts.length > 1 ? parts.slice(0, -1) : parts).join(' | ').trim();
  return text ? { text, source: '<title>' } : null;
}

/** The element and its ancestors, nearest first. */
function getAncestors(node: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = node; current;) {
    chain.push(current);
    current = current.parent && isTag(current.parent) ? current.parent : null;
  }
  return chain;
}
