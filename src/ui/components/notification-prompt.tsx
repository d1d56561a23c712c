import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { SETTING_KEYS } from '../../core/setting-keys';
import { saveSetting, settingQuery } from '../../data/settings';
import { useMessages } from '../hooks/use-messages';
import { useNotificationToggle } from '../hooks/use-notification-toggle';

// Asking on the first visits is noise; by the third the resident knows what the app is for.
const VISITS_BEFORE_ASKING = 3;

/** A one-time, dismissible offer of notifications from the third visit on; never on load alone. */
export function NotificationPrompt() {
  const t = useMessages();
  const queryClient = useQueryClient();
  const toggle = useNotificationToggle();
  const visits = useQuery(settingQuery(SETTING_KEYS.visitCount)).data;
  const dismissed = useQuery(settingQuery(SETTING_KEYS.notificationPromptDismissed)).data;
  const isDue =
    toggle.isSupported &&
    toggle.permission === 'default' &&
    !toggle.isEnabled &&
    dismissed !== true &&
    typeof visits === 'number' &&
    visits >= VISITS_BEFORE_ASKING;
  if (!isDue) return null;
  const dismiss = () => saveSetting(queryClient, SETTING_KEYS.notificationPromptDismissed, true);
  return (
    <aside class="notice prompt" aria-label={t.notificationsHeading}>
      <p>{t.notificationPrompt}</p>
      <div class="prompt__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => void toggle.setEnabled(true).then(dismiss)}
        >
          {t.notificationPromptAccept}
        </button>
        <button type="button" class="button" onClick={() => void dismiss()}>
          {t.notificationPromptDecline}
        </button>
      </div>
    </aside>
  );
}
