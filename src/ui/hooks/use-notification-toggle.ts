import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { SETTING_KEYS } from '../../core/setting-keys';
import { saveSetting, settingQuery } from '../../data/settings';
import { registerPeriodicRefresh } from '../../pwa/background-sync';
import {
  canNotify,
  getNotificationPermission,
  requestNotificationPermission,
} from '../../pwa/notifications';
import { getPushConfig, subscribeToPush, unsubscribeFromPush } from '../../pwa/push-subscription';

/** What the notification switch shows and does. */
export interface NotificationToggle {
  isSupported: boolean;
  isEnabled: boolean;
  permission: NotificationPermission;
  isBusy: boolean;
  /** Set when the push server could not be told; background checks still work. */
  hasPushError: boolean;
  /** Call from a tap: asks for permission first when needed. */
  setEnabled: (enabled: boolean) => Promise<void>;
}

/** The general notifications switch: permission, the stored choice, periodic sync and push. */
export function useNotificationToggle(): NotificationToggle {
  const queryClient = useQueryClient();
  const stored = useQuery(settingQuery(SETTING_KEYS.notificationsEnabled)).data;
  const [permission, setPermission] = useState(getNotificationPermission);
  const [isBusy, setBusy] = useState(false);
  // The switch follows the tap at once; the stored choice catches up when saved.
  const [requested, setRequested] = useState<boolean | null>(null);
  const [hasPushError, setPushError] = useState(false);
  const push = getPushConfig();

  const setEnabled = async (enabled: boolean) => {
    setBusy(true);
    setRequested(enabled);
    setPushError(false);
    try {
      if (enabled) {
        const granted = await requestNotificationPermission();
        setPermission(granted);
        if (granted !== 'granted') return;
      }
      await saveSetting(queryClient, SETTING_KEYS.notificationsEnabled, enabled);
      if (enabled) void registerPeriodicRefresh();
      if (push) {
        await (enabled ? subscribeToPush(push) : unsubscribeFromPush(push)).catch(() =>
          setPushError(true),
        );
      }
    } finally {
      setRequested(null);
      setBusy(false);
    }
  };

  return {
    isSupported: canNotify(),
    isEnabled: requested ?? (stored === true && permission === 'granted'),
    permission,
    isBusy,
    hasPushError,
    setEnabled,
  };
}
