import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';

/** An address inside the app that leads nowhere. */
export function NotFound() {
  const t = useMessages();
  useDocumentMeta({ title: `${t.notFoundTitle} — ${t.appName}`, description: t.notFoundText });
  return (
    <section class="empty-state">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <a class="button button--primary" href="/">
        {t.toHome}
      </a>
    </section>
  );
}
