#!/usr/bin/env node
// The whole test suite: type check, web build (browser tests need it), the
// generated-docs freshness check, the citation check against the seed
// reports, then every *.test.ts(x) file through Node's test runner.
// Integration tests run on PGlite always and on a PostgreSQL server when
// TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();

function run(label, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(path.slice(root.length));
  }
  return out;
}

const filter = process.argv.slice(2);
const files = ['src', 'test', 'web/src']
  .flatMap((dir) => findTests(join(root, dir)))
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();

// The five source reports sit beside the repository (DEVELOPERS.md); scripts/seed-reports.ts resolves the same way.
const seedsDir = process.env.JOBSPOR_SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');
let citationsSkipped = false;

if (filter.length === 0) {
  run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  if (existsSync(join(root, 'scripts/generate-model-docs.ts'))) {
    run('docs/models.md is current', 'node', ['--import', 'tsx', 'scripts/generate-model-docs.ts', '--check']);
  }
  if (existsSync(seedsDir)) {
    run('model citations match the seed reports', 'node', ['--import', 'tsx', 'scripts/check-citations.ts', seedsDir]);
  } else {
    citationsSkipped = true;
    console.log(`\nCitation check: SKIPPED because the seed reports are not in ${seedsDir} (set JOBSPOR_SEEDS_DIR).`);
  }
}
if (filter.length === 0 || files.some((f) => f.includes('browser'))) {
  run('web build', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
}

if (process.env.TEST_DATABASE_URL) {
  console.log('\nPostgreSQL-server tests: ON (TEST_DATABASE_URL is set); integration tests run on PGlite and PostgreSQL.');
} else {
  console.log('\nPostgreSQL-server tests: SKIPPED because TEST_DATABASE_URL is not set; integration tests run on PGlite only.');
}

run(`tests (${files.length} files)`, 'node', [
  '--import', 'tsx',
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  ...files,
], { JOBSPOR_LOG_LEVEL: process.env.JOBSPOR_LOG_LEVEL ?? 'silent' });

if (!process.env.TEST_DATABASE_URL) {
  console.log('\nNote: PostgreSQL-server tests were skipped (set TEST_DATABASE_URL=postgres://... to run them).');
}
if (citationsSkipped) console.log(`Note: the citation check was skipped (no seed reports in ${seedsDir}).`);
console.log(`\nWhole suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
