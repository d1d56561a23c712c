import { escapeHtml } from '../core/text';
import type { Attachment } from './feed-entry';

/**
 * Appends links to an item's attachments (PDF decisions, recordings) to its body, so readers
 * can open them: FeedArticle has no field for them. Files the body already links to are left out.
 */
export function appendAttachmentLinks(html: string, attachments: Attachment[]): string {
  const items = attachments
    .filter(({ url }) => !html.includes(`"${escapeHtml(url)}"`) && !html.includes(`"${url}"`))
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
