// Small helpers shared by the root scripts (start, test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const cmsDir = join(root, 'cms');
export const webDir = join(root, 'web');

export const quietEnv = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  NUXT_TELEMETRY_DISABLED: '1',
};

/**
 * V8 heap limits the servers run with (here, in the benchmark and in the Docker images): the CMS
 * stays under 600 MB and the site under 300 MB resident under load, as measured by `pnpm bench`.
 * Without a limit V8 sizes the heap from the machine's memory and lets it grow long before collecting.
 */
export const SERVER_NODE_OPTIONS = {
  cms: '--max-old-space-size=384',
  web: '--max-old-space-size=192',
};

/** Runs a command to completion, showing its output; throws when it fails. */
export function run(command, args, options = {}) {
  const label = options.label ?? `${command} ${args.join(' ')}`;
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options, env: { ...process.env, ...quietEnv, ...options.env } });
  if (result.status !== 0) {
    const error = new Error(`${label} failed (exit ${result.status ?? result.signal})`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

/** Starts a long-running process whose output is prefixed with a name. */
export function serve(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, env: { ...process.env, ...quietEnv, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, target) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/** Newest modification time of the files under the given paths (node_modules and build output skipped). */
export function newestMtime(paths) {
  let newest = 0;
  const skip = new Set(['node_modules', 'dist', '.tmp', '.nuxt', '.output', '.data', 'generated', 'uploads']);
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!skip.has(entry)) visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

export function mtimeOf(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Resolves when the URL answers with a status below 500, or rejects after the timeout. */
export async function waitForHttp(url, { timeoutMs = 120000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${url}: the process serving it exited`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Builds the site (web/.output) when any of its sources is newer than the last build: the Vietnamese text library it bundles included. */
export function buildSiteIfStale() {
  const siteBuilt = mtimeOf(join(webDir, '.output', 'nitro.json'));
  const sources = [join(webDir, 'app'), join(webDir, 'server'), join(webDir, 'shared'), join(webDir, 'modules'), join(webDir, 'nuxt.config.ts'), join(cmsDir, 'schema.graphql'), join(root, 'packages', 'vietnamese-text', 'src')];
  if (siteBuilt < newestMtime(sources)) run('pnpm', ['run', 'build'], { cwd: webDir, label: 'web: build the site' });
}
