// Chromium's install event; not in TypeScript's DOM lib.
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** What the browser said about installing, kept from start-up for whoever offers it later. */
export const installEvents = {
  deferred: null as BeforeInstallPromptEvent | null,
  isInstalledNow: false,
  listeners: new Set<() => void>(),
};

const notify = () => installEvents.listeners.forEach((listener) => listener());

/**
 * Keeps the browser's install prompt for a moment the resident chooses. Call at start-up:
 * Chromium fires the event once, often before the first render. Kept tiny: it is on the first
 * load, the code that offers installing is not.
 */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installEvents.deferred = event as BeforeInstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    installEvents.isInstalledNow = true;
    installEvents.deferred = null;
    notify();
  });
}
