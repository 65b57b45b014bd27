#!/usr/bin/env node
// `pnpm --filter cms import -- <file.json|file.ndjson>`: imports articles (the format is in
// docs/importing-articles.md and src/import/article-record.ts) with the batch writer of src/import:
// each article written as the Document Service's create + publish would write it (draft and
// published rows, relations, components, search text), 500 to a transaction, the site's cache
// purged once at the end. Safe to run twice: records whose slug exists are skipped.
//
//   node scripts/import-articles.js articles.ndjson            import a file (.ndjson/.jsonl streamed)
//   node scripts/import-articles.js --generate 10000           import N synthetic Vietnamese articles
//   node scripts/import-articles.js --generate 500 --out a.ndjson   only write them to a file
//   options: --batch <records per transaction, 500>  --progress <records per progress line, 1000>
//            --seed <generator seed>
// The database is the one configured by the environment (DATABASE_CLIENT, DATABASE_FILENAME, …);
// with SEED_DEMO_CONTENT=true in the environment, a database that was never seeded gets the demo
// content (categories, tags…) first. Runs from any directory. The last line is
//   [import] done: <created> created, <existing> already present, <failed> failed in <seconds> s: <rate> articles/s
const path = require('node:path');
const { createWriteStream } = require('node:fs');

function parseArgs(argv) {
  const options = { file: undefined, generate: undefined, out: undefined, batch: 500, progress: 1000, seed: 7 };
  const args = argv.filter((arg) => arg !== '--');
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const count = (name) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
      return n;
    };
    if (arg === '--generate') options.generate = count('--generate');
    else if (arg === '--out') options.out = value();
    else if (arg === '--batch') options.batch = count('--batch');
    else if (arg === '--progress') options.progress = count('--progress');
    else if (arg === '--seed') options.seed = count('--seed');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.file = arg;
  }
  if (!options.file && !options.generate) throw new Error('usage: import-articles.js <file.json|file.ndjson> | --generate <N> [--out <file.ndjson>]');
  return options;
}

async function writeGenerated(distDir, options) {
  const { syntheticArticles } = require(path.join(distDir, 'src', 'import'));
  const out = createWriteStream(options.out);
  for (const record of syntheticArticles(options.generate, { seed: options.seed })) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  console.log(`[import] ${options.generate} synthetic articles written to ${options.out}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  // Paths given are the caller's; Strapi runs from cms/.
  if (options.file) options.file = path.resolve(options.file);
  if (options.out) options.out = path.resolve(options.out);
  process.chdir(path.join(__dirname, '..'));
  const seedFirst = process.env.SEED_DEMO_CONTENT === 'true';
  const { bootStrapi } = require('./boot');
  if (options.out) {
    // Only the compiled generator is needed: compile, do not boot.
    const { compileStrapi } = require('@strapi/strapi');
    const { distDir } = await compileStrapi();
    await writeGenerated(distDir, options);
    return;
  }
  const { strapi, distDir } = await bootStrapi();
  try {
    if (seedFirst) {
      // boot.js switches the first-start seed off for one-off jobs; here it was asked for.
      process.env.SEED_DEMO_CONTENT = 'true';
      console.log('[import] SEED_DEMO_CONTENT=true: the demo content first, unless this database has it already');
      await require(path.join(distDir, 'src', 'seed')).seedDemoContentOnFirstStart(strapi);
    }
    const { importArticles, readRecords, syntheticArticles } = require(path.join(distDir, 'src', 'import'));
    let records;
    if (options.generate) {
      const slugs = async (uid) => (await strapi.db.query(uid).findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })).map((row) => row.slug);
      records = syntheticArticles(options.generate, {
        seed: options.seed,
        categories: await slugs('api::category.category'),
        tags: await slugs('api::tag.tag'),
        associations: await slugs('api::association.association'),
      });
    } else {
      records = readRecords(options.file);
    }
    const report = await importArticles(strapi, records, { batchSize: options.batch, progressEvery: options.progress, log: (line) => console.log(line) });
    if (report.failed > 0) process.exitCode = 1;
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(`[import] failed: ${error.message}`);
  if (error.details) console.error(JSON.stringify(error.details));
  process.exit(1);
});
