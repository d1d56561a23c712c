import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

// What a build is made from: a change in any of these makes dist/ stale.
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'vite', 'package.json'];
// The page renderer's entry, and the file its build writes into dist-ssr/.
const SSR_ENTRY = 'src/ssr/render-pages.tsx';
const SSR_OUTPUT = 'render-pages.js';

async function getNewestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => getNewestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether the app (dist/) or its page renderer (dist-ssr/) is missing or older than a source. */
export async function isBuildStale(
  root: string,
  distDir: string,
  ssrDir: string,
): Promise<boolean> {
  const outputs = [join(distDir, 'index.html'), join(ssrDir, SSR_OUTPUT)];
  const built = await Promise.all(outputs.map((file) => stat(file).catch(() => null)));
  if (built.some((file) => file === null)) return true;
  const oldest = Math.min(...built.map((file) => file!.mtimeMs));
  const sources = await Promise.all(SOURCES.map((source) => getNewestMtime(join(root, source))));
  return Math.max(...sources) > oldest;
}

/** Builds the app and its page renderer in `root`, printing only warnings and errors. */
export async function runBuild(root: string): Promise<void> {
  await runVite(root, []);
  await runVite(root, ['--ssr', SSR_ENTRY, '--outDir', 'dist-ssr']);
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
