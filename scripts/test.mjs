#!/usr/bin/env node
// `pnpm test`: everything CI checks, in order, stopping at the first failure:
//   lint → Vietnamese text library (packages/vietnamese-text: typecheck, build, tests) → typecheck (cms, web, examples/partner-client)
//   → CMS API tests on SQLite → on PostgreSQL (in CI, or TEST_POSTGRES=1) → web build → admin panel build → web component tests → browser tests (built cms + web, Debian's Chromium).
// Ends with one line "N passed, N failed" counted from the test runners' JSON reports.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cmsDir, root, run, webDir } from './lib.mjs';

const textDir = join(root, 'packages', 'vietnamese-text');

const withPostgres = process.env.CI === 'true' || process.env.CI === '1' || process.env.TEST_POSTGRES === '1';
const reports = [
  join(textDir, '.data', 'vitest-report.json'),
  join(cmsDir, '.tmp', 'jest-report.json'),
  join(cmsDir, '.tmp', 'jest-report-postgres.json'),
  join(webDir, '.data', 'vitest-report.json'),
  join(webDir, '.data', 'vitest-e2e-report.json'),
];
reports.forEach((file) => rmSync(file, { force: true }));

function summary() {
  let passed = 0;
  let failed = 0;
  for (const file of reports) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  }
  return { passed, failed };
}

let exitCode = 0;
try {
  run('pnpm', ['exec', 'eslint', '.'], { cwd: root, label: 'lint' });
  run('pnpm', ['run', 'typecheck'], { cwd: textDir, label: 'vietnamese-text: typecheck' });
  run('pnpm', ['run', 'test'], { cwd: textDir, label: 'vietnamese-text: build (CommonJS and ES modules) and tests' });
  run('pnpm', ['run', 'typecheck'], { cwd: cmsDir, label: 'cms: typecheck' });
  run('pnpm', ['run', 'typecheck'], { cwd: webDir, label: 'web: typecheck' });
  // Run against the started portal by the browser tests (web/tests/e2e/widget.e2e.test.ts).
  run('pnpm', ['run', 'typecheck'], { cwd: join(root, 'examples', 'partner-client'), label: 'examples/partner-client: typecheck' });
  run('pnpm', ['run', 'test'], { cwd: cmsDir, label: 'cms: API tests on SQLite' });
  if (withPostgres) run('pnpm', ['run', 'test:postgres'], { cwd: cmsDir, label: 'cms: API tests on PostgreSQL (127.0.0.1:5432)' });
  else console.log('\n(cms on PostgreSQL skipped: set TEST_POSTGRES=1 or CI=true to run it)');
  run('pnpm', ['run', 'build'], { cwd: webDir, label: 'web: build' });
  // The admin panel, driven by web/tests/e2e/admin.e2e.test.ts (about 1.5 minutes on 2 cores).
  run('pnpm', ['run', 'build'], { cwd: cmsDir, label: 'cms: build (admin panel)' });
  run('pnpm', ['run', 'test'], { cwd: webDir, label: 'web: component tests' });
  run('pnpm', ['run', 'test:e2e'], { cwd: webDir, label: 'web: browser tests (screenshots in artifacts/screenshots)' });
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  exitCode = error.exitCode ?? 1;
}
const { passed, failed } = summary();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 ? exitCode : failed > 0 ? 1 : 0);
