/**
 * The push services of the browsers residents use: Chrome, Edge on Android, Samsung Internet
 * and Opera (FCM), Firefox (Mozilla), Safari (Apple), Edge on Windows (WNS). A `*.` host
 * matches any subdomain: Apple and Microsoft spread endpoints over many hosts.
 */
export const DEFAULT_PUSH_ORIGINS = [
  'https://fcm.googleapis.com',
  'https://updates.push.services.mozilla.com',
  'https://*.push.apple.com',
  'https://*.notify.windows.com',
];

const ORIGIN_PATTERN =
  /^https:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$|^https:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** Whether a string is an https origin, optionally with a `*.` wildcard host. */
export function isOriginPattern(value: string): boolean {
  return ORIGIN_PATTERN.test(value);
}

/** Whether a push endpoint's URL is on one of the allowed push services. */
export function isAllowedEndpoint(url: URL, patterns: readonly string[]): boolean {
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  return patterns.some((pattern) => {
    const wildcard = pattern.startsWith('https://*.');
    if (!wildcard) return url.origin === pattern.toLowerCase();
    const suffix = new URL(pattern.replace('*.', '')).host;
    return url.host.endsWith(`.${suffix}`);
  });
}
