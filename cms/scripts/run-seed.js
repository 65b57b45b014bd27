#!/usr/bin/env node
// `pnpm seed`: loads the demo content (sample data) into the configured database. Safe to run twice.
const path = require('node:path');
const { bootStrapi } = require('./boot');

(async () => {
  const started = Date.now();
  const { strapi, distDir } = await bootStrapi();
  try {
    const { seedDemoContent } = require(path.join(distDir, 'src', 'seed'));
    await seedDemoContent(strapi, { log: (line) => console.log(line) });
    console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await strapi.destroy();
  }
})().catch((error) => {
  console.error('[seed] failed:', error.details ? JSON.stringify(error.details) : '', error);
  process.exit(1);
});
