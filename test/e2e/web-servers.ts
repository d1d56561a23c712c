import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A web server whose config the README gives, and where Debian installs it. */
export interface WebServer {
  name: 'nginx' | 'Caddy';
  binary: string;
}

/** The README's web servers; `.ci/run` installs both from Debian. */
export const WEB_SERVERS: WebServer[] = [
  { name: 'nginx', binary: '/usr/sbin/nginx' },
  { name: 'Caddy', binary: '/usr/bin/caddy' },
];

/** Whether the machine has this server. */
export const isInstalled = (server: WebServer): boolean => existsSync(server.binary);

/** Where the README's configs serve from, and where a test's copy of those folders is. */
export interface SiteRoots {
  dist: string;
  site: string;
}

/** A web server answering on a loopback port until stopped. */
export interface ServedSite {
  origin: string;
  stop(): Promise<void>;
}

const README = new URL('../../README.md', import.meta.url);
const DEPLOYED: SiteRoots = { dist: '/var/www/vistky/dist', site: '/var/www/vistky/site' };
// Run as root (CI containers), the server drops to nobody, as it would on a real host; its own
// folder is then nobody's, and everything it serves is readable by all.
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

/** The README's fenced blocks of one language, in order, so the README is what gets tested. */
export async function readReadmeBlocks(language: string): Promise<string[]> {
  const readme = await readFile(README, 'utf8');
  const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  return [...readme.matchAll(fence)].map((match) => match[1]!);
}

/** Starts the server on a free loopback port with the README's config, the roots replaced. */
export async function serveSite(server: WebServer, roots: SiteRoots): Promise<ServedSite> {
  const prefix = await mkdtemp(join(tmpdir(), `vistky-${server.name.toLowerCase()}-`));
  if (NOBODY) await chown(prefix, NOBODY.uid, NOBODY.gid);
  const port = await getFreePort();
  const withRoots = (config: string) =>
    config.replaceAll(DEPLOYED.dist, roots.dist).replaceAll(DEPLOYED.site, roots.site);
  const command =
    server.name === 'nginx'
      ? await writeNginxConfig(prefix, port, withRoots)
      : await writeCaddyConfig(prefix, port, withRoots);
  const child = spawn(server.binary, command.args, {
    cwd: prefix,
    env: { ...process.env, HOME: prefix, XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix },
    stdio: ['ignore', 'ignore', 'pipe'],
    ...NOBODY,
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = async () =>
    `${output}${await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')}`;
  try {
    await Promise.race([
      waitForPort(port),
      exited.then(async () => {
        throw new Error(`${server.name} exited:\n${await log()}`);
      }),
    ]);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** nginx as an unprivileged foreground process: its pid, logs and temporary files in `prefix`. */
async function writeNginxConfig(
  prefix: string,
  port: number,
  withRoots: (config: string) => string,
): Promise<{ args: string[] }> {
  const [headers, site] = await readReadmeBlocks('nginx');
  const server = withRoots(site!)
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    // nginx 1.22 (Debian 12) predates `http2 on`; without TLS there is no HTTP/2 to ask for.
    .replace(/^\s*http2 on;.*\n/m, '');
  if (server.includes('/var/www') || server.includes('listen 443')) {
    throw new Error(`the README's nginx config changed shape:\n${server}`);
  }
  await mkdir(join(prefix, 'snippets'));
  await writeFile(join(prefix, 'snippets/vistky-headers.conf'), headers!);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`)
    .join('\n');
  const config = `worker_processes 1;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
${server}
}
`;
  await writeFile(join(prefix, 'nginx.conf'), config);
  return {
    args: [
      ...['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
      ...['-g', `daemon off; pid ${prefix}/nginx.pid;`],
    ],
  };
}

/** Caddy with no admin endpoint and plain HTTP on the port: the README's site, another address. */
async function writeCaddyConfig(
  prefix: string,
  port: number,
  withRoots: (config: string) => string,
): Promise<{ args: string[] }> {
  const [site] = await readReadmeBlocks('caddy');
  const address = `http://127.0.0.1:${port} {`;
  const config = `{\n\tadmin off\n}\n${withRoots(site!).replace('news.example.gov.ua {', address)}`;
  if (!config.includes(address) || config.includes('/var/www')) {
    throw new Error(`the README's Caddy config changed shape:\n${config}`);
  }
  await writeFile(join(prefix, 'Caddyfile'), config);
  return { args: ['run', '--config', join(prefix, 'Caddyfile'), '--adapter', 'caddyfile'] };
}

function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing answered on port ${port} within 10 s`);
}
