import { useEffect, useState } from 'preact/hooks';
import { fetchPushKey, getPushAvailability } from '../../pwa/push-subscription';

// Asked once per page: the key changes only with the server's configuration.
let asked: Promise<string | null> | null = null;

/**
 * The server's VAPID public key where this browser can take pushes: undefined while it is asked,
 * null where push is not on offer (no PushManager, or a server without keys). Read at run time,
 * so one build serves a deployment with push and one without.
 */
export function usePushKey(): string | null | undefined {
  const canAsk = getPushAvailability() === 'available';
  const [key, setKey] = useState<string | null | undefined>(canAsk ? undefined : null);
  useEffect(() => {
    if (!canAsk) return;
    let isMounted = true;
    asked ??= fetchPushKey().then((value) => {
      // Offline now is not "no push": ask again next time.
      if (value === null) asked = null;
      return value;
    });
    void asked.then((value) => isMounted && setKey(value));
    return () => {
      isMounted = false;
    };
  }, [canAsk]);
  return key;
}
