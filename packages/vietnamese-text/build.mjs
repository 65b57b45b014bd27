#!/usr/bin/env node
// Builds the package: dist/esm (ES modules, for the site) and dist/cjs (CommonJS, for the cms), each
// with its .d.ts files. Runs on `pnpm install` (prepare) and before the cms and the site build or
// type-check; it does nothing when dist is newer than every source, so those repeated calls are free
// and never rewrite files a running cms has loaded.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
/** Written last: its age is the age of the whole build. */
const stamp = join(dist, 'cjs', 'package.json');

function newestSource() {
  const files = ['package.json', 'build.mjs', 'tsconfig.json', 'tsconfig.esm.json', 'tsconfig.cjs.json']
    .map((name) => join(here, name))
    .concat(readdirSync(join(here, 'src'), { recursive: true }).map((name) => join(here, 'src', String(name))));
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) {
  console.log('@lienhiep/vietnamese-text: dist is up to date');
  process.exit(0);
}

// Built beside dist and swapped in whole, so that a reader never sees half a build.
const next = join(here, `dist.next-${process.pid}`);
rmSync(next, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
for (const [config, out] of [['tsconfig.esm.json', 'esm'], ['tsconfig.cjs.json', 'cjs']]) {
  const result = spawnSync(process.execPath, [tsc, '-p', join(here, config), '--outDir', join(next, out)], { stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`@lienhiep/vietnamese-text: ${config} failed`);
    process.exit(result.status ?? 1);
  }
}
// The package is "type": "module"; the CommonJS half says otherwise for itself.
writeFileSync(join(next, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');

const previous = join(here, `dist.previous-${process.pid}`);
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('@lienhiep/vietnamese-text: built dist/esm and dist/cjs');
