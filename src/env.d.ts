/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the app reads its feed; same-origin path or absolute URL with CORS. */
  readonly VITE_FEED_URL?: string;
}
