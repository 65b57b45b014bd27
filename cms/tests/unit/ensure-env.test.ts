import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `pnpm build` (and so CI) runs the CMS's build script, whose first step writes cms/.env with
 * generated secrets and the development administrator's password. Its output lands in CI logs:
 * it must name what it wrote and where, never a value. Run here as the build runs it, on a copy of
 * the scripts in a temp directory (so the real cms/.env is never touched).
 */
const repoRoot = path.join(__dirname, '..', '..', '..');
const SECRET_KEYS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'REVALIDATE_SECRET', 'DEV_ADMIN_PASSWORD'];

let root: string;
let cmsDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lienhiep-ensure-env-'));
  cmsDir = path.join(root, 'cms');
  mkdirSync(path.join(cmsDir, 'scripts'), { recursive: true });
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync(path.join(repoRoot, 'cms', 'package.json'), path.join(cmsDir, 'package.json'));
  copyFileSync(path.join(repoRoot, 'cms', 'scripts', 'ensure-env.mjs'), path.join(cmsDir, 'scripts', 'ensure-env.mjs'));
  copyFileSync(path.join(repoRoot, 'scripts', 'secrets.mjs'), path.join(root, 'scripts', 'secrets.mjs'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The build script's steps before `strapi build` itself (the admin panel build: ~35 s, and it prints no settings). */
function buildStepsBeforeStrapiBuild(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(cmsDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const steps = scripts.build.split('&&').map((step) => step.trim());
  expect(steps.at(-1)).toBe('strapi build');
  // Building a workspace package first (the Vietnamese text library) handles no settings; its own
  // output is the package's business and it cannot run in the temp copy.
  return steps.slice(0, -1).filter((step) => !step.startsWith('pnpm --filter '));
}

/** Runs those steps in the temp copy with an environment holding none of the settings; returns everything printed. */
function runBuildSteps(): string {
  let printed = '';
  for (const step of buildStepsBeforeStrapiBuild()) {
    const result = spawnSync('sh', ['-c', step], { cwd: cmsDir, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect({ step, status: result.status, stderr: result.stderr }).toEqual({ step, status: 0, stderr: '' });
    printed += result.stdout + result.stderr;
  }
  return printed;
}

function writtenValues(): Record<string, string> {
  const env = readFileSync(path.join(cmsDir, '.env'), 'utf8');
  return Object.fromEntries([...env.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]));
}

/** Every generated secret as it could appear in output: whole, and each of the comma-separated app keys. */
function secretFragments(values: Record<string, string>): string[] {
  return SECRET_KEYS.flatMap((key) => [values[key], ...(values[key] ?? '').split(',')]).filter((value) => value && value.length >= 8);
}

it('the first build writes cms/.env with fresh secrets and a password, and prints neither', () => {
  const printed = runBuildSteps();
  const values = writtenValues();
  for (const key of SECRET_KEYS) expect({ key, value: values[key] }).toEqual({ key, value: expect.stringMatching(/.{12,}/) });
  expect(values.APP_KEYS.split(',')).toHaveLength(4);

  for (const secret of secretFragments(values)) expect(printed).not.toContain(secret);
  expect(printed).toContain('cms/.env');
  expect(printed).toMatch(/DEV_ADMIN_PASSWORD/);
});

it('a build on an older cms/.env adds the missing secrets and prints none of them, keeping the values it had', () => {
  writeFileSync(path.join(cmsDir, '.env'), 'HOST=0.0.0.0\nAPP_KEYS=giu-nguyen-a,giu-nguyen-b\nDEV_ADMIN_EMAIL=bien-tap@vi-du.vn\n');
  const printed = runBuildSteps();
  const values = writtenValues();
  expect(values.APP_KEYS).toBe('giu-nguyen-a,giu-nguyen-b');
  expect(values.DEV_ADMIN_EMAIL).toBe('bien-tap@vi-du.vn');
  expect(values.DEV_ADMIN_PASSWORD).toMatch(/.{12,}/);
  for (const secret of secretFragments(values).filter((value) => !value.startsWith('giu-nguyen'))) expect(printed).not.toContain(secret);
});

it('a build with every setting in place writes and prints nothing', () => {
  runBuildSteps();
  const before = readFileSync(path.join(cmsDir, '.env'), 'utf8');
  expect(runBuildSteps()).toBe('');
  expect(readFileSync(path.join(cmsDir, '.env'), 'utf8')).toBe(before);
});
