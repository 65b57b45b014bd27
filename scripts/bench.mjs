#!/usr/bin/env node
/**
 * `pnpm bench` (or `pnpm bench:site`, `pnpm bench:api`): the portal at the size of a real archive.
 *
 * Builds a throw-away SQLite database (demo content, then 10,000 articles through the import path
 * editors use, then ~500 events), starts the compiled CMS and two copies of the built site on it —
 * one with the page cache (what visitors get), one that stores nothing (every request a miss, through
 * the same miss path: shared renders, at most 8 at once, compression) — and loads
 * them with autocannon on loopback: each page at 1 and at 50 clients, the partner queries at 1 and 20
 * (cold, and through the HTTP cache: a persisted GET and its 304 revalidation) (req/s,
 * p50/p95/p99, errors), the cached pages beside a bare node:http server sending the same bytes in
 * the same run, GraphQL beside REST, memory (peak RSS per process) and the import rate. Prints one
 * table with the issue's targets, and writes it to bench-results/<date>.md.
 *
 *   pnpm bench [site|api] [--articles 10000] [--events 500] [--seconds 10] [--home-seconds 60] [--keep]
 *
 * A benchmark, not a test: CI does not run it. About 12 minutes on a 2-core machine.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { SERVER_NODE_OPTIONS, buildSiteIfStale, cmsDir, root, run, waitForHttp, webDir } from './lib.mjs';
import { newSecret, throwAwayCmsEnv } from './secrets.mjs';
import { load, record, startBareServer } from './bench/load.mjs';
import { memoryWatch, startServer, stopServer } from './bench/processes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const scope = args.find((arg) => arg === 'site' || arg === 'api') ?? 'all';
const ARTICLES = option('articles', 10_000);
const EVENTS = option('events', 500);
const SECONDS = option('seconds', 10);
const HOME_SECONDS = option('home-seconds', 60);
const KEEP = args.includes('--keep');
const CMS_PORT = 1437;
const SITE_PORT = 3437;
const SITE_UNCACHED_PORT = 3438;


const rows = [];
const notes = [];
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)}` : '–');

function addRow(label, clients, result, target, met) {
  rows.push({
    label,
    clients,
    rps: result.rps.toFixed(result.rps < 100 ? 1 : 0),
    p50: ms(result.p50),
    p95: ms(result.p95),
    p99: ms(result.p99),
    errors: result.requests === 0 ? 'none answered' : result.unavailable > 0 ? `${result.errors} (${result.unavailable} × 503)` : String(result.errors),
    target: target ?? '',
    met: target ? (met && result.requests > 0 ? 'yes' : '**no**') : '',
  });
  const last = rows[rows.length - 1];
  console.log(`  ${label.padEnd(46)} ${String(clients).padStart(2)} clients  ${last.rps.padStart(7)} req/s  p50 ${last.p50.padStart(5)}  p95 ${last.p95.padStart(5)}  p99 ${last.p99.padStart(5)} ms  errors ${last.errors}  ${last.met}`);
}

function cmsEnv(workDir) {
  return {
    ...process.env,
    ...throwAwayCmsEnv({ port: CMS_PORT, databaseFile: join(workDir, 'bench.db'), revalidateSecret: newSecret(), revalidateUrl: `http://127.0.0.1:${SITE_PORT}/api/revalidate` }),
  };
}

/** Runs a CMS job script to completion and returns what it printed. */
function cmsJob(script, scriptArgs, env) {
  const result = spawnSync(process.execPath, [join(cmsDir, 'scripts', script), ...scriptArgs], { cwd: cmsDir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function graphql(query, variables = {}) {
  const response = await fetch(`http://127.0.0.1:${CMS_PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Slugs the benchmark walks: articles spread over the whole archive, and one of each other kind. */
async function samplePaths() {
  const articles = [];
  for (const page of [1, 10, 25, 50, 75, 100]) {
    const data = await graphql('query($page: Int!) { articles_connection(sort: ["date:desc"], pagination: { page: $page, pageSize: 40 }) { nodes { slug } } }', { page });
    articles.push(...data.articles_connection.nodes.map((node) => node.slug));
  }
  const data = await graphql(`{
    categories(pagination: { limit: 100 }) { slug }
    tags(pagination: { limit: 100 }) { slug }
    associations(pagination: { limit: 100 }) { slug }
    events(sort: ["startAt:desc"], pagination: { limit: 100 }) { slug }
  }`);
  const largest = async (uid, slugs) => {
    // The category/tag/association with the most articles: the slowest list of its kind.
    let best = { slug: slugs[0], count: -1 };
    for (const slug of slugs) {
      const result = await graphql(`query($slug: String!) { articles_connection(filters: { ${uid}: { slug: { eq: $slug } } }) { pageInfo { total } } }`, { slug });
      if (result.articles_connection.pageInfo.total > best.count) best = { slug, count: result.articles_connection.pageInfo.total };
    }
    return best;
  };
  return {
    articles: articles.map((slug) => `/tin-tuc/${slug}`),
    category: await largest('category', data.categories.map((c) => c.slug)),
    tag: await largest('tags', data.tags.map((t) => t.slug)),
    association: await largest('associations', data.associations.map((a) => a.slug)),
    events: data.events.map((event) => `/su-kien/${event.slug}`),
  };
}

/** Waits until the servers have finished the work a previous run left in flight (a quiet second). */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${CMS_PORT}/_health`).catch(() => undefined);
    if (performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The last page number a list links to (its pagination), from the page itself. */
async function lastPage(origin, path) {
  const html = await (await fetch(`${origin}${path}`)).text();
  const pages = [...html.matchAll(/[?&](?:amp;)?trang=(\d+)/g)].map((match) => Number(match[1]));
  return pages.length > 0 ? Math.max(...pages) : 1;
}

async function benchSite(paths, memory) {
  const uncached = `http://127.0.0.1:${SITE_UNCACHED_PORT}`;
  const cached = `http://127.0.0.1:${SITE_PORT}`;
  const newsLast = await lastPage(uncached, '/tin-tuc');
  const categoryPath = `/tin-tuc/chuyen-muc/${paths.category.slug}`;
  const categoryLast = await lastPage(uncached, categoryPath);
  const pages = [
    { label: 'home /', paths: ['/'], target: 100 },
    { label: `news /tin-tuc (page 1 of ${newsLast})`, paths: ['/tin-tuc'], target: 60 },
    { label: `news, last page ?trang=${newsLast}`, paths: [`/tin-tuc?trang=${newsLast}`], target: 60 },
    { label: `category (${paths.category.count} articles), page 1`, paths: [categoryPath], target: 60 },
    { label: `category, last page ?trang=${categoryLast}`, paths: [`${categoryPath}?trang=${categoryLast}`], target: 60 },
    { label: `tag (${paths.tag.count} articles)`, paths: [`/tin-tuc/the/${paths.tag.slug}`], target: 60 },
    { label: `association (${paths.association.count} articles)`, paths: [`/hoi-thanh-vien/${paths.association.slug}`], target: 60 },
    { label: 'events /su-kien', paths: ['/su-kien'], target: 60 },
    { label: `article (${paths.articles.length} across the archive)`, paths: paths.articles, target: 40 },
    { label: `event page (${paths.events.length})`, paths: paths.events, target: 40 },
    { label: 'sitemap.xml', paths: ['/sitemap.xml'], target: 1000 },
    { label: 'rss.xml', paths: ['/rss.xml'] },
  ];
  console.log(`\nCache misses at 1 client: a site that stores nothing (NUXT_PAGE_CACHE_ENABLED=false), so every request is rendered from the CMS, ${SECONDS} s per run`);
  for (const page of pages) {
    await settle();
    const one = await load({ origin: uncached, paths: page.paths, connections: 1, seconds: SECONDS, headers: { accept: 'text/html' } });
    addRow(`miss: ${page.label}`, 1, one, page.target ? `p95 ≤ ${page.target} ms` : undefined, one.p95 <= page.target && one.errors === 0);
  }
  memory.take();
  console.log(`\nCache misses at 50 clients: the same site (nothing stored, every request a miss; identical concurrent misses share one render, at most 8 renders run), ${SECONDS} s per run, home ${HOME_SECONDS} s`);
  for (const page of pages) {
    const home = page.paths[0] === '/';
    await settle();
    const many = await load({ origin: uncached, paths: page.paths, connections: 50, seconds: home ? HOME_SECONDS : SECONDS, headers: { accept: 'text/html' } });
    addRow(`miss: ${page.label}${home ? ` (${HOME_SECONDS} s)` : ''}`, 50, many, home ? 'no 503, p99 ≤ 1000 ms' : 'no 503', many.unavailable === 0 && many.errors === 0 && (!home || many.p99 <= 1000));
  }
  const missPeaks = memory.take();
  notes.push(`Peak memory during the 50-client miss runs: CMS ${mb(missPeaks.cms)} (target ≤ 600 MB), site ${mb(missPeaks.siteUncached)} (target ≤ 300 MB).`);

  console.log(`\nCached pages (the site's page cache, brotli) beside a bare node:http server sending the same bytes, 50 clients, ${SECONDS} s each`);
  const encoding = { 'accept-encoding': 'gzip, br', accept: 'text/html' };
  for (const path of ['/', '/tin-tuc', categoryPath, paths.articles[0], paths.events[0], '/sitemap.xml']) {
    await settle();
    let answer = await record(`${cached}${path}`, encoding); // the miss that stores it
    for (let attempt = 0; attempt < 10 && answer.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      answer = await record(`${cached}${path}`, encoding);
    }
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status} on the cached site`);
    answer = await record(`${cached}${path}`, encoding);
    const bare = await startBareServer(answer);
    try {
      const site = await load({ origin: cached, paths: [path], connections: 50, seconds: SECONDS, headers: encoding });
      const node = await load({ origin: bare.origin, paths: [path], connections: 50, seconds: SECONDS, headers: encoding });
      const ratio = site.rps / node.rps;
      addRow(`cached: ${path.length > 40 ? `${path.slice(0, 37)}…` : path} (${(answer.body.length / 1024).toFixed(1)} KB ${answer.headers['content-encoding'] ?? 'identity'})`, 50, site, path.endsWith('.xml') ? undefined : '≥ 30 % of bare, p99 ≤ 10 ms', ratio >= 0.3 && site.p99 <= 10 && site.errors === 0);
      addRow(`  bare node:http, same bytes → site at ${(ratio * 100).toFixed(0)} %`, 50, node);
    } finally {
      bare.stop();
    }
  }
  const cachedPeaks = memory.take();
  notes.push(`Peak memory during the cached runs: site with cache ${mb(cachedPeaks.site)} (target ≤ 300 MB), CMS ${mb(cachedPeaks.cms)}.`);
}

const PARTNER_LIST = '{ articles(sort: "date:desc", pagination: { limit: 20 }) { title slug date cover { url alternativeText } category { name slug } associations { name slug } } }';
const PARTNER_LIST_REST =
  '/api/articles?sort=date:desc&pagination[pageSize]=20&fields[0]=title&fields[1]=slug&fields[2]=date&populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText&populate[category][fields][0]=name&populate[category][fields][1]=slug&populate[associations][fields][0]=name&populate[associations][fields][1]=slug';
const HOME_BLOCKS = '{ categories { name slug articles(sort: "date:desc", pagination: { limit: 3 }) { title slug date } } }';

const PARTNER_SEARCH = '{ search(query: "hoi thao khoa hoc", pageSize: 10) { total hits { type title slug date imageUrl } } }';
const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');

/** A partner's persisted GET of `query`: registered once (hash + query, Apollo's APQ), then the hash alone. */
async function persistedGetPath(origin, query) {
  const extensions = { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } };
  const registered = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions }) });
  if (!registered.ok) throw new Error(`persisted query registration answered ${registered.status}: ${await registered.text()}`);
  const path = `/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions) })}`;
  const answer = await fetch(`${origin}${path}`);
  const etag = answer.headers.get('etag');
  if (answer.status !== 200 || !etag || !/public/.test(answer.headers.get('cache-control') ?? '')) throw new Error(`persisted GET answered ${answer.status}, ${answer.headers.get('cache-control')}`);
  return { path, etag };
}

async function benchApi(memory) {
  const origin = `http://127.0.0.1:${CMS_PORT}`;
  const json = { 'content-type': 'application/json' };
  const restCheck = await fetch(`${origin}${PARTNER_LIST_REST}`);
  if (!restCheck.ok) throw new Error(`REST partner list answered ${restCheck.status}: ${await restCheck.text()}`);
  const searchCheck = await graphql(PARTNER_SEARCH);
  console.log(`\nPartner API on the CMS, ${SECONDS} s per run; "cold": POST, never cached (every request runs the query); "HTTP cache": a persisted GET (hash only) answered from the kept answer, and its revalidation (If-None-Match → 304). Search finds ${searchCheck.search.total} results.`);
  const list = await persistedGetPath(origin, PARTNER_LIST);
  memory.take();
  for (const clients of [1, 20]) {
    const one = clients === 1;
    await settle();
    const gql = await load({ origin, paths: ['/graphql'], method: 'POST', body: JSON.stringify({ query: PARTNER_LIST }), headers: json, connections: clients, seconds: SECONDS });
    addRow('cold: GraphQL latest 20 articles + cover, category, associations', clients, gql, one ? 'p95 ≤ 15 ms' : 'no errors', (one ? gql.p95 <= 15 : true) && gql.errors === 0);
    // `Cache-Control: no-cache`: the CMS runs the read instead of handing back its kept answer.
    const rest = await load({ origin, paths: [PARTNER_LIST_REST], connections: clients, seconds: SECONDS, headers: { 'cache-control': 'no-cache' } });
    const ratio = gql.rps / rest.rps;
    addRow(`  REST GET, same articles and fields → GraphQL at ${ratio.toFixed(2)} ×`, clients, rest, '≤ GraphQL (≥ 0.9 ×)', ratio >= 0.9);
    await settle();
    const search = await load({ origin, paths: ['/graphql'], method: 'POST', body: JSON.stringify({ query: PARTNER_SEARCH }), headers: json, connections: clients, seconds: SECONDS });
    addRow('cold: GraphQL search "hoi thao khoa hoc" (10 of all types)', clients, search, one ? 'p95 ≤ 50 ms' : 'no errors', (one ? search.p95 <= 50 : true) && search.errors === 0);
    await settle();
    const cachedGet = await load({ origin, paths: [list.path], connections: clients, seconds: SECONDS });
    addRow('HTTP cache: persisted GET of the list (kept answer, 200)', clients, cachedGet, 'no errors', cachedGet.errors === 0);
    const revalidation = await load({ origin, paths: [list.path], connections: clients, seconds: SECONDS, headers: { 'if-none-match': list.etag } });
    addRow('HTTP cache: revalidation If-None-Match → 304', clients, revalidation, one ? 'p95 ≤ 3 ms' : 'no errors', (one ? revalidation.p95 <= 3 : true) && revalidation.errors === 0);
    const blocks = await load({ origin, paths: ['/graphql'], method: 'POST', body: JSON.stringify({ query: HOME_BLOCKS }), headers: json, connections: clients, seconds: SECONDS });
    addRow('cold: GraphQL categories { articles(limit: 3) }', clients, blocks, one ? undefined : 'no errors', blocks.errors === 0);
  }
  const peaks = memory.take();
  notes.push(`Peak CMS memory during the API runs: ${mb(peaks.cms)} (target ≤ 600 MB).`);
}

/**
 * How fast this machine's CPU is right now: a fixed loop in a fresh Node process, best of three, in ms.
 * On a shared virtual machine the host's load changes it by a quarter or more from one hour to the
 * next; printed at the start and the end of the run so the figures can be read against it.
 */
const QUIET_CPU_REFERENCE_MS = 390; // this loop on the 2-core machine when its host was quiet (2026-11-27)
function cpuReference() {
  const loop = 'let t = process.hrtime.bigint(), x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; console.log(Number(process.hrtime.bigint() - t) / 1e6, x > 0)';
  const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', loop], { encoding: 'utf8' }).split(' ')[0]));
  return Math.round(Math.min(...runs));
}

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  let kernel = '';
  try {
    kernel = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
  } catch {
    // not Linux
  }
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, Linux ${kernel}; load generator (autocannon) on the same machine, loopback`;
}

function table() {
  const header = '| run | clients | req/s | p50 ms | p95 ms | p99 ms | errors | target | met |\n| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |';
  return [header, ...rows.map((r) => `| ${r.label} | ${r.clients} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.target} | ${r.met} |`)].join('\n');
}

/** Fails at once when another program holds one of the benchmark's ports. */
async function ensurePortsFree() {
  for (const port of [CMS_PORT, SITE_PORT, SITE_UNCACHED_PORT]) {
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (answered) throw new Error(`port ${port} is in use: stop what listens there (the benchmark starts its own CMS on ${CMS_PORT} and sites on ${SITE_PORT}, ${SITE_UNCACHED_PORT})`);
  }
}

async function main() {
  await ensurePortsFree();
  const cpuAtStart = cpuReference();
  console.log(`CPU reference: ${cpuAtStart} ms (${QUIET_CPU_REFERENCE_MS} ms on a quiet host)`);
  run(process.execPath, [join(cmsDir, 'scripts', 'ensure-env.mjs')], { label: 'cms: settings (cms/.env)' });
  buildSiteIfStale();
  const workDir = mkdtempSync(join(tmpdir(), 'lienhiep-bench-'));
  const env = cmsEnv(workDir);
  const servers = {};
  let memory;
  try {
    console.log(`\n▶ throw-away database in ${workDir}: demo content, ${ARTICLES} articles, ${EVENTS} events`);
    cmsJob('run-seed.js', [], env);
    const imported = cmsJob('import-articles.js', ['--generate', String(ARTICLES)], env);
    const importLine = imported.trim().split('\n').filter((line) => line.includes('done')).pop() ?? imported.trim().split('\n').pop();
    const rate = Number(importLine?.match(/perSecond=([\d.]+)/)?.[1] ?? importLine?.match(/([\d.]+) articles\/s/)?.[1]);
    console.log(`  ${importLine}`);
    notes.push(`Import of ${ARTICLES} articles (\`node cms/scripts/import-articles.js --generate ${ARTICLES}\`, the editors' import path, into SQLite): **${Number.isFinite(rate) ? Math.round(rate) : '?'} articles/s** (target ≥ 200/s).`);
    if (EVENTS > 0) console.log(`  ${cmsJob('generate-events.js', [String(EVENTS)], env).trim().split('\n').pop()}`);

    servers.cms = startServer('cms', process.execPath, [...SERVER_NODE_OPTIONS.cms.split(' '), join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], { cwd: cmsDir, env });
    await waitForHttp(`http://127.0.0.1:${CMS_PORT}/_health`, { timeoutMs: 180_000, isAlive: () => servers.cms.exitCode === null });
    const siteEnv = (port, cacheEnabled) => ({
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NUXT_CMS_URL: `http://127.0.0.1:${CMS_PORT}`,
      NUXT_PUBLIC_CMS_PUBLIC_URL: `http://127.0.0.1:${CMS_PORT}`,
      NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
      NUXT_REVALIDATE_SECRET: env.REVALIDATE_SECRET,
      NUXT_PAGE_CACHE_ENABLED: String(cacheEnabled),
    });
    if (scope !== 'api') {
      servers.site = startServer('site', process.execPath, [...SERVER_NODE_OPTIONS.web.split(' '), join(webDir, '.output', 'server', 'index.mjs')], { cwd: webDir, env: siteEnv(SITE_PORT, true) });
      servers.siteUncached = startServer('site-uncached', process.execPath, [...SERVER_NODE_OPTIONS.web.split(' '), join(webDir, '.output', 'server', 'index.mjs')], { cwd: webDir, env: siteEnv(SITE_UNCACHED_PORT, false) });
      await waitForHttp(`http://127.0.0.1:${SITE_PORT}/robots.txt`, { timeoutMs: 180_000, isAlive: () => servers.site.exitCode === null });
      await waitForHttp(`http://127.0.0.1:${SITE_UNCACHED_PORT}/robots.txt`, { timeoutMs: 180_000, isAlive: () => servers.siteUncached.exitCode === null });
    }
    memory = memoryWatch(servers);
    const idle = memory.take();
    notes.unshift(`Idle memory: CMS ${mb(idle.cms)}${servers.site ? `, site ${mb(idle.site)}` : ''}.`);

    if (scope !== 'api') {
      const paths = await samplePaths();
      // One warm-up pass: the first render of each page type loads its code.
      for (const path of ['/', '/tin-tuc', paths.articles[0], paths.events[0], `/tin-tuc/chuyen-muc/${paths.category.slug}`]) await fetch(`http://127.0.0.1:${SITE_UNCACHED_PORT}${path}`);
      await benchSite(paths, memory);
    }
    if (scope !== 'site') await benchApi(memory);
  } finally {
    memory?.stop();
    for (const child of Object.values(servers)) await stopServer(child);
    if (KEEP) console.log(`(database kept in ${workDir})`);
    else rmSync(workDir, { recursive: true, force: true });
  }

  const cpuAtEnd = cpuReference();
  notes.push(
    `CPU reference (a fixed loop, best of 3): ${cpuAtStart} ms at the start, ${cpuAtEnd} ms at the end of the run, against ${QUIET_CPU_REFERENCE_MS} ms on a quiet host: ${Math.max(cpuAtStart, cpuAtEnd) > QUIET_CPU_REFERENCE_MS * 1.1 ? '**the host was busy: every figure is slower with it**' : 'the host was quiet'}.`,
  );
  const report = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
    `Database: SQLite, demo content + ${ARTICLES} articles + ${EVENTS} events. Runs of ${SECONDS} s (home at 50 clients: ${HOME_SECONDS} s).`,
    '',
    table(),
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-${scope}.md`);
  writeFileSync(file, `${report}\n`);
  console.log(`\n${report}\n\n(written to ${file})`);
}

main().catch((error) => {
  console.error(`\n✖ ${error.stack ?? error.message}`);
  process.exit(1);
});
