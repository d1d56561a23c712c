import type { AppUpdate } from '../../pwa/use-app-update';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';

/** «Доступна нова версія»: the reader decides when the new version takes over. */
export function UpdatePrompt({ update }: { update: AppUpdate }) {
  const t = useMessages();
  const s = useScreenMessages();
  if (update.isReloadNeeded) {
    return (
      <div class="toast-region">
        <div class="toast" role="alert">
          <span>{t.reloadNeeded}</span>
          <button type="button" class="button button--primary" onClick={() => location.reload()}>
            {t.reload}
          </button>
        </div>
      </div>
    );
  }
  if (!update.isUpdateReady) return null;
  return (
    <div class="toast-region">
      <div class="toast" role="alert">
        <span>{s.updateReady}</span>
        <button type="button" class="button button--primary" onClick={update.applyUpdate}>
          {s.updateNow}
        </button>
        <button type="button" class="button" onClick={update.dismiss}>
          {s.dismiss}
        </button>
      </div>
    </div>
  );
}
