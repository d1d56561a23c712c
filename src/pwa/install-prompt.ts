import { useEffect, useState } from 'preact/hooks';

// Chromium's install event; not in TypeScript's DOM lib.
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** What the app can offer about installing itself. */
export interface InstallState {
  /** The browser's install prompt is available (Chromium, not yet installed). */
  canInstall: boolean;
  /** Running from the home screen, or installed during this visit. */
  isInstalled: boolean;
  /** iPhone or iPad Safari: installing goes through the share sheet, with no prompt to call. */
  needsIosHint: boolean;
}

let deferred: BeforeInstallPromptEvent | null = null;
let installedNow = false;
const listeners = new Set<() => void>();

function isStandalone(): boolean {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  const isIos =
    /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  return isIos && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

function getState(): InstallState {
  const isInstalled = installedNow || isStandalone();
  return {
    canInstall: !isInstalled && deferred !== null,
    isInstalled,
    needsIosHint: !isInstalled && isIosSafari(),
  };
}

/**
 * Keeps the browser's install prompt for a moment the resident chooses. Call at start-up:
 * Chromium fires the event once, often before the first render.
 */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    listeners.forEach((listener) => listener());
  });
  window.addEventListener('appinstalled', () => {
    installedNow = true;
    deferred = null;
    listeners.forEach((listener) => listener());
  });
}

/** Shows the browser's install dialog; true when the resident accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  listeners.forEach((listener) => listener());
  return outcome === 'accepted';
}

/** The install state, updated when the prompt arrives or the app gets installed. */
export function useInstallState(): InstallState {
  const [state, setState] = useState(getState);
  useEffect(() => {
    const update = () => setState(getState());
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, []);
  return state;
}
