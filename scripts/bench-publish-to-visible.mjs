#!/usr/bin/env node
// Measures how long an editor's publish takes to show on the site (publish → visible in /tin-tuc),
// against a running portal (`pnpm start`): publishes 5 test articles through the admin API with the
// development administrator from cms/.env, polls the news list every 100 ms, prints each figure and
// the median, then deletes the test articles.
//   pnpm bench:publish            (CMS_URL, SITE_URL override http://127.0.0.1:1337 and :3000)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = Object.fromEntries(
  readFileSync(join(root, 'cms', '.env'), 'utf8').split('\n').map((line) => line.match(/^([A-Z0-9_]+)=(.*)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
);
const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:3000';
const runs = 5;

const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: env.DEV_ADMIN_EMAIL, password: env.DEV_ADMIN_PASSWORD }) });
if (!login.ok) throw new Error(`admin login failed (${login.status}): is the portal running (pnpm start)?`);
const token = (await login.json()).data.token;
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };

await fetch(`${siteUrl}/tin-tuc`); // the list is in the cache before each publish
const figures = [];
const created = [];
for (let i = 1; i <= runs; i += 1) {
  const title = `Đo thời gian xuất bản ${Date.now()} (${i})`;
  const started = performance.now();
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article/actions/publish`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title, summary: 'Bài đo thời gian, sẽ bị xoá.', date: new Date().toISOString(), body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Đo.' }] }] }),
  });
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
  created.push((await response.json()).data.documentId);
  for (;;) {
    if ((await (await fetch(`${siteUrl}/tin-tuc`)).text()).includes(title)) break;
    if (performance.now() - started > 60000) throw new Error('not visible after 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const ms = performance.now() - started;
  figures.push(ms);
  console.log(`run ${i}: visible after ${(ms / 1000).toFixed(2)} s`);
}
for (const documentId of created) {
  await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article/${documentId}`, { method: 'DELETE', headers });
}
const sorted = [...figures].sort((a, b) => a - b);
console.log(`publish → visible on /tin-tuc: median ${(sorted[Math.floor(runs / 2)] / 1000).toFixed(2)} s, max ${(sorted[runs - 1] / 1000).toFixed(2)} s over ${runs} runs`);
