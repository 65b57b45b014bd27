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
//   node scripts/import-articles.js --feed <file.xml|https://…> [--publish|--draft] [--create-categories]
//            the old site's WordPress export (WXR) or RSS/Atom feed (src/import/feeds): posts with
//            images, categories and dates; --draft (the default) imports every post as a draft,
//            --publish publishes those the feed has as published. Safe to run again (see README).
// The database is the one configured by the environment (DATABASE_CLIENT, DATABASE_FILENAME, …);
// with SEED_DEMO_CONTENT=true in the environment, a database that was never seeded gets the demo
// content (categories, tags…) first. Runs from any directory. The last line is
//   [import] done: <created> created, <existing> already present, <failed> failed in <seconds> s: <rate> articles/s
const path = require('node:path');
const { createWriteStream } = require('node:fs');

function parseArgs(argv) {
  const options = { file: undefined, generate: undefined, out: undefined, batch: 500, progress: 1000, seed: 7, feed: undefined, mode: 'draft', createCategories: false };
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
    else if (arg === '--feed') options.feed = value();
    else if (arg === '--publish') options.mode = 'published';
    else if (arg === '--draft') options.mode = 'draft';
    else if (arg === '--create-categories') options.createCategories = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.file = arg;
  }
  if (!options.file && !options.generate && !options.feed) {
    throw new Error('usage: import-articles.js <file.json|file.ndjson> | --generate <N> [--out <file.ndjson>] | --feed <file.xml|URL> [--publish|--draft] [--create-categories]');
  }
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

/** The old site's feed or WordPress export (a file or an http(s) URL), imported with a progress line per post. */
async function importFeedFile(strapi, distDir, options) {
  const { readFeed, importFeed, downloadTo, uploadSizeLimit } = require(path.join(distDir, 'src', 'import', 'feeds'));
  const { readFile, mkdtemp, rm } = require('node:fs/promises');
  let xml;
  if (/^https?:\/\//i.test(options.feed)) {
    const dir = await mkdtemp(path.join(require('node:os').tmpdir(), 'lienhiep-feed-'));
    try {
      await downloadTo(options.feed, path.join(dir, 'feed.xml'), { maxBytes: uploadSizeLimit(), timeoutMs: 30000 });
      xml = await readFile(path.join(dir, 'feed.xml'), 'utf8');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } else xml = await readFile(options.feed, 'utf8');
  const feed = readFeed(xml);
  console.log(`[import] ${feed.format.toUpperCase()} "${feed.title}": ${feed.items.length} bài (posts), ${options.mode === 'published' ? 'đăng như trang cũ (published as on the old site)' : 'bản nháp (drafts)'}`);
  const progress = await importFeed(strapi, feed, {
    mode: options.mode,
    createCategories: options.createCategories,
    onProgress: (p) => {
      if (!p.finished) console.log(`[import] ${p.done}/${p.total}: ${p.created} created, ${p.updated} updated, ${p.skipped} skipped, ${p.failed} failed`);
    },
  });
  for (const message of progress.messages) console.log(`[import] ${message}`);
  console.log(`[import] done: ${progress.created} created, ${progress.updated} updated, ${progress.skipped} skipped, ${progress.failed} failed, ${progress.imagesUploaded} images uploaded`);
  if (progress.failed > 0) process.exitCode = 1;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  // Paths given are the caller's; Strapi runs from cms/.
  if (options.file) options.file = path.resolve(options.file);
  if (options.feed && !/^https?:\/\//i.test(options.feed)) options.feed = path.resolve(options.feed);
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
    if (options.feed) {
      await importFeedFile(strapi, distDir, options);
      return;
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
