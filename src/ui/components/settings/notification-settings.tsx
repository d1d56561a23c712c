import { useScreenMessages } from '../../hooks/use-screen-messages';
import { useNotificationToggle } from '../../hooks/use-notification-toggle';
import { PushSettings } from './push-settings';

/** «Сповіщення»: the switch for general notifications, asked for only on a tap, and push's choices. */
export function NotificationSettings() {
  const s = useScreenMessages();
  const toggle = useNotificationToggle();
  return (
    <section class="settings-section" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{s.notificationsHeading}</h2>
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
            <span>{s.notificationsToggle}</span>
          </label>
          <p class="settings-hint">{s.notificationsHint}</p>
          {toggle.permission === 'denied' && <p class="notice">{s.notificationsBlocked}</p>}
          <PushSettings toggle={toggle} />
          {toggle.hasPushError && <p class="notice">{s.pushFailed}</p>}
        </>
      ) : (
        <p class="settings-hint">{s.notificationsUnsupported}</p>
      )}
    </section>
  );
}
