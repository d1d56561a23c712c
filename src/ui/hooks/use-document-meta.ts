import { useEffect } from 'preact/hooks';

/** What a route tells the browser, link previews and search engines about itself. */
export interface DocumentMeta {
  title: string;
  description: string;
  /** The original page for articles; absent elsewhere. */
  canonical?: string | null;
}

function setHeadElement(
  selector: string,
  create: () => HTMLElement,
  attr: string,
  value: string | null,
) {
  let el = document.head.querySelector<HTMLElement>(selector);
  if (value === null) {
    el?.remove();
    return;
  }
  if (!el) {
    el = create();
    document.head.append(el);
  }
  el.setAttribute(attr, value);
}

/**
 * Sets document.title, the meta description and the canonical link for the current route;
 * `isActive` false leaves them to the page that embeds this one.
 */
export function useDocumentMeta(
  { title, description, canonical = null }: DocumentMeta,
  isActive = true,
): void {
  useEffect(() => {
    if (!isActive) return;
    document.title = title;
    setHeadElement(
      'meta[name="description"]',
      () => Object.assign(document.createElement('meta'), { name: 'description' }),
      'content',
      description,
    );
    setHeadElement(
      'link[rel="canonical"]',
      () => Object.assign(document.createElement('link'), { rel: 'canonical' }),
      'href',
      canonical,
    );
  }, [title, description, canonical, isActive]);
}
