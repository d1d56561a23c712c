import { parseArgs } from 'node:util';
import { parseSiteOrigin } from '../core/site-origin';
import { ConfigError } from './bridge-errors';

/** The command line of `npm run bridge`, checked. */
export interface BridgeArgs {
  portal?: string;
  config?: string;
  pages?: number;
  maxArticles?: number;
  out?: string;
  cache?: string;
  minIntervalMs?: number;
  timeoutMs?: number;
  contact?: string;
  feedUrl?: string;
  /** With `site`: the folder of the static site, its public origin, the build that makes it. */
  site?: { dir: string; url: string; dist: string; ssr: string };
  help: boolean;
}

/** The usage text, printed by --help and after a bad argument. */
export const USAGE = `Usage: npm run bridge -- [options]
Turns the council portal's news pages into a JSON Feed 1.1, politely (one request a second).

  --portal URL        portal to read (default: portalUrl of the configuration)
  --config PATH       portal configuration (default: the city file's portalCrawl)
  --pages N           list pages read per list (default: limits.pages)
  --max-articles N    article pages fetched per run at most (default: limits.articles)
  --out PATH          write the feed here, atomically (default: standard output)
  --cache PATH        cache of pages between runs (default: <out>.cache.json; none for stdout)
  --min-interval MS   pause between two requests, at least 100 (default: limits.minIntervalMs)
  --timeout MS        time limit of one request (default: limits.timeoutMs)
  --contact URL       contact URL sent in the User-Agent (default: contactUrl)
  --feed-url URL      public address of the feed, written as feed_url
                      (default with --site: <site-url>/api/feed)
  --site DIR          write a static site instead of --out (README «Deployment»): the feed as
                      DIR/feed.json, and the pages the server makes: index.html,
                      section/<slug>/index.html, news/<key>/index.html, 404.html; pages of
                      articles gone from the feed are removed; cache default: DIR.cache.json
  --site-url URL      the site's public origin, for canonical links and previews (with --site)
  --dist DIR          the built app, whose index.html frames the pages (default: dist)
  --ssr DIR           the built page renderer (default: dist-ssr)
  -h, --help          show this text

Exit codes: 0 feed written; 4 feed written, but some sections failed and kept their last good
items (named on stderr); 1 no section could be read, the portal did not answer; 2 no section
could be read, the markup no longer matches (no list items or no article bodies); with 1 and 2
the previous feed (and site) is left untouched; 3 bad arguments, configuration or output
(with --site: no build, run npm run build; or the site could not be written).`;

/** Parses and checks the CLI arguments; throws ConfigError with a message a person can act on. */
export function parseBridgeArgs(argv: readonly string[]): BridgeArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        portal: { type: 'string' },
        config: { type: 'string' },
        pages: { type: 'string' },
        'max-articles': { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        'min-interval': { type: 'string' },
        timeout: { type: 'string' },
        contact: { type: 'string' },
        'feed-url': { type: 'string' },
        site: { type: 'string' },
        'site-url': { type: 'string' },
        dist: { type: 'string' },
        ssr: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const text = (name: string) => values[name] as string | undefined;
  const args: BridgeArgs = { help: values.help === true };
  const set = <K extends keyof BridgeArgs>(key: K, value: BridgeArgs[K] | undefined) => {
    if (value !== undefined) args[key] = value;
  };
  set('portal', checkUrl('--portal', text('portal')));
  set('config', text('config'));
  set('pages', checkInteger('--pages', text('pages'), 1));
  set('maxArticles', checkInteger('--max-articles', text('max-articles'), 1));
  set('out', text('out'));
  set('cache', text('cache'));
  set('minIntervalMs', checkInteger('--min-interval', text('min-interval'), 100));
  set('timeoutMs', checkInteger('--timeout', text('timeout'), 100));
  set('contact', checkUrl('--contact', text('contact')));
  set('feedUrl', checkUrl('--feed-url', text('feed-url')));
  set('site', checkSite(text));
  return args;
}

function checkSite(text: (name: string) => string | undefined): BridgeArgs['site'] {
  const [dir, url] = [text('site'), text('site-url')];
  if (dir === undefined) {
    const stray = ['site-url', 'dist', 'ssr'].find((name) => text(name) !== undefined);
    if (stray) throw new ConfigError(`--${stray} is an option of --site, which is missing`);
    return undefined;
  }
  if (text('out') !== undefined) {
    throw new ConfigError('--out and --site: the site has its feed in it (<site>/feed.json)');
  }
  if (url === undefined) throw new ConfigError('--site needs --site-url, the site’s public origin');
  const origin = parseSiteOrigin(url);
  if (!origin) {
    throw new ConfigError(
      `--site-url must be the site's origin, such as https://news.example.gov.ua, not "${url}"`,
    );
  }
  return { dir, url: origin, dist: text('dist') ?? 'dist', ssr: text('ssr') ?? 'dist-ssr' };
}

function checkInteger(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new ConfigError(`${flag} must be an integer of at least ${min}, not "${value}"`);
  }
  return number;
}

function checkUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below, with the flag's name.
  }
  throw new ConfigError(`${flag} must be an absolute http(s) URL, not "${value}"`);
}
