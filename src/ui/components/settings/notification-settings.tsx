import { useMessages } from '../../hooks/use-messages';
import { useNotificationToggle } from '../../hooks/use-notification-toggle';

/** «Сповіщення»: the switch for general notifications, asked for only on a tap. */
export function NotificationSettings() {
  const t = useMessages();
  const toggle = useNotificationToggle();
  return (
    <section class="settings-section" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t.notificationsHeading}</h2>
      {toggle.isSupported ? (
        <>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={toggle.isEnabled}
              disabled={toggle.isBusy}
              onChange={(event) => void toggle.setEnabled(event.currentTarget.checked)}
            />
            <span>{t.notificationsToggle}</span>
          </label>
          <p class="settings-hint">{t.notificationsHint}</p>
          {toggle.permission === 'denied' && <p class="notice">{t.notificationsBlocked}</p>}
          {toggle.hasPushError && <p class="notice">{t.pushFailed}</p>}
        </>
      ) : (
        <p class="settings-hint">{t.notificationsUnsupported}</p>
      )}
    </section>
  );
}
