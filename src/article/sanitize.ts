import DOMPurify from 'dompurify';

// Only web links, mail and phone: data:, javascript:, vbscript: and app-specific schemes fail.
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

// The base URL of the call in progress; DOMPurify hooks are per instance, not per call.
let currentBase: string | undefined;

function resolveUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  try {
    const url = currentBase ? new URL(trimmed, currentBase) : new URL(trimmed);
    return /^(https?|mailto|tel):$/.test(url.protocol) ? url.href : null;
  } catch {
    return currentBase ? null : trimmed;
  }
}

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of URL_ATTRIBUTES) {
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
    }
  }
});

/**
 * Makes feed HTML safe to show inside the app: no scripts, handlers, forms, frames, styles or
 * foreign classes, only web links, images lazy. Runs on every render, so stored raw HTML is
 * protected by the current rules.
 */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  currentBase = baseUrl;
  try {
    return DOMPurify.sanitize(html, {
      ALLOWED_URI_REGEXP: SAFE_URL,
      FORBID_TAGS: [
        'style',
        'form',
        'input',
        'button',
        'textarea',
        'select',
        'option',
        'iframe',
        'frame',
        'frameset',
        'object',
        'embed',
        'base',
        'meta',
        'link',
        'noscript',
        'template',
        'svg',
        'math',
        'dialog',
        'audio',
        'video',
        'source',
        'track',
        'picture',
      ],
      FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'sizes', 'target', 'formaction'],
      ALLOW_DATA_ATTR: false,
      SANITIZE_NAMED_PROPS: true,
    });
  } finally {
    currentBase = undefined;
  }
}
