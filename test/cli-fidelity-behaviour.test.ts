/**
 * `jobspor fidelity behaviour` on an embedded database with the test
 * fixture and one FSM course: JSON and table output at month ends, and
 * refused options named.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './helpers/cli.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { getModel } from '../src/domain/models/registry.ts';
import { buildFixture, type Fixture } from './helpers/fixtures.ts';
import { insertCourse } from './helpers/cases.ts';
import { addTestCitizen } from './helpers/citizens.ts';

const FSM = 'flere-skal-med';
let dir = '';
let fixture: Fixture;
const saved = { ...process.env };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-behaviour-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    await migrate(handle.db);
    fixture = await buildFixture(handle.db);
    const broker = fixture.staff.jobformidler!.id;
    const citizen = await addTestCitizen(handle.db, { firstName: 'Adam', unitId: fixture.teamA, responsibleStaffId: broker });
    await insertCourse(handle.db, { citizenId: citizen.id, unitId: fixture.teamA, modelId: FSM, enrolmentDate: '2024-01-01', phase: getModel(FSM).initialPhase, group: '1', jobBrokerId: broker });
    await handle.db.insertInto('cv_version').values({ citizen_id: citizen.id, version_no: 1, content: {}, created_at: new Date('2024-01-10T10:00:00Z') }).execute();
  } finally {
    await handle.close();
  }
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('fidelity behaviour prints each core element at the month ends as JSON and as a table', async () => {
  const json = await runMain('fidelity', 'behaviour', '--model', FSM, '--unit', fixture.jobcentreId, '--months', '3', '--as-of', '2024-02-15', '--json');
  assert.equal(json.code, 0, json.text);
  const parsed = JSON.parse(json.text) as {
    dates: string[];
    units: { id: string; elements: { coreElementId: string; points: { date: string; met: number; checks: number; percent: number | null }[] }[] }[];
  };
  assert.deepEqual(parsed.dates, ['2023-12-31', '2024-01-31', '2024-02-15']);
  const ke1 = parsed.units[0]!.elements.find((e) => e.coreElementId === 'KE1')!;
  // Before enrolment nothing applies; on 31 January the CV is in and the job goal and plan are still due; on 15 February those two are overdue.
  assert.deepEqual(
    ke1.points.map((p) => [p.met, p.checks, p.percent]),
    [
      [0, 0, null],
      [3, 3, 100],
      [1, 3, 100 / 3],
    ],
  );
  assert.deepEqual(parsed.units[0]!.elements.map((e) => e.coreElementId), ['KE1', 'KE2', 'KE4', 'KE6', 'RAMMER']);

  const table = await runMain('fidelity', 'behaviour', '--model', FSM, '--all', '--months', '2', '--as-of', '2024-02-15');
  assert.equal(table.code, 0, table.text);
  assert.match(table.text, /Team A \(/);
  assert.match(table.text, /KE1 +3\/3 100\.0% +1\/3 33\.3%/);
  assert.doesNotMatch(table.text, /Team B/, 'a unit without courses of the model is not listed');
});

test('fidelity behaviour refuses bad options, naming them', async () => {
  assert.match((await runMain('fidelity', 'behaviour', '--model', 'nope', '--all')).text, /--model: unknown model "nope"/);
  const neither = await runMain('fidelity', 'behaviour', '--model', FSM);
  assert.equal(neither.code, 1);
  assert.match(neither.text, /either --unit ID or --all/);
  assert.match((await runMain('fidelity', 'behaviour', '--model', FSM, '--unit', 'x')).text, /--unit: "x" is not a unit id/);
  assert.match((await runMain('fidelity', 'behaviour', '--model', FSM, '--unit', '00000000-0000-0000-0000-000000000001')).text, /--unit: no unit/);
  assert.match((await runMain('fidelity', 'behaviour', '--model', FSM, '--all', '--months', '0')).text, /--months/);
  assert.match((await runMain('fidelity', 'behaviour', '--model', FSM, '--all', '--as-of', '2024-13-01')).text, /--as-of/);
});
