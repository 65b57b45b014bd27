#!/usr/bin/env node
/**
 * JavaScript a page makes the browser load, as gzip bytes: node scripts/measure-page-js.mjs http://127.0.0.1:3000 / /tin-tuc/x
 * Loads each page in Chromium, waits for the network to settle, then fetches every script it
 * loaded with Accept-Encoding: gzip and sums the bytes sent.
 */
import { chromium } from 'playwright-core';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const path of paths) {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(response.url());
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    let total = 0;
    for (const url of scripts) {
      const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      total += Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength);
    }
    const html = await (await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    console.log(`${path}: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzip JS; HTML ${(html.byteLength / 1024).toFixed(1)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
}
