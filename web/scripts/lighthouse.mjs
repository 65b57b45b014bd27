#!/usr/bin/env node
/**
 * Lighthouse (mobile, default simulated throttling) on pages of a running site, one table row per page:
 *
 *   pnpm --filter web lighthouse -- http://127.0.0.1:3000                 home, /tin-tuc, the newest article and an event
 *   pnpm --filter web lighthouse -- http://127.0.0.1:3000 / /tin-tuc/x    the pages given
 *   options: --runs N (median of N runs per page, default 1), --json FILE (every run's scores and failed audits),
 *            --assert (exit 1 unless performance ≥ 95 and accessibility, best practices and SEO are 100 everywhere)
 *
 * Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and downloads nothing. Below the table:
 * every audit that cost a category points, per page, so a score under target says why.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function parseArguments(argv) {
  const options = { base: '', paths: [], runs: 1, json: '', assert: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--') continue;
    if (argument === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argument === '--json') options.json = argv[++i];
    else if (argument === '--assert') options.assert = true;
    else if (!options.base) options.base = argument.replace(/\/$/, '');
    else options.paths.push(argument);
  }
  if (!options.base) {
    console.error('usage: lighthouse.mjs <base URL> [paths…] [--runs N] [--json FILE] [--assert]');
    process.exit(2);
  }
  return options;
}

/** The first link under `prefix` (one path segment deeper) on the page at `listPath`, e.g. the newest article. */
async function firstLinkUnder(base, listPath, prefix) {
  const html = await (await fetch(`${base}${listPath}`)).text();
  const pattern = new RegExp(`href="(${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z0-9-]+)"`);
  const match = pattern.exec(html.replace(/href="\/(tin-tuc\/(chuyen-muc|the))\//g, 'href="#'));
  if (!match) throw new Error(`no link under ${prefix} on ${listPath}`);
  return match[1];
}

async function defaultPaths(base) {
  return ['/', '/tin-tuc', await firstLinkUnder(base, '/tin-tuc', '/tin-tuc/'), await firstLinkUnder(base, '/su-kien', '/su-kien/')];
}

/** One Lighthouse run: the four scores (0–100) and the audits that lost points, by category. A failed trace is retried once. */
async function audit(url, port, retry = true) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
  if (lhr.runtimeError) {
    if (retry) return audit(url, port, false);
    throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const scores = {};
  const failed = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category.score ?? 0) * 100);
    failed[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ({ id: ref.id, value: lhr.audits[ref.id].displayValue || `score ${lhr.audits[ref.id].score}` }));
  }
  const metric = (id) => lhr.audits[id]?.numericValue;
  return { scores, failed, metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') } };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

const options = parseArguments(process.argv.slice(2));
const paths = options.paths.length ? options.paths : await defaultPaths(options.base);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
const rows = [];
try {
  for (const path of paths) {
    const runs = [];
    for (let run = 0; run < options.runs; run++) runs.push(await audit(`${options.base}${path}`, chrome.port));
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))]));
    const metrics = Object.fromEntries(Object.keys(runs[0].metrics).map((id) => [id, median(runs.map((r) => r.metrics[id] ?? 0))]));
    rows.push({ path, scores, metrics, runs });
  }
} finally {
  await chrome.kill();
}

const width = Math.min(60, Math.max(4, ...rows.map((row) => row.path.length)));
const shortPath = (path) => (path.length > width ? `${path.slice(0, width - 1)}…` : path);
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling${options.runs > 1 ? `, median of ${options.runs} runs` : ''}: ${options.base}`);
console.log(`${pad('page', width)}  perf  a11y  best   seo    FCP ms   LCP ms  TBT ms    CLS`);
for (const { path, scores, metrics } of rows) {
  console.log(
    `${pad(shortPath(path), width)}  ${CATEGORIES.map((id) => padStart(scores[id], 4)).join('  ')}  ${padStart(Math.round(metrics.fcp), 8)} ${padStart(Math.round(metrics.lcp), 8)} ${padStart(Math.round(metrics.tbt), 7)}  ${metrics.cls.toFixed(3)}`,
  );
}
for (const { path, runs } of rows) {
  const lost = [];
  for (const id of CATEGORIES) {
    const values = new Map();
    for (const run of runs) for (const failed of run.failed[id]) values.set(failed.id, [...(values.get(failed.id) ?? []), failed.value]);
    for (const [audit, seen] of values) lost.push(`${id}: ${audit} (${seen.join(' / ')}${runs.length > 1 ? ` in ${seen.length} of ${runs.length} runs` : ''})`);
  }
  if (lost.length) console.log(`\n${path} lost points on:\n  ${lost.join('\n  ')}`);
}
if (options.json) writeFileSync(options.json, JSON.stringify(rows, null, 2));
const missed = rows.filter((row) => CATEGORIES.some((id) => row.scores[id] < TARGETS[id]));
if (options.assert && missed.length) {
  console.error(`\nbelow target (performance ≥ 95, the others 100): ${missed.map((row) => row.path).join(', ')}`);
  process.exit(1);
}
