import { useQuery } from '@tanstack/preact-query';
import type { RefObject } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { contentLanguage } from '#city/contentLanguage';
import { getDocumentHref } from '../../core/document-files';
import { getDocumentKind } from '../../core/document-types';
import type { ArticleAttachment } from '../../core/types';
import { keptDocumentsQuery } from '../../data/documents';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { useMessages } from '../hooks/use-messages';
import { useDocumentOpener } from '../hooks/use-document-opener';

const KIB = 1024;
const MIB = KIB * KIB;

/** A document's size as the portal labels it: «240 КБ», «1,2 МБ» (binary units, like the portal). */
export function formatDocumentSize(
  bytes: number,
  units: { kilobytes: string; megabytes: string },
  locale: string,
): string {
  if (bytes < MIB) return `${Math.max(1, Math.round(bytes / KIB))} ${units.kilobytes}`;
  const megabytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / MIB);
  return `${megabytes} ${units.megabytes}`;
}

interface ArticleDocumentsProps {
  attachments: ArticleAttachment[];
  /** The article's body: its links to these files open them the same way. */
  body: RefObject<HTMLElement>;
  /** The body's HTML: when it changes, its links are new elements. */
  bodyHtml: string;
  /**
   * Whether the site's server serves the feed's documents on its own origin (the flag of its
   * sized photos, preferences.imageRenditions): then every link to a file uses that address.
   */
  isServedHere: boolean;
}

/**
 * «Документи»: one link per file, named by its title, type and size, opening in the browser's own
 * viewer: the device's copy when it keeps one (offline too), else the file online; offline, a
 * file the device does not keep says so before the tap. Kept files are known only in the app, so
 * the server's page shows the plain links.
 */
export function ArticleDocuments({
  attachments,
  body,
  bodyHtml,
  isServedHere,
}: ArticleDocumentsProps) {
  const t = useMessages();
  const s = useScreenMessages();
  const files = useMemo(
    () =>
      attachments.map((attachment) => ({
        ...attachment,
        href: getDocumentHref(attachment, isServedHere),
      })),
    [attachments, isServedHere],
  );
  const hrefs = useMemo(() => files.map((file) => file.href), [files]);
  const kept = useQuery(keptDocumentsQuery(hrefs));
  const { isUnavailable, open } = useDocumentOpener(kept.data, kept.refetch);

  // The body's own links to these files: the same address, tap and warning offline.
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const hrefOf = new Map<string, string>();
    for (const { url, href } of files) {
      hrefOf.set(url, href);
      hrefOf.set(new URL(href, location.href).href, href);
    }
    const links = [...root.querySelectorAll('a[href]')].filter((link) =>
      hrefOf.has((link as HTMLAnchorElement).href),
    ) as HTMLAnchorElement[];
    for (const link of links) {
      const href = hrefOf.get(link.href)!;
      // One address per file, as the worker keeps it: a long press copies or opens that one too.
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
      if (isUnavailable(href)) {
        link.setAttribute('aria-disabled', 'true');
        link.title = s.documentOnlineOnly;
      } else if (link.hasAttribute('aria-disabled')) {
        link.removeAttribute('aria-disabled');
        link.removeAttribute('title');
      }
    }
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest('a');
      if (link && links.includes(link)) open(link.getAttribute('href')!, event);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [body, bodyHtml, files, isUnavailable, open, s.documentOnlineOnly]);

  return (
    <section class="documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading" class="documents__heading">
        {s.documentsHeading}
      </h2>
      <ul class="documents__list">
        {files.map(({ url, href, title, mimeType, sizeBytes }) => {
          const kind = getDocumentKind(url, mimeType);
          const size = sizeBytes === null ? null : formatDocumentSize(sizeBytes, s, t.locale);
          const isOut = isUnavailable(href);
          return (
            <li key={url}>
              <a
                class="document"
                href={href}
                target="_blank"
                rel="noopener"
                aria-disabled={isOut || undefined}
                onClick={(event) => open(href, event)}
              >
                <span class={`document__icon document__icon--${kind.icon}`} aria-hidden="true">
                  {kind.label ?? ''}
                </span>
                <span class="document__text">
                  <span class="document__title" lang={contentLanguage}>
                    {title}
                  </span>
                  <span class="visually-hidden">, </span>
                  <span class="document__meta">
                    {[kind.label ?? s.documentFile, size].filter(Boolean).join(', ')}
                  </span>
                  {isOut && <span class="document__state">{s.documentOnlineOnly}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
