import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

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

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

test('unknown commands and missing arguments answer with usage and exit code 2', async () => {
  assert.equal((await run('frobnicate')).code, 2);
  assert.match((await run('frobnicate')).text, /Unknown command/);
  assert.equal((await run('backup')).code, 2);
  assert.equal((await run('seed')).code, 2);
  assert.equal((await run('help')).code, 0);
});

test('init refuses a bad username with a clear message and exit code 1', async () => {
  const result = await run('init', '--municipality', 'Prøve Kommune', '--admin', 'X Y');
  assert.equal(result.code, 1);
  assert.match(result.text, /^Error: --admin must be/);
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
