import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { SETTING_KEYS } from '../../core/setting-keys';
import { incrementCounter, saveSetting, settingQuery } from '../../data/settings';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { useNotificationToggle } from '../hooks/use-notification-toggle';

// Asking on the first visits is noise; by the third the resident knows what the app is for.
const VISITS_BEFORE_ASKING = 3;

// A visit is a start of the app that shows the news, counted once however often the list remounts.
let isVisitCounted = false;

/** A one-time, dismissible offer of notifications from the third visit on; never on load alone. */
export function NotificationPrompt() {
  const s = useScreenMessages();
  const queryClient = useQueryClient();
  const toggle = useNotificationToggle();
  useEffect(() => {
    if (isVisitCounted) return;
    isVisitCounted = true;
    void incrementCounter(queryClient, SETTING_KEYS.visitCount).catch(() => undefined);
  }, [queryClient]);
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
    <aside class="notice prompt" aria-label={s.notificationsHeading}>
      <p>{s.notificationPrompt}</p>
      <div class="prompt__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => void toggle.setEnabled(true).then(dismiss)}
        >
          {s.notificationPromptAccept}
        </button>
        <button type="button" class="button" onClick={() => void dismiss()}>
          {s.notificationPromptDecline}
        </button>
      </div>
    </aside>
  );
}
