import type { PortalAttachment } from './extract-attachments';
import type { PortalArticle } from './extract-article';
import type { PortalImage } from './extract-images';
import { escapeHtml } from '../core/text';

/**
 * The item's HTML: the body as the portal shows it, with the lead photo, the gallery and the
 * documents that sit outside the body on the page added around it, so that a reader that only
 * shows content_html still sees every photo and can open every decision.
 */
export function renderContentHtml(
  article: Pick<PortalArticle, 'bodyHtml' | 'images' | 'attachments'>,
): string {
  const [first, ...others] = article.images;
  const parts: string[] = [];
  if (first && !first.inBody) parts.push(renderFigure(first));
  parts.push(article.bodyHtml);
  const gallery = others.filter((image) => !image.inBody);
  if (gallery.length > 0) {
    parts.push(`<div>${gallery.map(renderFigure).join('')}</div>`);
  }
  const documents = article.attachments.filter((attachment) => !attachment.inBody);
  if (documents.length > 0) {
    parts.push(`<ul>${documents.map(renderDocument).join('')}</ul>`);
  }
  return parts.join('\n');
}

function renderFigure(image: PortalImage): string {
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></figure>`;
}

function renderDocument(attachment: PortalAttachment): string {
  const type = attachment.url.split('.').pop()?.toUpperCase() ?? '';
  const size = attachment.sizeInBytes === null ? '' : `, ${formatSize(attachment.sizeInBytes)}`;
  const link = `<a href="${escapeHtml(attachment.url)}">${escapeHtml(attachment.title)}</a>`;
  return `<li>${link} (${escapeHtml(type)}${size})</li>`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
