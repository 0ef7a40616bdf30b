import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobsporCommand } from '../src/cli/main.ts';
import { runMain } from './helpers/cli.ts';
import type { CommandSpec } from '../src/cli/args.ts';

// The CLI reads its configuration from the environment, as it does when run.
let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const run = runMain;

/** Runs bin/jobspor.mjs as an operator does, in an empty working directory. */
function spawnCli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const cwd = mkdtempSync(join(dir, 'cwd-'));
  const bin = fileURLToPath(new URL('../bin/jobspor.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, JOBSPOR_DATA_DIR: join(cwd, 'data'), ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}`, files: readdirSync(cwd) };
}

/** Every command and subcommand, as the words that name it. */
function commandPaths(spec: CommandSpec<never>, path: string[] = []): string[][] {
  return (spec.subcommands ?? []).flatMap((sub) => [[...path, sub.name], ...commandPaths(sub as CommandSpec<never>, [...path, sub.name])]);
}

test('unknown commands and missing arguments answer with usage and exit code 2', async () => {
  assert.equal((await run('frobnicate')).code, 2);
  assert.match((await run('frobnicate')).text, /Unknown command/);
  assert.equal((await run('backup')).code, 2);
  assert.equal((await run('seed')).code, 2);
  assert.equal((await run('help')).code, 0);
});

test('every command and subcommand answers --help with its usage and exit code 0, doing nothing else', async () => {
  const paths = commandPaths(jobsporCommand as CommandSpec<never>);
  assert.ok(paths.length >= 10, paths.join(', '));
  for (const path of paths) {
    for (const help of ['--help', '-h']) {
      const result = await run(...path, help);
      assert.equal(result.code, 0, `${path.join(' ')} ${help}: ${result.text}`);
      assert.match(result.text, new RegExp(`^Usage: jobspor ${path.join(' ')}\\b`));
    }
    assert.equal((await run('help', ...path)).code, 0);
  }
  assert.equal(existsSync(join(dir, 'data')), false, 'a --help opened the database');
});

test('every command and subcommand refuses an unknown option with exit code 2, naming the option and the usage', async () => {
  for (const path of commandPaths(jobsporCommand as CommandSpec<never>)) {
    const result = await run(...path, '--no-such-option');
    assert.equal(result.code, 2, `${path.join(' ')}: ${result.text}`);
    assert.match(result.text, new RegExp(`^Unknown option --no-such-option for "jobspor ${path.join(' ')}"\\.\\n\\nUsage: jobspor ${path.join(' ')}\\b`));
  }
  assert.equal(existsSync(join(dir, 'data')), false, 'a refused command opened the database');
});

test('backup --help prints help instead of writing a file named --help or opening the database', () => {
  const backup = spawnCli(['backup', '--help']);
  assert.equal(backup.code, 0, backup.output);
  assert.match(backup.output, /^Usage: jobspor backup <file>/);
  assert.deepEqual(backup.files, []);
});

test('invalid configuration stops the command with exit code 1, one line per variable and no stack trace', () => {
  const result = spawnCli(['migrate'], { PORT: 'abc', JOBSPOR_SESSION_IDLE_MINUTES: 'abc', DATABASE_URL: 'notaurl' });
  assert.equal(result.code, 1);
  assert.equal(
    result.output,
    [
      'Error: Invalid configuration (3 environment variables):',
      '  PORT="abc": must be a whole number from 0 to 65535',
      '  DATABASE_URL="notaurl": must be a PostgreSQL URL such as postgres://user:password@host:5432/database',
      '  JOBSPOR_SESSION_IDLE_MINUTES="abc": must be a whole number from 1 to 1440',
      '',
    ].join('\n'),
  );
  assert.deepEqual(result.files, []);
});

test('an unreachable PostgreSQL server is named with host and port in one line, without the password', async () => {
  process.env.DATABASE_URL = 'postgres://jobspor:hemmeligt@127.0.0.1:1/jobspor';
  try {
    const result = await run('migrate');
    assert.equal(result.code, 1);
    assert.match(result.text, /^Error: Cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(database "jobspor", user "jobspor"\): connect ECONNREFUSED 127\.0\.0\.1:1$/);
  } finally {
    delete process.env.DATABASE_URL;
  }
});

test('init refuses a bad username with a clear message and exit code 1', async () => {
  const result = await run('init', '--municipality', 'Prøve Kommune', '--admin', 'X Y');
  assert.equal(result.code, 1);
  assert.match(result.text, /^Error: --admin must be/);
});

test('a failed init leaves no data directory behind', async () => {
  process.env.JOBSPOR_ADMIN_PASSWORD = 'kort';
  try {
    const result = await run('init', '--municipality', 'Prøve Kommune', '--admin', 'chef');
    assert.equal(result.code, 1);
    assert.match(result.text, /^Error: JOBSPOR_ADMIN_PASSWORD: /);
    assert.equal(existsSync(join(dir, 'data')), false);
  } finally {
    delete process.env.JOBSPOR_ADMIN_PASSWORD;
  }
});

test('migrate, seed the demo once, back up, and refuse to restore over data without --force', async () => {
  assert.equal((await run('migrate')).code, 0);
  const seeded = await run('seed', '--demo', '--seed', '7');
  assert.equal(seeded.code, 0, seeded.text);
  assert.match(seeded.text, /600 citizens/);
  const again = await run('seed', '--demo');
  assert.equal(again.code, 1);
  assert.match(again.text, /already has/);
  const file = join(dir, 'backup.json.gz');
  assert.equal((await run('backup', file)).code, 0);
  const refused = await run('restore', file);
  assert.equal(refused.code, 1);
  assert.match(refused.text, /not empty.*--force/);
  const forced = await run('restore', file, '--force');
  assert.equal(forced.code, 0, forced.text);
  const init = await run('init', '--municipality', 'Anden Kommune', '--admin', 'chef');
  assert.equal(init.code, 1);
  assert.match(init.text, /already has staff accounts/);
});
