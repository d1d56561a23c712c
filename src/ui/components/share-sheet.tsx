import { useEffect, useRef } from 'preact/hooks';
import { listShareTargets } from '../../core/share-targets';
import { useScreenMessages } from '../hooks/use-screen-messages';
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
  const s = useScreenMessages();
  const { showToast } = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      showToast(s.linkCopied);
    } catch {
      showToast(s.copyFailed);
    }
    onClose();
  };
  const labels = {
    telegram: s.shareTelegram,
    viber: s.shareViber,
    facebook: s.shareFacebook,
    email: s.shareEmail,
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
        {s.shareTitle}
      </h2>
      <p class="sheet__subtitle">{title}</p>
      <ul class="sheet__list">
        <li>
          <button type="button" class="menu__item" onClick={() => void copy(url)}>
            {s.copyLink}
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
              {s.copyPortalLink}
            </button>
          </li>
        )}
      </ul>
      <form method="dialog">
        <button type="submit" class="button sheet__close">
          {s.close}
        </button>
      </form>
    </dialog>
  );
}
