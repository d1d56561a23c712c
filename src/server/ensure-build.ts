import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// What a build is made from: a change in any of these makes dist/ stale.
const SOURCES = ['src', 'cities', 'index.html', 'vite.config.ts', 'vite', 'package.json'];
// The page renderer's entry, and the file its build writes into dist-ssr/.
const SSR_ENTRY = 'src/ssr/render-pages.tsx';
const SSR_OUTPUT = 'render-pages.js';
/** The city file a build was made for, written beside the renderer by vite/city-plugin.ts. */
export const BUILD_CITY_FILE = 'city.json';

async function getNewestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => getNewestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** The city file the build in `ssrDir` was made for (vite/city-plugin.ts), or null. */
export async function readBuildCity(ssrDir: string): Promise<string | null> {
  try {
    const record = JSON.parse(await readFile(join(ssrDir, BUILD_CITY_FILE), 'utf8')) as unknown;
    const file = (record as { file?: unknown } | null)?.file;
    return typeof file === 'string' ? file : null;
  } catch {
    // Missing or cut short (a build stopped halfway): as good as no record, so a rebuild.
    return null;
  }
}

/**
 * Whether the app (dist/) or its page renderer (dist-ssr/) is missing, older than a source, or
 * made for another city than `cityFile` (CITY).
 */
export async function isBuildStale(
  root: string,
  distDir: string,
  ssrDir: string,
  cityFile: string,
): Promise<boolean> {
  const outputs = [join(distDir, 'index.html'), join(ssrDir, SSR_OUTPUT)];
  const built = await Promise.all(outputs.map((file) => stat(file).catch(() => null)));
  if (built.some((file) => file === null)) return true;
  if ((await readBuildCity(ssrDir)) !== cityFile) return true;
  const oldest = Math.min(...built.map((file) => file!.mtimeMs));
  const folders = [...SOURCES.map((source) => join(root, source)), dirname(cityFile)];
  const sources = await Promise.all(folders.map(getNewestMtime));
  return Math.max(...sources) > oldest;
}

/**
 * Builds the app into `distDir` and its page renderer into `ssrDir` (DIST_DIR, SSR_DIR), for the
 * city CITY names, printing only warnings and errors.
 */
export async function runBuild(root: string, distDir: string, ssrDir: string): Promise<void> {
  await runVite(root, ['--outDir', distDir]);
  await runVite(root, ['--ssr', SSR_ENTRY, '--outDir', ssrDir]);
}

function runVite(root: string, args: string[]): Promise<void> {
  const command = ['build', '--configLoader', 'runner', '--logLevel', 'warn', ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/vite'), command, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit code ${code})`)),
    );
  });
}
