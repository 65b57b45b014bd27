#!/usr/bin/env node
// `pnpm start`: the whole portal on this machine, with SQLite and demo content.
//   1. cms/.env is written with generated secrets and a development admin (its sign-in is shown at the end, at a terminal only);
//   2. the Strapi admin panel and the Nuxt site are built when their sources changed;
//   3. the CMS starts (first start: demo content is loaded), then the site.
// `pnpm dev` runs `strapi develop` and `nuxt dev` instead (hot reload, no build step).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_OPTIONS, buildSiteIfStale, cmsDir, mtimeOf, newestMtime, root, run, serve, waitForHttp, webDir } from './lib.mjs';

const dev = process.argv.includes('--dev');
const cmsPort = process.env.CMS_PORT ?? '1337';
const webPort = process.env.WEB_PORT ?? '3000';
const cmsUrl = `http://127.0.0.1:${cmsPort}`;
const children = [];

/** The caller's NODE_OPTIONS with the server's heap limit added (theirs wins when both set one). */
function withNodeOptions(limit) {
  const given = process.env.NODE_OPTIONS ?? '';
  return given.includes('--max-old-space-size') ? given : `${limit} ${given}`.trim();
}

/** A setting of cms/.env as the CMS reads it (the environment wins over the file). */
function cmsSetting(envFile, key) {
  return process.env[key] ?? envFile.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1] ?? '';
}

/**
 * The development administrator's sign-in for the person who started the portal at a terminal;
 * anywhere else (CI, output piped to a log) only where to find it, so the password is never logged.
 */
function adminSignIn(envFile) {
  const email = cmsSetting(envFile, 'DEV_ADMIN_EMAIL');
  const password = cmsSetting(envFile, 'DEV_ADMIN_PASSWORD');
  if (!process.stdout.isTTY || process.env.CI || !email || !password) return '(credentials: DEV_ADMIN_EMAIL / DEV_ADMIN_PASSWORD in cms/.env)';
  return `(development administrator: ${email} / ${password}, kept in cms/.env)`;
}

function shutdown(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  run(process.execPath, [join(cmsDir, 'scripts', 'ensure-env.mjs')], { label: 'cms: settings (cms/.env)' });

  // The Vietnamese text library both apps load (a no-op when its dist is current).
  run('pnpm', ['--filter', '@lienhiep/vietnamese-text', 'run', 'build'], { cwd: root, label: 'packages: @lienhiep/vietnamese-text' });

  if (!dev) {
    const adminBuilt = mtimeOf(join(cmsDir, 'dist', 'build', 'index.html'));
    if (adminBuilt < newestMtime([join(cmsDir, 'src'), join(cmsDir, 'config'), join(cmsDir, 'package.json')])) {
      run('pnpm', ['exec', 'strapi', 'build'], { cwd: cmsDir, label: 'cms: build the admin panel (about a minute the first time)' });
    }
    buildSiteIfStale();
  }

  const cms = serve('cms', 'pnpm', ['exec', 'strapi', dev ? 'develop' : 'start'], { cwd: cmsDir, env: { PORT: cmsPort, ...(dev ? {} : { NODE_OPTIONS: withNodeOptions(SERVER_NODE_OPTIONS.cms) }) } });
  children.push(cms);
  cms.on('exit', (code) => {
    console.error(`[cms] exited (${code}); stopping.`);
    shutdown(code ?? 1);
  });
  await waitForHttp(`${cmsUrl}/_health`, { timeoutMs: dev ? 300000 : 180000, isAlive: () => cms.exitCode === null });

  // The site checks the CMS webhook's secret before purging its cache.
  const cmsEnvFile = readFileSync(join(cmsDir, '.env'), 'utf8');
  const revalidateSecret = cmsEnvFile.match(/^REVALIDATE_SECRET=(.*)$/m)?.[1] ?? '';
  const webEnv = { ...(dev ? {} : { NODE_OPTIONS: withNodeOptions(SERVER_NODE_OPTIONS.web) }), PORT: webPort, NUXT_CMS_URL: cmsUrl, NUXT_REVALIDATE_SECRET: revalidateSecret, NUXT_PUBLIC_SITE_URL: process.env.NUXT_PUBLIC_SITE_URL ?? `http://localhost:${webPort}`, NUXT_PUBLIC_CMS_PUBLIC_URL: process.env.NUXT_PUBLIC_CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}` };
  const web = dev
    ? serve('web', 'pnpm', ['run', 'dev', '--port', webPort], { cwd: webDir, env: webEnv })
    : serve('web', process.execPath, [join(webDir, '.output', 'server', 'index.mjs')], { cwd: webDir, env: webEnv });
  children.push(web);
  web.on('exit', (code) => {
    console.error(`[web] exited (${code}); stopping.`);
    shutdown(code ?? 1);
  });
  await waitForHttp(`http://127.0.0.1:${webPort}/`, { timeoutMs: 180000, isAlive: () => web.exitCode === null });

  console.log(`
  Cổng thông tin Liên hiệp Hội Lào Cai is running:
    site      http://localhost:${webPort}
    admin     http://localhost:${cmsPort}/admin   ${adminSignIn(cmsEnvFile)}
    GraphQL   http://localhost:${cmsPort}/graphql
  Ctrl+C stops both.
`);
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  shutdown(error.exitCode ?? 1);
}
