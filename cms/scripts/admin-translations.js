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
      else if (entry.name.endsWith('.mjs') && !NOT_RENDERED.some((pattern) => pattern.test(relative))) files.push(child);
    }
  };
  walk(root);
  return files.sort();
}

/** A string known when the code is compiled: 'x', `x` without ${…}. */
const literalText = (node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);

/**
 * What a module gives by name to the code that imports it, as far as message ids go:
 * - prefixing helpers, `const getTrad = (id) => \`${pluginId}.${id}\`` (or `\`content-manager.${id}\``);
 * - string constants, `const PLUGIN_ID = 'content-manager'`;
 * - `pluginId` itself, in pluginId.mjs (computed there from package.json: the package's plugin id,
 *   which the tests check is its prefix).
 * @returns {{ helpers: Record<string, string>, constants: Record<string, string>, exports: Record<string, { helper?: string, constant?: string }> }}
 */
function moduleFacts(sourceFile, file, prefix) {
  const helpers = {};
  const constants = {};
  const pluginIdName = (name) => name === 'pluginId' && path.basename(file) === 'pluginId.mjs';
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      const fn = declaration.initializer;
      const text = literalText(fn);
      if (pluginIdName(name)) constants[name] = prefix.slice(0, -1);
      else if (text !== undefined) constants[name] = text;
      else if (prefix && ts.isArrowFunction(fn) && fn.parameters.length === 1 && ts.isTemplateExpression(fn.body)) {
        const param = fn.parameters[0].name.getText(sourceFile);
        const spans = fn.body.templateSpans;
        const last = spans[spans.length - 1];
        if (!ts.isIdentifier(last.expression) || last.expression.text !== param || last.literal.text !== '') continue;
        const head = fn.body.head.text;
        const viaPluginId = spans.length === 2 && head === '' && ts.isIdentifier(spans[0].expression) && spans[0].expression.text === 'pluginId' && spans[0].literal.text === '.';
        if ((spans.length === 1 && head === prefix) || viaPluginId) helpers[name] = prefix;
      }
    }
  }
  const exports = {};
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const specifier of statement.exportClause.elements) {
      const local = (specifier.propertyName ?? specifier.name).text;
      if (local in helpers) exports[specifier.name.text] = { helper: helpers[local] };
      else if (local in constants) exports[specifier.name.text] = { constant: constants[local] };
    }
  }
  return { helpers, constants, exports };
}

/** The prefixing helpers and string constants a module can use: its own and those it imports. */
function moduleScope(sourceFile, file, prefix, factsByFile) {
  const own = factsByFile.get(file);
  const scope = { helpers: { ...own.helpers }, constants: { ...own.constants } };
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const from = statement.moduleSpecifier.text;
    if (!from.startsWith('.')) continue;
    const exported = factsByFile.get(path.resolve(path.dirname(file), from))?.exports ?? {};
    const clause = statement.importClause;
    const bindings = clause.name ? [['default', clause.name.text]] : [];
    if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) bindings.push([(element.propertyName ?? element.name).text, element.name.text]);
    }
    for (const [imported, local] of bindings) {
      if (exported[imported]?.helper !== undefined) scope.helpers[local] = exported[imported].helper;
      if (exported[imported]?.constant !== undefined) scope.constants[local] = exported[imported].constant;
    }
  }
  return scope;
}

/**
 * The values an expression can have, when known from the code alone: a string, a module-level
 * string constant, a template of those, a prefixing helper called on one, either branch of a `? :`.
 * Undefined when a runtime value decides (a variable, a property, a function's result).
 */
function staticValues(node, scope) {
  if (!node) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  const text = literalText(node);
  if (text !== undefined) return [text];
  if (ts.isIdentifier(node)) return node.text in scope.constants ? [scope.constants[node.text]] : undefined;
  if (ts.isTemplateExpression(node)) {
    let values = [node.head.text];
    for (const span of node.templateSpans) {
      const parts = staticValues(span.expression, scope);
      if (!parts) return undefined;
      values = values.flatMap((value) => parts.map((part) => value + part + span.literal.text));
    }
    return values;
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
 * for at runtime. Ids that runtime values decide are only listed: `template` when the id is a
 * template or helper call with a runtime ${…} (`\`global.plugins.${name}\``), `passed` when it is
 * a variable or property (a descriptor, or an error id, handed over from elsewhere).
 * @returns {{ messages: Record<string, string[]>, dynamic: { file: string, kind: 'template' | 'passed', id: string }[], files: number }}
 */
function extractMessageDescriptors(pkgDir, prefix) {
  const files = adminModules(pkgDir);
  // Only modules with a defaultMessage hold descriptors; the modules they import are read when needed.
  const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const parsedFiles = new Map();
  const parse = (file) => {
    if (!parsedFiles.has(file)) parsedFiles.set(file, ts.createSourceFile(file, sources.get(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
    return parsedFiles.get(file);
  };
  const factsCache = new Map();
  const factsByFile = {
    get: (file) => {
      if (!sources.has(file)) return undefined;
      if (!factsCache.has(file)) factsCache.set(file, moduleFacts(parse(file), file, prefix));
      return factsCache.get(file);
    },
  };
  const parsed = files.filter((file) => sources.get(file).includes('defaultMessage')).map((file) => [file, parse(file)]);
  const messages = {};
  const dynamic = [];
  for (const [file, sourceFile] of parsed) {
    const scope = moduleScope(sourceFile, file, prefix, factsByFile);
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const property = (name) => node.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && ts.isIdentifier(p.name) && p.name.text === name);
        const [idProperty, defaultProperty] = [property('id'), property('defaultMessage')];
        if (idProperty && defaultProperty) {
          const idNode = ts.isPropertyAssignment(idProperty) ? idProperty.initializer : idProperty.name;
          const ids = staticValues(idNode, scope);
          const defaults = ts.isPropertyAssignment(defaultProperty) ? staticValues(defaultProperty.initializer, scope) : undefined;
          if (!ids) {
            const kind = ts.isTemplateExpression(idNode) || (ts.isCallExpression(idNode) && idNode.arguments.some(ts.isTemplateExpression)) ? 'template' : 'passed';
            dynamic.push({ file: path.relative(pkgDir, file), kind, id: idNode.getText(sourceFile).replace(/\s+/g, ' ') });
          } else {
            ids.forEach((id, index) => {
              const english = defaults ? (defaults.length === ids.length ? [defaults[index]] : defaults) : [];
              messages[id] = [...new Set([...(messages[id] ?? []), ...english])];
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
  const inCode = loadDefaultOnlyMessages(packages);
  const strapiVi = Object.assign({}, ...packages.map((pkg) => pkg.vi));
  const missingDefaults = (pkg) => Object.entries(pkg.defaultOnly).filter(([id, defaults]) => !hasVietnamese(id, defaults[0], strapiVi, ours));
  if (process.argv.includes('--missing')) {
    const missing = {};
    for (const pkg of packages) {
      for (const [key, english] of Object.entries(pkg.en)) if (!hasVietnamese(key, english, pkg.vi, ours)) missing[key] = english;
    }
    for (const pkg of inCode) for (const [id, defaults] of missingDefaults(pkg)) missing[id] = defaults[0];
    process.stdout.write(`${JSON.stringify(missing, null, 2)}\n`);
    return;
  }
  if (process.argv.includes('--dynamic')) {
    for (const pkg of inCode) for (const { file, kind, id } of pkg.dynamic) console.log(`${pkg.name}\t${kind}\t${file}\t${id}`);
    return;
  }
  const rows = packages.map((pkg, index) => {
    const keys = Object.keys(pkg.en);
    const code = inCode[index];
    return {
      package: `${pkg.name}@${pkg.version}`,
      prefix: pkg.prefix || '(none)',
      english: keys.length,
      strapiVietnamese: keys.filter((key) => (pkg.vi[key] ?? '').trim()).length,
      ours: keys.filter((key) => key in ours).length,
      missing: keys.filter((key) => !hasVietnamese(key, pkg.en[key], pkg.vi, ours)).length,
      // Ids only in the code, with a defaultMessage (in no en.json), and how many of them lack Vietnamese.
      defaultOnly: Object.keys(code.defaultOnly).length,
      defaultOnlyMissing: missingDefaults(code).length,
      // Ids decided at runtime (not checked): `node scripts/admin-translations.js --dynamic` lists them.
      dynamicTemplate: code.dynamic.filter((entry) => entry.kind === 'template').length,
      dynamicPassed: code.dynamic.filter((entry) => entry.kind === 'passed').length,
    };
  });
  console.table(rows);
  const missing = rows.reduce((sum, row) => sum + row.missing + row.defaultOnlyMissing, 0);
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
