/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the app reads its feed; same-origin path or absolute URL with CORS. */
  readonly VITE_FEED_URL?: string;
  /** Minutes between feed checks while the app is visible (default 15). */
  readonly VITE_CHECK_INTERVAL_MINUTES?: string;
}

/** package.json's version, fixed at build time. */
declare const __APP_VERSION__: string;
/** When this build was made (ISO), so two builds of one version differ. */
declare const __BUILD_TIME__: string;
