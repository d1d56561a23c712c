import { parseArgs } from 'node:util';
import { parseSiteOrigin } from '../../core/site-origin';

/** The command line of `npm run render`, checked. */
export interface RenderArgs {
  feed: string;
  out: string;
  siteUrl: string;
  dist: string;
  ssr: string;
  help: boolean;
}

/** Bad arguments: exit code 3, with the usage text. */
export class RenderArgsError extends Error {
  override name = 'RenderArgsError';
}

/** The usage text, printed by --help and after a bad argument. */
export const RENDER_USAGE = `Usage: npm run render -- --feed FILE|URL --out DIR --site-url URL [options]
Writes the static site of a feed (RSS 2.0, RSS 1.0, Atom or JSON Feed): its pages as the server
makes them and a copy of the feed, for nginx, Caddy or a CDN (README «Deployment»).

  --feed FILE|URL     the feed: a file, or an http(s) address read once
  --out DIR           the site's folder (not dist/): index.html, section/<slug>/index.html,
                      news/<key>/index.html, 404.html, feed.json (JSON Feed) or feed.xml;
                      pages of articles gone from the feed are removed
  --site-url URL      the site's public origin, for canonical links and link previews
  --dist DIR          the built app, whose index.html frames the pages (default: dist)
  --ssr DIR           the built page renderer (default: dist-ssr)
  -h, --help          show this text

Exit codes: 0 site written; 1 the feed could not be read (missing file, network, HTTP error);
2 what was read is no feed; with 1 and 2 the site is left untouched; 3 bad arguments, no build
(run npm run build), or the site could not be written.`;

/** Parses and checks the CLI arguments; throws RenderArgsError with a message a person can act on. */
export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        feed: { type: 'string' },
        out: { type: 'string' },
        'site-url': { type: 'string' },
        dist: { type: 'string', default: 'dist' },
        ssr: { type: 'string', default: 'dist-ssr' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new RenderArgsError((error as Error).message);
  }
  const text = (name: string) => values[name] as string | undefined;
  const help = values.help === true;
  const [feed, out, siteUrl] = [text('feed'), text('out'), text('site-url')];
  if (help) return { feed: '', out: '', siteUrl: '', dist: '', ssr: '', help };
  if (!feed) throw new RenderArgsError('--feed is required: a feed file or its http(s) address');
  if (!out) throw new RenderArgsError('--out is required: the folder the site is written to');
  if (!siteUrl) throw new RenderArgsError('--site-url is required: the site’s public origin');
  const origin = parseSiteOrigin(siteUrl);
  if (!origin) {
    throw new RenderArgsError(
      `--site-url must be the site's origin, such as https://news.example.gov.ua, not "${siteUrl}"`,
    );
  }
  return { feed, out, siteUrl: origin, dist: text('dist')!, ssr: text('ssr')!, help };
}
