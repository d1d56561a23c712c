import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRenderArgs } from '../../../../src/server/static-site/render-args';
import { createFakeBuild, type FakeBuild } from './fake-build';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SAMPLE = join(ROOT, 'mocks/feeds/rss2.xml');

function runRender(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The photos' sizes are cached in DATA_DIR: a folder of the test's own, not the repository's.
    const env = {
      ...process.env,
      DATA_DIR: join(tmpdir(), `vistky-render-data-${process.pid}`),
      ...extraEnv,
    };
    const child = spawn(TSX, ['src/server/static-site/render-cli.ts', ...args], { cwd: ROOT, env });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('parseRenderArgs', () => {
  it('reads the options of a cron run, with the build where npm run build puts it', () => {
    expect(
      parseRenderArgs(['--feed', 'feed.xml', '--out', 'site', '--site-url', 'https://a.example/']),
    ).toEqual({
      feed: 'feed.xml',
      out: 'site',
      siteUrl: 'https://a.example',
      dist: 'dist',
      ssr: 'dist-ssr',
      help: false,
    });
  });

  it('asks for what it cannot do without, naming the flag', () => {
    expect(() => parseRenderArgs(['--out', 'site', '--site-url', 'https://a.example'])).toThrow(
      '--feed is required',
    );
    expect(() => parseRenderArgs(['--feed', 'f', '--site-url', 'https://a.example'])).toThrow(
      '--out is required',
    );
    expect(() => parseRenderArgs(['--feed', 'f', '--out', 'site'])).toThrow(
      '--site-url is required',
    );
  });

  it('takes only an origin as the site’s address, since the pages live at its root', () => {
    for (const url of ['news.example.gov.ua', 'ftp://a.example', 'https://a.example/news']) {
      expect(() => parseRenderArgs(['--feed', 'f', '--out', 'o', '--site-url', url])).toThrow(
        `--site-url must be the site's origin, such as https://news.example.gov.ua, not "${url}"`,
      );
    }
  });
});

describe('npm run render', () => {
  let build: FakeBuild;
  const args = (site: string, feed = SAMPLE) => [
    ...['--feed', feed, '--out', site, '--site-url', 'https://news.example.gov.ua'],
    ...['--dist', build.dist, '--ssr', build.ssr],
  ];

  beforeAll(async () => {
    build = await createFakeBuild();
  });

  it('exits 0 with a line of what it wrote, after one per photo or document it could not keep', async () => {
    const run = await runRender(args(join(build.dir, 'site')));
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    // The sample feed's photos are on hosts this machine cannot reach, its document on a host
    // that is not the feed's.
    const warnings = lines.slice(0, -1);
    expect(warnings.filter((line) => line.startsWith('render: photo not sized'))).toHaveLength(4);
    expect(warnings.slice(4)).toEqual([
      expect.stringMatching(
        /^render: document not written, .*rishennia-41-VIII-1\.pdf: not a host/,
      ),
    ]);
    expect(lines.at(-1)).toMatch(
      /^render: pages 10; written 11, unchanged 0, removed 0; feed feed\.xml; render [\d.]+ s, write [\d.]+ s$/,
    );
    expect(run.stdout).toBe('');
  });

  it('exits 1 for a feed it cannot read and 2 for what is no feed, writing nothing', async () => {
    const site = join(build.dir, 'untouched');
    const missing = await runRender(args(site, join(build.dir, 'none.xml')));
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('ENOENT')]);
    const captive = await runRender(args(site, join(ROOT, 'mocks/feeds/captive-portal.html')));
    expect([captive.code, captive.stderr]).toEqual([2, expect.stringContaining('is no feed')]);
    expect(await readdir(build.dir)).not.toContain('untouched');
  });

  it('exits 3, writing nothing, for a build made for another city than CITY', async () => {
    const site = join(build.dir, 'other-city');
    const run = await runRender(args(site), { CITY: 'test/fixtures/cities/verbohrad' });
    expect([run.code, run.stderr]).toEqual([3, expect.stringMatching(/was built for .*chernihiv/)]);
    expect(await readdir(build.dir)).not.toContain('other-city');
  });

  it('exits 3 for the app’s build as its folder, and for bad arguments with the usage', async () => {
    const copy = join(build.dir, 'copy-of-dist');
    await mkdir(copy);
    await writeFile(join(copy, 'sw.js'), '');
    const intoBuild = await runRender(args(copy));
    expect([intoBuild.code, intoBuild.stderr]).toEqual([3, expect.stringContaining('sw.js')]);
    const bad = await runRender(['--feed', SAMPLE]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('Usage: npm run render');
  });

  it('prints its usage, exit codes included, on --help', async () => {
    const help = await runRender(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 site written; 1 the feed could not be read');
  });
});
