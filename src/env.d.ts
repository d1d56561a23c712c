/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the app reads its feed; same-origin path or absolute URL with CORS. */
  readonly VITE_FEED_URL?: string;
  /** Web Push: the deployment's VAPID public key (base64url); push stays off without it. */
  readonly VITE_VAPID_PUBLIC_KEY?: string;
  /** Web Push: where the app POSTs (and DELETEs) a device's subscription. */
  readonly VITE_PUSH_SUBSCRIBE_URL?: string;
  /** Minutes between feed checks while the app is visible (default 15). */
  readonly VITE_CHECK_INTERVAL_MINUTES?: string;
}

/** package.json's version, fixed at build time. */
declare const __APP_VERSION__: string;
/** When this build was made (ISO), so two builds of one version differ. */
declare const __BUILD_TIME__: string;
