import { useEffect, useRef } from 'preact/hooks';
import { listShareTargets } from '../../article/share-targets';
import { useMessages } from '../hooks/use-messages';
import { useToast } from './toast-region';

interface ShareSheetProps {
  title: string;
  /** The app's own link (`/news/<key>?src=…`). */
  url: string;
  /** The original portal page, for those who prefer it; '' when the feed gave none. */
  portalUrl: string;
  onClose: () => void;
}

/** Where the system share sheet is missing: copy the link, or hand it to a messenger. */
export function ShareSheet({ title, url, portalUrl, onClose }: ShareSheetProps) {
  const t = useMessages();
  const { showToast } = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      showToast(t.linkCopied);
    } catch {
      showToast(t.copyFailed);
    }
    onClose();
  };
  const labels = {
    telegram: t.shareTelegram,
    viber: t.shareViber,
    facebook: t.shareFacebook,
    email: t.shareEmail,
  };

  return (
    <dialog
      ref={dialog}
      class="sheet"
      aria-labelledby="share-sheet-title"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
    >
      <h2 id="share-sheet-title" class="sheet__title">
        {t.shareTitle}
      </h2>
      <p class="sheet__subtitle">{title}</p>
      <ul class="sheet__list">
        <li>
          <button type="button" class="menu__item" onClick={() => void copy(url)}>
            {t.copyLink}
          </button>
        </li>
        {listShareTargets(title, url).map((target) => (
          <li key={target.id}>
            <a
              class="menu__item"
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => dialog.current?.close()}
            >
              {labels[target.id]}
            </a>
          </li>
        ))}
        {portalUrl && (
          <li>
            <button type="button" class="menu__item" onClick={() => void copy(portalUrl)}>
              {t.copyPortalLink}
            </button>
          </li>
        )}
      </ul>
      <form method="dialog">
        <button type="submit" class="button sheet__close">
          {t.close}
        </button>
      </form>
    </dialog>
  );
}
