import { useEffect, useState } from 'preact/hooks';

import { isIosSafari, isStandalone } from './display-mode';
import { installEvents } from './install-events';

/** What the app can offer about installing itself. */
export interface InstallState {
  /** The browser's install prompt is available (Chromium, not yet installed). */
  canInstall: boolean;
  /** Running from the home screen, or installed during this visit. */
  isInstalled: boolean;
  /** iPhone or iPad Safari: installing goes through the share sheet, with no prompt to call. */
  needsIosHint: boolean;
}

function getState(): InstallState {
  const isInstalled = installEvents.isInstalledNow || isStandalone();
  return {
    canInstall: !isInstalled && installEvents.deferred !== null,
    isInstalled,
    needsIosHint: !isInstalled && isIosSafari(),
  };
}

/** Shows the browser's install dialog; true when the resident accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = installEvents.deferred;
  if (!event) return false;
  installEvents.deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  installEvents.listeners.forEach((listener) => listener());
  return outcome === 'accepted';
}

/** The install state, updated when the prompt arrives or the app gets installed. */
export function useInstallState(): InstallState {
  const [state, setState] = useState(getState);
  useEffect(() => {
    const update = () => setState(getState());
    installEvents.listeners.add(update);
    update();
    return () => void installEvents.listeners.delete(update);
  }, []);
  return state;
}
