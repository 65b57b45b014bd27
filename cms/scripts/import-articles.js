#!/usr/bin/env node
// `pnpm --filter cms import -- <file.json|file.ndjson>`: imports articles (the format is documented
// in src/import/article-record.ts and the README) through the Document Service, created and
// published as an editor's would be. Safe to run twice: records whose slug exists are skipped.
//
//   node scripts/import-articles.js articles.ndjson            import a file (.ndjson/.jsonl streamed)
//   node scripts/import-articles.js --generate 10000           import N synthetic Vietnamese articles
//   node scripts/import-articles.js --generate 500 --out a.ndjson   only write them to a file
//   options: --batch <records per transaction, 200>  --progress <records per progress line, 1000>
//            --seed <generator seed>
// The database is the one configured by the environment (DATABASE_CLIENT, DATABASE_FILENAME, …).
const path = require('node:path');
const { createWriteStream } = require('node:fs');

function parseArgs(argv) {
  const options = { file: undefined, generate: undefined, out: undefined, batch: 200, progress: 1000, seed: 7 };
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
    const { importArticles, readRecords, syntheticArticles } = require(path.join(distDir, 'src', 'import'));
    let records;
    if (options.generate) {
      const slugs = async (uid) => (await strapi.db.query(uid).findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })).map((row) => row.slug);
      records = syntheticArticles(options.generate, {
        seed: options.seed,
        categories: await slugs('api::category.category'),
        tags: await slugs('api::tag.tag'),
      });
    } else {
      records = readRecords(path.resolve(options.file));
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
