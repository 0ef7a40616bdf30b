/**
 * `jobspor fidelity load|rounds|close|import` on an embedded database with
 * the API fixture: loading an instrument (again unchanged, changed refused),
 * listing rounds, importing answers (dry run, rejected rows with exit 1,
 * then stored) and closing a round.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './helpers/cli.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildFixture, type Fixture } from './helpers/fixtures.ts';
import { testInstrument } from './helpers/fidelity-rounds.ts';
import { createRound } from '../src/store/fidelity/rounds.ts';

let dir = '';
let fixture: Fixture;
const saved = { ...process.env };
const withDb = async <T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> => {
  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-fidelity-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
  fixture = await withDb(async (db) => {
    await migrate(db);
    return buildFixture(db);
  });
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('fidelity load stores an instrument once, refuses changed content and invalid files', async () => {
  const file = join(dir, 'instrument.json');
  writeFileSync(file, JSON.stringify(testInstrument));
  const first = await runMain('fidelity', 'load', file);
  assert.equal(first.code, 0, first.text);
  assert.match(first.text, /loaded – test-fidelity version 1\.0\.0 \(2 sections, 3 items\)/);
  const again = await runMain('fidelity', 'load', file);
  assert.match(again.text, /already loaded, unchanged/);
  writeFileSync(file, JSON.stringify({ ...testInstrument, description: 'Changed.' }));
  const changed = await runMain('fidelity', 'load', file);
  assert.equal(changed.code, 1);
  assert.match(changed.text, /nyt versionsnummer/);
  writeFileSync(file, JSON.stringify({ ...testInstrument, version: 'x' }));
  const invalid = await runMain('fidelity', 'load', file);
  assert.equal(invalid.code, 1);
  assert.match(invalid.text, /version: must be MAJOR\.MINOR\.PATCH/);
  assert.equal((await runMain('fidelity', 'load', join(dir, 'missing.json'))).code, 1);
});

test('fidelity rounds, import (dry run, rejected, stored) and close', async () => {
  const roundId = await withDb((db) =>
    createRound(
      db,
      { instrumentId: 'test-fidelity', instrumentVersion: '1.0.0', wave: 'end', name: 'Paper survey', unitIds: [fixture.teamA], opensOn: '2026-01-05', closesOn: null, respondents: [], origin: 'import' },
      { municipalityId: fixture.municipalityId, scopeUnitIds: [fixture.teamA], createdBy: fixture.staff.leder!.id },
    ),
  );
  const listed = await runMain('fidelity', 'rounds', '--model', 'flere-skal-med');
  assert.equal(listed.code, 0, listed.text);
  assert.match(listed.text, new RegExp(`${roundId}  open +end +Paper survey`));
  const json = JSON.parse((await runMain('fidelity', 'rounds', '--json')).text) as { rounds: { id: string; answered: number }[] };
  assert.deepEqual(json.rounds.map((r) => [r.id, r.answered]), [[roundId, 0]]);

  const good = join(dir, 'good.csv');
  writeFileSync(good, 'role;unit;ke1.a;ke1.b;ke2.a\nleder;Team A;5;4;1\njobformidler;Team A;4;;2\n');
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'role,unit,ke1.a,ke1.b,ke2.a\nleder,Team A,5,4,1\njobformidler,Team B,4,,2\n');
  const dry = await runMain('fidelity', 'import', roundId, good, '--dry-run');
  assert.equal(dry.code, 0, dry.text);
  assert.match(dry.text, /2 rows read, 2 accepted, 0 problems \(dry run\)\.\nNothing stored\./);
  const rejected = await runMain('fidelity', 'import', roundId, bad);
  assert.equal(rejected.code, 1);
  assert.match(rejected.text, /line 3, unit: "Team B" er ikke en enhed i runden\./);
  assert.match(rejected.text, /Nothing stored\./);
  const stored = await runMain('fidelity', 'import', roundId, good, '--by', 'analytiker');
  assert.equal(stored.code, 0, stored.text);
  assert.match(stored.text, /Stored 2 responses/);
  const importer = await withDb((db) => db.selectFrom('fidelity_import').select('imported_by').executeTakeFirstOrThrow());
  assert.equal(importer.imported_by, fixture.staff.analytiker!.id);
  assert.match((await runMain('fidelity', 'rounds')).text, /svar 2/);

  const closed = await runMain('fidelity', 'close', roundId);
  assert.equal(closed.code, 0, closed.text);
  assert.match(closed.text, /Closed: .* closed /);
  assert.equal((await runMain('fidelity', 'close', roundId)).code, 1);
  assert.equal((await runMain('fidelity', 'close', '00000000-0000-4000-8000-000000000000')).code, 1);
});
