import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import {
  ARTICLE_ALLOWED_ATTRIBUTES,
  ARTICLE_ALLOWED_TAGS,
  ARTICLE_URL_ATTRIBUTES,
  ARTICLE_URL_PATTERN,
  ARTICLE_URL_SCHEMES,
} from '../core/article-html-allowlist';
import { ARTICLE_HTML_POLICY } from '../core/trusted-types';

type TrustedTypePolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/** Sanitized article HTML as the page's innerHTML accepts it under Trusted Types. */
export type TrustedArticleHtml = ReturnType<TrustedTypePolicy['createHTML']> | string;

// The base URL of the call in progress, and whether its photos wait for a tap (the data
// saver); DOMPurify hooks are per instance, not per call.
let currentBase: string | undefined;
let isHoldingImages = false;

function resolveUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  try {
    const url = currentBase ? new URL(trimmed, currentBase) : new URL(trimmed);
    return ARTICLE_URL_SCHEMES.includes(url.protocol) ? url.href : null;
  } catch {
    return currentBase ? null : trimmed;
  }
}

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of ARTICLE_URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const resolved = resolveUrl(value);
    if (resolved === null) node.removeAttribute(name);
    else node.setAttribute(name, resolved);
  }
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    if (!node.getAttribute('href')!.startsWith('#')) {
      // Article links lead out of the app; the opener must not be able to navigate it.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.tagName === 'IMG') {
    if (!node.hasAttribute('src')) node.remove();
    else {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      // Without src nothing downloads; hold-back-images.ts turns it into a «Показати фото» button.
      if (isHoldingImages) {
        node.setAttribute('data-held-src', node.getAttribute('src')!);
        node.removeAttribute('src');
      }
    }
  }
});

// Only this module holds the policy, so only DOMPurify's output can become TrustedHTML: the CSP
// allows this one policy name, and with `require-trusted-types-for 'script'` the browser refuses
// a plain string at innerHTML. The policy passes through what DOMPurify hands it (its own parse
// of the input in an inert document, and its sanitized output); it never sanitizes by itself.
const refuseScript = (): never => {
  throw new TypeError('Article HTML never carries script');
};
const trustedTypes =
  typeof window === 'undefined' ? undefined : (window as WindowLike).trustedTypes;
const policy: TrustedTypePolicy | null = trustedTypes
  ? trustedTypes.createPolicy(ARTICLE_HTML_POLICY, {
      createHTML: (html: string) => html,
      createScript: refuseScript,
      createScriptURL: refuseScript,
    })
  : null;

// The shared allowlist replaces DOMPurify's defaults, so the bridge's feed and the app keep
// exactly the same markup.
const CONFIG: Config = {
  TRUSTED_TYPES_POLICY: policy,
  ALLOWED_TAGS: [...ARTICLE_ALLOWED_TAGS],
  ALLOWED_ATTR: [...ARTICLE_ALLOWED_ATTRIBUTES],
  ALLOWED_URI_REGEXP: ARTICLE_URL_PATTERN,
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
};

function withBase<T>(baseUrl: string | undefined, run: () => T, holdImages = false): T {
  currentBase = baseUrl;
  isHoldingImages = holdImages;
  try {
    return run();
  } finally {
    currentBase = undefined;
    isHoldingImages = false;
  }
}

/**
 * Makes feed HTML safe to show inside the app: no scripts, handlers, forms, frames, styles or
 * foreign classes, only web links, images lazy. Runs on every render, so stored raw HTML is
 * protected by the current rules. Returns TrustedHTML, the only form the page's innerHTML takes
 * under the app's Trusted Types policy (a plain string where the browser has no Trusted Types).
 * With `holdImages` (the data saver) every photo keeps its address in data-held-src, not in src.
 */
export function toTrustedArticleHtml(
  html: string,
  baseUrl?: string,
  options: { holdImages?: boolean } = {},
): TrustedArticleHtml {
  return withBase(
    baseUrl,
    () => DOMPurify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: true }),
    options.holdImages,
  );
}
