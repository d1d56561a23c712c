import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';

/** An address inside the app that leads nowhere (lazy: the list's first load never needs it). */
export default function NotFound() {
  const { appName } = useMessages();
  const t = useScreenMessages();
  useDocumentMeta({ title: `${t.notFoundTitle} — ${appName}`, description: t.notFoundText });
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
