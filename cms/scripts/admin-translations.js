#!/usr/bin/env node
// The Strapi admin's strings that Strapi leaves without a Vietnamese translation.
//
//   node scripts/admin-translations.js            counts per package (English keys, Strapi's Vietnamese, ours, missing)
//   node scripts/admin-translations.js --missing  the keys nobody translates yet, as JSON { key: English }
//                                                 (paste into src/admin/translations/vi.json and translate)
//
// It reads the installed packages' own translation files (dist/admin/**/translations/{en,vi}.json.js),
// so after a Strapi upgrade it names exactly the new strings. Keys are given as the admin app
// addresses them, i.e. as `config.translations.vi` in src/admin/app.tsx expects them: the admin's
// own keys bare, a plugin's keys prefixed with its plugin id (`content-manager.…`, `upload.…`,
// `users-permissions.…`, `email.…`, `i18n.…`), as each plugin's registerTrads does.
// The test tests/unit/admin-translations.test.ts uses the same loader.
const { createRequire } = require('node:module');
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

/** The packages whose screens the union's staff use: npm name → the prefix of its keys in the admin. */
const PACKAGES = [
  { name: '@strapi/admin', prefix: '' },
  { name: '@strapi/content-manager', prefix: 'content-manager.' },
  { name: '@strapi/upload', prefix: 'upload.' },
  { name: '@strapi/plugin-users-permissions', prefix: 'users-permissions.' },
  { name: '@strapi/email', prefix: 'email.' },
  { name: '@strapi/i18n', prefix: 'i18n.' },
];
// Not translated on purpose (no staff member uses them here): @strapi/content-releases,
// @strapi/review-workflows (paid features), @strapi/content-type-builder (developers only, in
// development mode), @strapi/plugin-graphql (the playground is off in production).

const cmsDir = path.join(__dirname, '..');
const OUR_FILE = path.join(cmsDir, 'src', 'admin', 'translations', 'vi.json');

/** Resolves a package the way the installed Strapi does (pnpm keeps them out of cms/node_modules). */
function packageDir(name) {
  const fromCms = createRequire(path.join(cmsDir, 'package.json'));
  const fromStrapi = createRequire(fromCms.resolve('@strapi/strapi/package.json'));
  for (const req of [fromCms, fromStrapi]) {
    try {
      return path.dirname(req.resolve(`${name}/package.json`));
    } catch {
      // not a dependency at this level; try the next
    }
  }
  throw new Error(`${name} is not installed (run pnpm install)`);
}

/** The directory under dist/admin that holds en.json.js (the admin has it under admin/src/translations). */
function translationsDir(pkgDir) {
  const search = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      if (entry.name === 'translations' && existsSync(path.join(child, 'en.json.js'))) return child;
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(path.join(pkgDir, 'dist', 'admin'));
  if (!found) throw new Error(`no dist/admin/**/translations/en.json.js in ${pkgDir}`);
  return found;
}

/** A compiled translation file's messages, prefixed as the admin app addresses them. */
function loadMessages(file, prefix) {
  if (!existsSync(file)) return {};
  const compiled = require(file);
  // Rollup emits `exports.default` when the JSON has keys that are identifiers, `module.exports` otherwise.
  const messages = compiled.__esModule ? compiled.default : compiled;
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [prefix + key, value]));
}

/**
 * Each package's English and Vietnamese messages as Strapi ships them.
 * @returns {{ name: string, prefix: string, version: string, pluginId: string | null, en: Record<string, string>, vi: Record<string, string> }[]}
 */
function loadStrapiAdminTranslations() {
  return PACKAGES.map(({ name, prefix }) => {
    const dir = packageDir(name);
    const translations = translationsDir(dir);
    const { version, strapi } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return {
      name,
      prefix,
      version,
      // The id the plugin registers in the admin (package.json "strapi.name"); null for the admin itself.
      pluginId: strapi?.name ?? null,
      en: loadMessages(path.join(translations, 'en.json.js'), prefix),
      vi: loadMessages(path.join(translations, 'vi.json.js'), prefix),
    };
  });
}

/** Our Vietnamese strings (src/admin/translations/vi.json), or {} before there are any. */
function loadOurTranslations() {
  return existsSync(OUR_FILE) ? JSON.parse(readFileSync(OUR_FILE, 'utf8')) : {};
}

/** A key has a Vietnamese string when Strapi's or ours is non-blank (or when the English itself is blank). */
const hasVietnamese = (key, english, strapiVi, ours) => !english.trim() || Boolean((ours[key] ?? strapiVi[key] ?? '').trim());

function main() {
  const packages = loadStrapiAdminTranslations();
  const ours = loadOurTranslations();
  if (process.argv.includes('--missing')) {
    const missing = {};
    for (const pkg of packages) {
      for (const [key, english] of Object.entries(pkg.en)) if (!hasVietnamese(key, english, pkg.vi, ours)) missing[key] = english;
    }
    process.stdout.write(`${JSON.stringify(missing, null, 2)}\n`);
    return;
  }
  const rows = packages.map((pkg) => {
    const keys = Object.keys(pkg.en);
    return {
      package: `${pkg.name}@${pkg.version}`,
      prefix: pkg.prefix || '(none)',
      english: keys.length,
      strapiVietnamese: keys.filter((key) => (pkg.vi[key] ?? '').trim()).length,
      ours: keys.filter((key) => key in ours).length,
      missing: keys.filter((key) => !hasVietnamese(key, pkg.en[key], pkg.vi, ours)).length,
    };
  });
  console.table(rows);
  const missing = rows.reduce((sum, row) => sum + row.missing, 0);
  console.log(missing ? `${missing} strings have no Vietnamese: node scripts/admin-translations.js --missing` : 'Every string has a Vietnamese translation.');
  process.exitCode = missing ? 1 : 0;
}

module.exports = { PACKAGES, OUR_FILE, hasVietnamese, loadStrapiAdminTranslations, loadOurTranslations };

if (require.main === module) main();
