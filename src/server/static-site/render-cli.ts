import { FeedParseError } from '../../feed/parse';
import {
  describeSiteReport,
  getRenditionOptions,
  openSiteExport,
  SiteExportError,
} from './export-site';
import { parseRenderArgs, RENDER_USAGE, RenderArgsError, type RenderArgs } from './render-args';
import { FeedReadError, readSiteFeed } from './site-feed';

// Entry point of `npm run render`: one export, for cron or a deployment. Messages go to stderr.
const log = (line: string) => process.stderr.write(`render: ${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  let args: RenderArgs;
  try {
    args = parseRenderArgs(argv);
  } catch (error) {
    if (!(error instanceof RenderArgsError)) throw error;
    log(error.message);
    process.stderr.write(`${RENDER_USAGE}\n`);
    return 3;
  }
  if (args.help) {
    process.stdout.write(`${RENDER_USAGE}\n`);
    return 0;
  }
  try {
    // The build first: a missing one fails before the feed is fetched.
    const site = await openSiteExport({
      siteDir: args.out,
      siteUrl: args.siteUrl,
      distDir: args.dist,
      ssrDir: args.ssr,
      renditions: getRenditionOptions(log),
    });
    const feed = await readSiteFeed(args.feed, args.siteUrl);
    log(describeSiteReport(await site.write(feed)));
    return 0;
  } catch (error) {
    const code = getExitCode(error);
    const reason = error instanceof FeedParseError ? `${args.feed} is no feed: ` : '';
    log(`${reason}${error instanceof Error ? error.message : String(error)}`);
    if (code === 3 && !(error instanceof SiteExportError)) console.error(error);
    return code;
  }
}

function getExitCode(error: unknown): 1 | 2 | 3 {
  if (error instanceof FeedReadError) return 1;
  if (error instanceof FeedParseError) return 2;
  return 3;
}

process.exitCode = await main(process.argv.slice(2));
