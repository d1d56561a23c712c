// URL exists in windows, workers and Node, but not in lib ES2022, which core compiles against.
const { URL } = globalThis as unknown as {
  URL: new (url: string) => {
    origin: string;
    protocol: string;
    pathname: string;
    search: string;
    hash: string;
    username: string;
    password: string;
  };
};

/**
 * The origin of a site's public address (`https://news.example.gov.ua` or the same with `/`),
 * where its pages' canonical links and previews point; null for anything else (a path, a query,
 * credentials, another scheme), because the pages live at the root of their origin.
 */
export function parseSiteOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
    const isRoot = url.pathname === '/' && !url.search && !url.hash;
    return isWeb && isRoot && !url.username && !url.password ? url.origin : null;
  } catch {
    return null;
  }
}
