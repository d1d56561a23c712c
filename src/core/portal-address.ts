// URL exists in windows, workers and Node, but not in lib ES2022, which core compiles against.
const { URL } = globalThis as unknown as {
  URL: new (url: string) => { href: string; origin: string; protocol: string };
};

/**
 * The original address a shared link carries in `src`, when it points to the portal that
 * publishes the feed (one of `origins`); null otherwise. Anyone can write a link to the app, so
 * an `src` elsewhere (a phishing page) must not become «Відкрити на порталі міської ради».
 */
export function getPortalAddress(
  src: string | undefined | null,
  origins: readonly string[],
): string | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
    return isWeb && origins.includes(url.origin) ? url.href : null;
  } catch {
    return null;
  }
}

/** The origins of these addresses (the feed's home page, its articles' pages), once each. */
export function listOrigins(addresses: readonly (string | null | undefined)[]): string[] {
  const origins = new Set<string>();
  for (const address of addresses) {
    try {
      if (address) origins.add(new URL(address).origin);
    } catch {
      // Not an absolute address: no origin to trust.
    }
  }
  return [...origins];
}
