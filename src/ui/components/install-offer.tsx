import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { SETTING_KEYS } from '../../core/setting-keys';
import { saveSetting, settingQuery } from '../../data/settings';
import { promptInstall, useInstallState } from '../../pwa/install-prompt';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';

// By the second article the resident knows the app is worth a place on the home screen.
const ARTICLES_BEFORE_OFFER = 2;

/** Shows once, after the second article read: Chromium's install, or the iPhone steps. */
export function InstallOffer() {
  const t = useMessages();
  const s = useScreenMessages();
  const queryClient = useQueryClient();
  const install = useInstallState();
  const opened = useQuery(settingQuery(SETTING_KEYS.articlesOpened)).data;
  const shown = useQuery(settingQuery(SETTING_KEYS.installOfferShown));
  const isDue =
    (install.canInstall || install.needsIosHint) &&
    typeof opened === 'number' &&
    opened >= ARTICLES_BEFORE_OFFER &&
    shown.isSuccess &&
    shown.data !== true;

  const [isVisible, setVisible] = useState(false);

  // Recorded as shown at once, so it never returns; it stays on this page until closed.
  useEffect(() => {
    if (!isDue) return;
    setVisible(true);
    void saveSetting(queryClient, SETTING_KEYS.installOfferShown, true);
  }, [isDue, queryClient]);

  if (!isVisible || (!install.canInstall && !install.needsIosHint)) return null;
  const close = () => setVisible(false);

  if (install.needsIosHint) {
    return (
      <aside class="notice install-offer" aria-labelledby="ios-install-title">
        <h2 id="ios-install-title">{s.iosInstallTitle}</h2>
        <ol class="install-offer__steps">
          <li>
            <svg class="install-offer__icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 3v12M7 8l5-5 5 5M5 12v8h14v-8" />
            </svg>
            {s.iosInstallStep1}
          </li>
          <li>
            <svg class="install-offer__icon" viewBox="0 0 24 24" aria-hidden="true">
              <rect x="4" y="4" width="16" height="16" rx="3" />
              <path d="M12 8v8M8 12h8" />
            </svg>
            {s.iosInstallStep2}
          </li>
        </ol>
        <button type="button" class="button" onClick={close}>
          {s.close}
        </button>
      </aside>
    );
  }
  return (
    <aside class="notice install-offer" aria-label={t.install}>
      <p>{s.installOffer}</p>
      <div class="prompt__actions">
        <button type="button" class="button button--primary" onClick={() => void promptInstall()}>
          {t.install}
        </button>
        <button type="button" class="button" onClick={close}>
          {s.installLater}
        </button>
      </div>
    </aside>
  );
}
