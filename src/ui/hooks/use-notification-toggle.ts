import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { parsePushChoice, toPushFilter, type PushChoice } from '../../core/push-choice';
import { SETTING_KEYS } from '../../core/setting-keys';
import { saveSetting, settingQuery } from '../../data/settings';
import { registerPeriodicRefresh } from '../../pwa/background-sync';
import {
  canNotify,
  getNotificationPermission,
  requestNotificationPermission,
} from '../../pwa/notifications';
import {
  getPushAvailability,
  subscribeToPush,
  unsubscribeFromPush,
} from '../../pwa/push-subscription';
import { useMessages } from './use-messages';
import { usePushKey } from './use-push-key';

/** What the notification switch shows and does. */
export interface NotificationToggle {
  isSupported: boolean;
  isEnabled: boolean;
  permission: NotificationPermission;
  isBusy: boolean;
  /** Set when the push server could not be told; background checks still work. */
  hasPushError: boolean;
  /** The server's push key where push is on offer here (see usePushKey). */
  pushKey: string | null | undefined;
  /** What pushes are about: all news, chosen sections, urgent only. */
  pushChoice: PushChoice;
  /** Call from a tap: asks for permission first when needed. */
  setEnabled: (enabled: boolean) => Promise<void>;
  /** Stores a new choice and tells the server, when subscribed. */
  setPushChoice: (choice: PushChoice) => Promise<void>;
  /** Tells the server again (the interface language changed). */
  resubscribe: () => Promise<void>;
}

// Once per page, so that the settings screen and the offer do not both do it.
let isRegistered = false;

/** The general notifications switch: permission, the stored choice, periodic sync and push. */
export function useNotificationToggle(): NotificationToggle {
  const queryClient = useQueryClient();
  const { language } = useMessages();
  const stored = useQuery(settingQuery(SETTING_KEYS.notificationsEnabled)).data;
  const storedChoice = useQuery(settingQuery(SETTING_KEYS.pushChoice));
  const pushChoice = parsePushChoice(storedChoice.data);
  const pushKey = usePushKey();
  const [permission, setPermission] = useState(getNotificationPermission);
  const [isBusy, setBusy] = useState(false);
  // The switch follows the tap at once; the stored choice catches up when saved.
  const [requested, setRequested] = useState<boolean | null>(null);
  const [hasPushError, setPushError] = useState(false);
  const isEnabled = requested ?? (stored === true && permission === 'granted');

  const tellServer = (enabled: boolean, choice: PushChoice) => {
    setPushError(false);
    if (enabled && pushKey) {
      const choices = { ...toPushFilter(choice), lang: language };
      return subscribeToPush(pushKey, choices).catch(() => setPushError(true));
    }
    // Turned off: the server forgets this device, whatever it offers today.
    if (!enabled && getPushAvailability() === 'available') {
      return unsubscribeFromPush().catch(() => setPushError(true));
    }
    return Promise.resolve();
  };

  // A device that turned notifications on before the server offered push, or whose row the
  // server lost, is registered without a tap (the permission is already granted).
  const isReady = isEnabled && !!pushKey && storedChoice.isSuccess;
  useEffect(() => {
    if (!isReady || isRegistered) return;
    isRegistered = true;
    void tellServer(true, pushChoice);
  }, [isReady]);

  const setEnabled = async (enabled: boolean) => {
    setBusy(true);
    setRequested(enabled);
    try {
      if (enabled) {
        const granted = await requestNotificationPermission();
        setPermission(granted);
        if (granted !== 'granted') return;
      }
      await saveSetting(queryClient, SETTING_KEYS.notificationsEnabled, enabled);
      if (enabled) void registerPeriodicRefresh();
      await tellServer(enabled, pushChoice);
    } finally {
      setRequested(null);
      setBusy(false);
    }
  };

  const setPushChoice = async (choice: PushChoice) => {
    await saveSetting(queryClient, SETTING_KEYS.pushChoice, { ...choice });
    if (isEnabled) await tellServer(true, choice);
  };

  return {
    isSupported: canNotify(),
    isEnabled,
    permission,
    isBusy,
    hasPushError,
    pushKey,
    pushChoice,
    setEnabled,
    setPushChoice,
    resubscribe: () => (isEnabled ? tellServer(true, pushChoice) : Promise.resolve()),
  };
}
