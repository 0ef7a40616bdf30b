/** `jobspor register ...` on the embedded database, as an operator runs it. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../helpers/cli.ts';

let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-register-cli-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  process.env.JOBSPOR_SECRET_FILE = join(dir, 'jobspor.secret');
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('import with a code-list file prints the report; imports lists it; rollback undoes it', async () => {
  const codes = file('dream.csv', 'source_code;state\n130;kontanthjaelp\n890;education\n');
  const extract = file('weeks.csv', 'person;week;code\n010180-1234;2018-W01;130\n010180-1234;2018-W02;890\next:X;2018-W01;130\n');
  const imported = await runMain('register', 'import', extract, '--kind', 'benefit_weeks', '--code-list', codes);
  assert.equal(imported.code, 0, imported.text);
  assert.match(imported.text, /Stored code list "dream" version 1/);
  assert.match(imported.text, /Rows read: 3, rows kept: 3, period 2018-01-01 – 2018-01-14/);
  assert.match(imported.text, /Import 1 written/);
  assert.match(imported.text, /^Monitoring/m, 'the stored monitoring figures follow the import');
  assert.doesNotMatch(imported.text, /0101801234|010180-1234/);

  // The same list again is found, not stored twice.
  const again = await runMain('register', 'import', extract, '--kind', 'benefit_weeks', '--code-list', codes);
  assert.equal(again.code, 0, again.text);
  assert.doesNotMatch(again.text, /Stored code list/);

  const list = await runMain('register', 'imports');
  assert.equal(list.code, 0);
  assert.match(list.text, /^id\s+kind/);
  assert.match(list.text, /2\s+benefit_weeks\s+2018-01-01\.\.2018-01-14.*active \(latest\).*weeks\.csv/);

  const refused = await runMain('register', 'rollback', '1');
  assert.equal(refused.code, 1);
  assert.match(refused.text, /not the latest benefit_weeks import; roll back import 2 first/);
  const rolled = await runMain('register', 'rollback', '2');
  assert.equal(rolled.code, 0, rolled.text);
  assert.match(rolled.text, /^Monitoring/m, 'and the rollback');
  const json = JSON.parse((await runMain('register', 'imports', '--json')).text) as { id: number; rolledBackAt: string | null; canRollBack: boolean }[];
  assert.deepEqual(
    json.map((i) => [i.id, i.rolledBackAt !== null, i.canRollBack]),
    [
      [2, true, false],
      [1, false, true],
    ],
  );
});

test('a refused file exits 1 with the problems and masked examples; a dry run exits 0 and writes nothing', async () => {
  const bad = file('bad.csv', 'person,week,code\n311380-1234,2018-W05,kontanthjaelp\next:Y,2018-W05,kontanthjaelp\n');
  const result = await runMain('register', 'import', bad, '--kind', 'benefit_weeks');
  assert.equal(result.code, 1);
  assert.match(result.text, /bad_cpr\s+1/);
  assert.match(result.text, /line 2: person: xxxxxx-xxxx/);
  assert.match(result.text, /Nothing written: too many rows have problems \(50\.0 % rejected, at most 1\.0 % allowed\)/);
  assert.doesNotMatch(result.text, /311380/);

  const dry = await runMain('register', 'import', bad, '--kind', 'benefit_weeks', '--dry-run', '--max-rejected', '0.5');
  assert.equal(dry.code, 0, dry.text);
  assert.match(dry.text, /Nothing written: dry run/);
  assert.equal(JSON.parse((await runMain('register', 'imports', '--json')).text).length, 2);
});

test('code-list load stores versions and refuses a bad list line by line', async () => {
  const good = file('list.csv', 'source_code,state\n111,dagpenge\n');
  const first = await runMain('register', 'code-list', 'load', good, '--name', 'amr');
  assert.equal(first.code, 0, first.text);
  assert.match(first.text, /"amr" version 1/);
  assert.match((await runMain('register', 'code-list', 'load', good, '--name', 'amr')).text, /"amr" version 2/);
  const bad = await runMain('register', 'code-list', 'load', file('bad-list.csv', 'source_code,state\n111,holiday\n'), '--name', 'amr');
  assert.equal(bad.code, 1);
  assert.match(bad.text, /line 2: state "holiday" is not one of/);
  assert.match((await runMain('register', 'code-list', 'list')).text, /amr:2/);
  assert.equal((await runMain('register', 'import', good, '--kind', 'nope')).code, 1);
});
