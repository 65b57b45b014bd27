#!/usr/bin/env node
// Runs the CMS test suite against a fresh, throw-away database:
//   node scripts/run-tests.js            SQLite (a temp file, deleted afterwards)
//   node scripts/run-tests.js --postgres PostgreSQL at 127.0.0.1:5432 (a temp database, dropped afterwards)
// The app is compiled once and seeded once with the demo content; each test file boots it from dist/.
// Extra arguments go to jest (e.g. a test file pattern).
const { spawnSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const args = process.argv.slice(2);
const usePostgres = args.includes('--postgres');
const jestArgs = args.filter((arg) => arg !== '--postgres');
const appDir = path.join(__dirname, '..');
const workDir = mkdtempSync(path.join(tmpdir(), 'lienhiep-cms-test-'));

/** Throw-away secrets from the project's one generator (ESM, hence the dynamic import). */
async function throwAwaySecrets() {
  const { newStrapiSecrets } = await import('../../scripts/secrets.mjs');
  return newStrapiSecrets();
}

async function main() {
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
    ...(await throwAwaySecrets()),
    SEED_DEMO_CONTENT: 'false',
    DEV_ADMIN_EMAIL: '',
    DEV_ADMIN_PASSWORD: '',
    TEST_WORK_DIR: workDir,
    // Every test request comes from 127.0.0.1: budgets no test file reaches; tests/api/rate-limits.test.ts sets its own small ones.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '1000000',
    // No scheduler ticks in the test files' CMS: a tick's queries would land in the tests that count
    // queries. tests/api/scheduled-publishing.test.ts drives the ticks itself.
    SCHEDULER_ENABLED: 'false',
  };

  let dropDatabase = () => {};
  if (usePostgres) {
    const name = `lienhiep_test_${process.pid}_${Date.now()}`;
    const admin = { host: process.env.TEST_PG_HOST ?? '127.0.0.1', port: Number(process.env.TEST_PG_PORT ?? 5432), user: process.env.TEST_PG_USER ?? 'postgres', password: process.env.TEST_PG_PASSWORD ?? '', database: 'postgres' };
    const run = (sql) => {
      const script = `const { Client } = require('pg'); (async () => { const c = new Client(${JSON.stringify(admin)}); await c.connect(); await c.query(${JSON.stringify(sql)}); await c.end(); })().catch((e) => { console.error(e.message); process.exit(1); });`;
      const result = spawnSync(process.execPath, ['-e', script], { cwd: appDir, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`PostgreSQL at ${admin.host}:${admin.port} refused: ${sql}`);
    };
    run(`CREATE DATABASE ${name}`);
    dropDatabase = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    Object.assign(env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: admin.host,
      DATABASE_PORT: String(admin.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: admin.user,
      DATABASE_PASSWORD: admin.password,
      DATABASE_URL: '',
    });
    console.log(`[cms test] PostgreSQL database ${name}`);
  } else {
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'test.db'), DATABASE_URL: '' });
    console.log(`[cms test] SQLite database ${env.DATABASE_FILENAME}`);
  }

  mkdirSync(path.join(appDir, '.tmp'), { recursive: true });
  let status = 1;
  try {
    const prepare = spawnSync(process.execPath, [path.join(__dirname, 'run-seed.js')], { cwd: appDir, env, stdio: 'inherit' });
    if (prepare.status !== 0) throw new Error('could not compile and seed the CMS for the tests');
    const reportFile = path.join(appDir, '.tmp', `jest-report${usePostgres ? '-postgres' : ''}.json`);
    const jest = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--runInBand', '--json', `--outputFile=${reportFile}`, ...jestArgs],
      { cwd: appDir, env, stdio: 'inherit' },
    );
    status = jest.status ?? 1;
  } finally {
    dropDatabase();
    rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(`[cms test] ${error.message}`);
  rmSync(workDir, { recursive: true, force: true });
  process.exit(1);
});
