import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

// What a build is made from: a change in any of these makes dist/ stale.
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'vite', 'package.json'];

async function getNewestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => getNewestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether dist/ is missing or older than any of its sources. */
export async function isBuildStale(root: string, distDir: string): Promise<boolean> {
  const built = await stat(join(distDir, 'index.html')).catch(() => null);
  if (!built) return true;
  const newest = Math.max(
    ...(await Promise.all(SOURCES.map((s) => getNewestMtime(join(root, s))))),
  );
  return newest > built.mtimeMs;
}

/** Runs `vite build` in `root`, printing only its warnings and errors; rejects when it fails. */
export function runBuild(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--configLoader', 'runner', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit code ${code})`)),
    );
  });
}
