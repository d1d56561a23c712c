import { decodeHTMLAttribute } from 'entities/decode';
import { escapeHtml } from '../core/text';
import type { Attachment } from './feed-entry';
import { scanStartTags } from './html-tags';

/**
 * Appends links to an item's attachments (PDF decisions, recordings) to its body, so readers
 * can open them: FeedArticle has no field for them. Files the body already links to are left out.
 */
export function appendAttachmentLinks(html: string, attachments: Attachment[]): string {
  if (attachments.length === 0) return html;
  const linked = new Set<string>();
  scanStartTags(html, (tag) => {
    const href = tag.attributes.find((attribute) => attribute.name === 'href');
    if (href !== undefined) linked.add(decodeHTMLAttribute(href.value).trim());
  });
  const items = attachments
    .filter(({ url }) => !linked.has(url))
    .map(
      ({ url, title }) =>
        `<li><a href="${escapeHtml(url)}">${escapeHtml(title || getFileName(url))}</a></li>`,
    );
  if (items.length === 0) return html;
  return `${html}<ul class="feed-attachments">${items.join('')}</ul>`;
}

function getFileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.slice(path.lastIndexOf('/') + 1) || url;
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a malformed %-escape
  }
}
