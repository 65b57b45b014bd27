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

// ---------------------------------------------------------------------------------------------
// Strings that exist only as a defaultMessage in the compiled admin code.

/**
 * Compiled admin files that never render in this panel: @strapi/admin's Enterprise-only screens
 * (dist/admin/ee, loaded only with an Enterprise licence), test utilities, the translation files
 * themselves (read above) and type declarations.
 */
const NOT_RENDERED = [/^ee\//, /(^|\/)tests?\//, /^test\.mjs$/, /(^|\/)translations\//, /^src\//];

/** The TypeScript compiler's parser (a dependency of the cms already) reads the compiled JavaScript. */
const ts = require('typescript');

function adminModules(pkgDir) {
  const root = path.join(pkgDir, 'dist', 'admin');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      const relative = path.relative(root, child).split(path.sep).join('/');
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.mjs') && !NOT_RENDERED.some((pattern) => pattern.test(entry.isDirectory() ? `${relative}/` : relative))) files.push(child);
    }
  };
  walk(root);
  return files.sort();
}

const parseModule = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);

/** A string known when the code is compiled: 'x', `x` without ${…}. */
const literalText = (node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);

/**
 * How a module prefixes ids: `const getTrad = (id) => \`${pluginId}.${id}\`` (or `\`content-manager.${id}\``)
 * → { getTrad: 'upload.' }. pluginId stands for the package's plugin id (tests check the prefix is it).
 */
function prefixingHelpers(sourceFile, prefix) {
  const helpers = {};
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const fn = declaration.initializer;
      if (!ts.isIdentifier(declaration.name) || !fn || !ts.isArrowFunction(fn) || fn.parameters.length !== 1 || !ts.isTemplateExpression(fn.body)) continue;
      const param = fn.parameters[0].name.getText(sourceFile);
      const spans = fn.body.templateSpans;
      const last = spans[spans.length - 1];
      if (!ts.isIdentifier(last.expression) || last.expression.text !== param || last.literal.text !== '') continue;
      const head = fn.body.head.text;
      if (spans.length === 1 && head === prefix) helpers[declaration.name.text] = prefix;
      else if (spans.length === 2 && head === '' && ts.isIdentifier(spans[0].expression) && spans[0].expression.text === 'pluginId' && spans[0].literal.text === '.') {
        helpers[declaration.name.text] = prefix;
      }
    }
  }
  // `export { getTrad as default }`
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const specifier of statement.exportClause.elements) {
      const local = (specifier.propertyName ?? specifier.name).text;
      if (local in helpers) helpers[`export:${specifier.name.text}`] = helpers[local];
    }
  }
  return helpers;
}

/** The local names a module gives to imported prefixing helpers and to `pluginId`. */
function importedNames(sourceFile, file, helpersByFile) {
  const helpers = {};
  let pluginId = false;
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const from = statement.moduleSpecifier.text;
    if (!from.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), from);
    const exported = helpersByFile.get(target) ?? {};
    const clause = statement.importClause;
    const bindings = [];
    if (clause.name) bindings.push(['default', clause.name.text]);
    if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) bindings.push([(element.propertyName ?? element.name).text, element.name.text]);
    }
    for (const [imported, local] of bindings) {
      if (`export:${imported}` in exported) helpers[local] = exported[`export:${imported}`];
      if (path.basename(target) === 'pluginId.mjs') pluginId = pluginId || local;
    }
  }
  return { helpers, pluginId };
}

/**
 * The values an expression can have, when known from the code alone: a string, `pluginId`
 * templates, a prefixing helper called on a string, either branch of a `? :`. Undefined when not.
 */
function staticValues(node, scope) {
  if (!node) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  const text = literalText(node);
  if (text !== undefined) return [text];
  if (ts.isTemplateExpression(node)) {
    let value = node.head.text;
    for (const span of node.templateSpans) {
      if (!ts.isIdentifier(span.expression) || span.expression.text !== scope.pluginId) return undefined;
      value += scope.prefix.slice(0, -1) + span.literal.text;
    }
    return [value];
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in scope.helpers && node.arguments.length === 1) {
    const inner = staticValues(node.arguments[0], scope);
    return inner && inner.map((value) => scope.helpers[node.expression.text] + value);
  }
  if (ts.isConditionalExpression(node)) {
    const [whenTrue, whenFalse] = [staticValues(node.whenTrue, scope), staticValues(node.whenFalse, scope)];
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
  }
  return undefined;
}

/**
 * Every message descriptor `{ id, defaultMessage }` in a package's compiled admin code (what
 * formatMessage, <FormattedMessage>, intlLabel… receive), with the id the admin asks react-intl
 * for at runtime. Ids computed from runtime values (`\`…${name}\``, variables) are only counted.
 * @returns {{ messages: Record<string, string[]>, dynamic: { file: string, id: string }[], files: number }}
 */
function extractMessageDescriptors(pkgDir, prefix) {
  const files = adminModules(pkgDir);
  const parsed = files.map((file) => [file, parseModule(file)]);
  const helpersByFile = new Map(prefix ? parsed.map(([file, sourceFile]) => [file.replace(/\.mjs$/, '') + '.mjs', prefixingHelpers(sourceFile, prefix)]) : []);
  // Imports are written with the extension ('../utils/getTrad.mjs').
  const messages = {};
  const dynamic = [];
  for (const [file, sourceFile] of parsed) {
    const imported = prefix ? importedNames(sourceFile, file, helpersByFile) : { helpers: {}, pluginId: false };
    const own = helpersByFile.get(file) ?? {};
    const scope = {
      prefix,
      helpers: { ...Object.fromEntries(Object.entries(own).filter(([name]) => !name.startsWith('export:'))), ...imported.helpers },
      pluginId: imported.pluginId || (prefix && /\bconst pluginId = /.test(sourceFile.text) ? 'pluginId' : false),
    };
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const property = (name) => node.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name && ts.isIdentifier(p.name) && p.name.text === name);
        const [idProperty, defaultProperty] = [property('id'), property('defaultMessage')];
        if (idProperty && defaultProperty) {
          const ids = ts.isPropertyAssignment(idProperty) ? staticValues(idProperty.initializer, scope) : undefined;
          const defaults = ts.isPropertyAssignment(defaultProperty) ? staticValues(defaultProperty.initializer, scope) : undefined;
          if (!ids) dynamic.push({ file: path.relative(pkgDir, file), id: idProperty.getText(sourceFile).replace(/\s+/g, ' ') });
          else {
            ids.forEach((id, index) => {
              const english = defaults && (defaults.length === ids.length ? [defaults[index]] : defaults);
              messages[id] = [...new Set([...(messages[id] ?? []), ...(english ?? [])])];
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { messages, dynamic, files: files.length };
}

/**
 * Per package, the runtime ids its admin code renders with a defaultMessage but that no package's
 * en.json has: react-intl shows their English defaultMessage unless a Vietnamese string exists.
 * @returns {{ name: string, defaultOnly: Record<string, string[]>, dynamic: { file: string, id: string }[], files: number }[]}
 */
function loadDefaultOnlyMessages(packages = loadStrapiAdminTranslations()) {
  const english = Object.assign({}, ...packages.map((pkg) => pkg.en));
  return packages.map((pkg) => {
    const { messages, dynamic, files } = extractMessageDescriptors(packageDir(pkg.name), pkg.prefix);
    const defaultOnly = Object.fromEntries(Object.entries(messages).filter(([id, defaults]) => !(id in english) && defaults.length > 0));
    return { name: pkg.name, defaultOnly, dynamic, files };
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

module.exports = {
  PACKAGES,
  OUR_FILE,
  hasVietnamese,
  loadStrapiAdminTranslations,
  loadOurTranslations,
  extractMessageDescriptors,
  loadDefaultOnlyMessages,
};

if (require.main === module) main();
