/**
 * Starts the real portal for the browser tests: the CMS compiled and seeded into a throw-away
 * SQLite database, `strapi start` on port 1338, and the built Nuxt server (.output) on port 3100,
 * wired together as in production (webhook → cache purge). Nothing is mocked.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newSecret, throwAwayCmsEnv } from '../../../../scripts/secrets.mjs';

// E2E_CMS_PORT / E2E_WEB_PORT: to run the browser tests beside another run of them on the same machine.
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 1338);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
export const CMS_URL = `http://127.0.0.1:${CMS_PORT}`;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
export const ADMIN = { email: 'bien-tap@e2e.local', password: 'E2e-Editor-2026' };

const webDir = resolve(__dirname, '..', '..', '..');
const cmsDir = resolve(webDir, '..', 'cms');

export type Portal = { cms: ChildProcess | null; web: ChildProcess; workDir: string; env: NodeJS.ProcessEnv; revalidateSecret: string };

async function waitFor(url: string, isAlive: () => boolean, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server for ${url} exited`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

function logTo(child: ChildProcess, name: string) {
  const verbose = process.env.E2E_VERBOSE === '1';
  child.stdout?.on('data', (chunk) => verbose && process.stdout.write(`[${name}] ${chunk}`));
  child.stderr?.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
}

export function startCms(portal: Pick<Portal, 'env'>): ChildProcess {
  const cms = spawn(process.execPath, [join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], { cwd: cmsDir, env: portal.env, stdio: ['ignore', 'pipe', 'pipe'] });
  logTo(cms, 'cms');
  return cms;
}

/**
 * `smtp`: an SMTP server (the test's own) for the CMS's e-mails, whose links point at this site; else they go to the CMS log.
 * `cmsEnv`: more settings for the CMS (e.g. `SERVE_ADMIN_PANEL: 'true'` to drive the admin panel, built by `strapi build`).
 */
export async function startPortal(options: { smtp?: { host: string; port: number }; cmsEnv?: Record<string, string> } = {}): Promise<Portal> {
  if (!existsSync(join(webDir, '.output', 'server', 'index.mjs'))) throw new Error('build the site first: pnpm --filter web build');
  const workDir = mkdtempSync(join(tmpdir(), 'lienhiep-e2e-'));
  const revalidateSecret = newSecret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...throwAwayCmsEnv({ port: CMS_PORT, databaseFile: join(workDir, 'portal.db'), revalidateSecret, revalidateUrl: `${WEB_URL}/api/revalidate`, admin: ADMIN, siteUrl: WEB_URL, smtp: options.smtp }),
    // "Đọc nhiều" recounted every second (5 minutes in production), so a test sees reads it just made.
    MOST_READ_MEMO_SECONDS: '1',
    ...options.cmsEnv,
  };

  const seeded = spawnSync(process.execPath, [join(cmsDir, 'scripts', 'run-seed.js')], { cwd: cmsDir, env, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('could not compile and seed the CMS');

  const portal: Portal = { cms: null, web: null as unknown as ChildProcess, workDir, env, revalidateSecret };
  portal.cms = startCms(portal);
  const cms = portal.cms;
  await waitFor(`${CMS_URL}/_health`, () => cms.exitCode === null);

  portal.web = spawn(process.execPath, [join(webDir, '.output', 'server', 'index.mjs')], {
    cwd: webDir,
    env: {
      ...process.env,
      PORT: String(WEB_PORT),
      HOST: '127.0.0.1',
      NUXT_CMS_URL: CMS_URL,
      NUXT_PUBLIC_CMS_PUBLIC_URL: CMS_URL,
      NUXT_PUBLIC_SITE_URL: WEB_URL,
      NUXT_REVALIDATE_SECRET: revalidateSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  logTo(portal.web, 'web');
  await waitFor(`${WEB_URL}/robots.txt`, () => portal.web.exitCode === null);
  return portal;
}

export async function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

export async function stopPortal(portal: Portal | undefined): Promise<void> {
  if (!portal) return;
  await stopProcess(portal.web);
  await stopProcess(portal.cms);
  rmSync(portal.workDir, { recursive: true, force: true });
}
