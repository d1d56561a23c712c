import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';

/** A screen the manifest's shortcuts already point to, arriving in a later version. */
export function ComingSoon({ title }: { title: string }) {
  const t = useMessages();
  useDocumentMeta({ title: `${title} — ${t.appName}`, description: t.comingSoon });
  return (
    <section class="empty-state">
      <h1>{title}</h1>
      <p>{t.comingSoon}</p>
      <a class="button button--primary" href="/">
        {t.backToList}
      </a>
    </section>
  );
}
