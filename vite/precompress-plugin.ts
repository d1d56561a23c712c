import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
// Below one packet, compression saves nothing a phone would notice.
const MIN_BYTES = 1024;

/** Every compressible file under `dir`, recursively. */
async function listCompressible(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listCompressible(path);
      return COMPRESSIBLE.test(entry.name) && (await stat(path)).size >= MIN_BYTES ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file of a finished build. */
export async function precompressDirectory(dir: string): Promise<number> {
  const files = await listCompressible(dir);
  for (const file of files) {
    const body = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzipAsync(body, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  }
  return files.length;
}

/**
 * Compresses the built files once, at the highest settings, so the server sends them without
 * compressing per request. It runs after vite-plugin-pwa has written sw.js (its closeBundle).
 */
export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'vistky:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        await precompressDirectory(resolve(config.root, config.build.outDir));
      },
    },
  };
}
