import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runMain } from './helpers/cli.ts';
import { openDatabase } from '../src/db/connection.ts';

// The CLI reads its configuration from the environment, as it does when run.
let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-audit-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  process.env.JOBSPOR_ADMIN_PASSWORD = 'a-long-enough-password-42';
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const run = runMain;

test('audit verify reports an intact chain, and after an edit by the table owner names the first broken row and exits 1', async () => {
  assert.equal((await run('init', '--municipality', 'Kæde Kommune', '--admin', 'admin')).code, 0);
  const backup = join(dir, 'b.json.gz');
  assert.equal((await run('backup', backup)).code, 0);
  const intact = await run('audit', 'verify');
  assert.equal(intact.code, 0, intact.text);
  assert.match(intact.text, /^Audit chain intact: 2 rows; last row 2, hash [0-9a-f]{64}\.$/);

  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    await sql`SET session_replication_role = replica`.execute(handle.db);
    await sql`UPDATE audit_event SET detail = '{"municipality": "Anden Kommune"}' WHERE id = 1`.execute(handle.db);
    await sql`SET session_replication_role = origin`.execute(handle.db);
  } finally {
    await handle.close();
  }
  const broken = await run('audit', 'verify');
  assert.equal(broken.code, 1);
  assert.match(broken.text, /^Audit chain broken at row 1: its content or hash was changed/);
  assert.equal((await run('audit')).code, 2);
});
