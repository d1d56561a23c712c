import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What one run of the bridge CLI did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** Runs the bridge as cron would: `npm run bridge -- …`, or tsx directly to save npm's start-up. */
export function runBridgeCli(args: string[], options: { viaNpm?: boolean } = {}): Promise<CliRun> {
  const [command, commandArgs] = options.viaNpm
    ? ['npm', ['run', '--silent', 'bridge', '--', ...args]]
    : [TSX, ['src/portal-bridge/cli.ts', ...args]];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, durationMs: Date.now() - started }),
    );
  });
}
