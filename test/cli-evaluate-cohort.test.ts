/**
 * `jobspor evaluate cohort` on an embedded database with a small register
 * (test/helpers/monitoring-register.ts) and courses: the treated from a file
 * and from case data (a unit given by name), the JSON document's fields and
 * the cohort's counts, the short table; data problems exit 1 naming the
 * field, command lines that do not fit exit 2.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runMain } from './helpers/cli.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildFixture, type Fixture } from './helpers/fixtures.ts';
import { insertCourse } from './helpers/cases.ts';
import { insertRegister, type RegisterPersonSpec } from './helpers/monitoring-register.ts';
import { benefitStateCode } from '../src/domain/registers/states.ts';

const FSM = 'flere-skal-med';
const KH = benefitStateCode.kontanthjaelp;
/** Persons P0..P59; P9, P19, ... never on kontanthjælp; P50 has a visitation of the model (exposed). */
const N = 60;
const neverQualifies = (i: number) => i % 10 === 9;
/** The file's treated: P0-P8 and P10. */
const treatedIds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10];

let dir = '';
let fixture: Fixture;
let treatedFile = '';
const saved = { ...process.env };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-evaluate-cohort-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    const db = handle.db;
    await migrate(db);
    fixture = await buildFixture(db);
    const citizens = [fixture.citizensA[0]!, fixture.citizensA[1]!, fixture.citizensB[0]!];
    const persons: RegisterPersonSpec[] = [];
    for (let i = 0; i < N; i++) {
      const hours: Record<string, { ordinary?: number; subsidised?: number }> = {};
      if (i % 2 === 0) hours['2018-03'] = { ordinary: 20 };
      if (i % 3 === 0) hours['2018-09'] = { ordinary: 15 };
      if (treatedIds.includes(i) && i % 2 === 0) hours['2018-10'] = { ordinary: 30 };
      persons.push({
        municipality: '101',
        pseudonym: `P${i}`,
        ...(i < 3 ? { citizenId: citizens[i]!.id } : {}),
        states: neverQualifies(i) ? [] : new Array(30).fill(KH),
        hours,
        ...(i === 50 ? { visitation: { model: FSM, group: '1', start: '2018-05-07' } } : {}),
      });
    }
    // 60 weeks from 2018-01-01 (to 2019-02-24), hours 2018-01 to 2019-02.
    await insertRegister(db, { firstWeek: '2018-01-01', weeks: 60, hoursFrom: '2018-01', hoursTo: '2019-02', municipalities: { '101': 'København' }, persons });
    await sql`UPDATE register_person SET birth_year = 1960 + id % 30, sex = CASE WHEN id % 2 = 0 THEN 'K' ELSE 'M' END`.execute(db);
    // Anna and Bo start in Team A, Cecilie in Team B.
    for (const [citizen, unitId, date] of [
      [citizens[0]!, fixture.teamA, '2018-06-04'],
      [citizens[1]!, fixture.teamA, '2018-06-11'],
      [citizens[2]!, fixture.teamB, '2018-06-06'],
    ] as const) {
      await insertCourse(db, { citizenId: citizen.id, unitId, modelId: FSM, enrolmentDate: date, phase: 'forloeb' });
    }
  } finally {
    await handle.close();
  }
  treatedFile = join(dir, 'treated.csv');
  writeFileSync(treatedFile, `person;time_zero\n${treatedIds.map((i) => `P${i};2018-06-0${4 + (i % 3)}`).join('\n')}\n`);
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const common = ['--model', FSM, '--outcome', 'any_hours', '--window', '1-6', '--covariates', 'age,sex,months_hours_24', '--rule-states', 'kontanthjaelp', '--rule-at-least', '4', '--rule-of-last', '8'];

test('treated from a file: the JSON has the effect, the counts, balance, the cohort and the data period', async () => {
  const run = await runMain('evaluate', 'cohort', ...common, '--treated', treatedFile, '--method', 'nearest', '--json');
  assert.equal(run.code, 0, run.text);
  const json = JSON.parse(run.text);
  for (const key of ['att', 'se', 'ci_low', 'ci_high', 'p']) assert.equal(typeof json[key], 'number', key);
  assert.equal(json.estimand, 'att');
  assert.equal(json.n_treated, 10);
  // 60 persons - 10 treated - 6 never on kontanthjælp (P9 ... P59) - P50 (a visitation); the citizens P0-P2 are treated.
  assert.equal(json.n_control, N - treatedIds.length - 6 - 1);
  assert.equal(json.n_matched_treated, 10);
  assert.equal(json.n_matched_control, 10);
  assert.ok(Array.isArray(json.balance.before) && json.balance.before.some((r: { name: string }) => r.name === 'age'));
  assert.deepEqual(json.cohort.excluded, { not_in_register: 0, not_in_target_group: 0, missing_birth_year: 0, never_qualifies: 6, exposed: 1 });
  assert.equal(json.cohort.n_treated, 10);
  assert.equal(json.cohort.time_zero_from, '2018-06-04');
  assert.equal(json.cohort.time_zero_to, '2018-06-06');
  assert.deepEqual(json.cohort.rule, { states: ['kontanthjaelp'], at_least: 4, of_last: 8 });
  assert.deepEqual(json.data_period, { benefit_from: '2018-01-01', benefit_to: '2019-02-24', hours_from: '2018-01', hours_to: '2019-02' });
  assert.equal(json.register_persons, N);
  assert.equal(json.treated_source.kind, 'file');
  assert.equal(json.treated_source.file_name, 'treated.csv');
  assert.match(json.treated_source.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(
    json.register_imports.map((i: { kind: string }) => i.kind),
    ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'],
  );
  // Treated with hours in October (P0, P2, P4, P6, P8, P10) or September (P0, P3, P6): 7 of 10.
  assert.equal(json.mean_treated, 0.7);
});

test('treated from case data: a unit by name, its courses in the period; the short table', async () => {
  const run = await runMain('evaluate', 'cohort', ...common, '--unit', 'Team A', '--from', '2018-06-01', '--to', '2018-06-30', '--method', 'ipw', '--json');
  assert.equal(run.code, 0, run.text);
  const json = JSON.parse(run.text);
  assert.deepEqual(json.treated_source, { kind: 'case_data', unit_id: fixture.teamA, unit_name: 'Team A', from: '2018-06-01', to: '2018-06-30', by: 'course', not_in_register: 0 });
  assert.equal(json.cohort.n_treated, 2, 'Anna and Bo (Cecilie is in Team B)');
  // Cecilie has a course of the model: exposed, as P50 with a visitation.
  assert.equal(json.cohort.excluded.exposed, 2);
  assert.equal(json.cohort.n_control, N - 2 - 6 - 2);
  const text = await runMain('evaluate', 'cohort', ...common, '--unit', fixture.jobcentreId, '--from', '2018-06-01', '--to', '2018-06-30');
  assert.equal(text.code, 0, text.text);
  assert.match(text.text, /Cohort: 3 treated, 50 controls/);
  assert.match(text.text, /ATT +-?\d/);
  assert.match(text.text, /matched treated \/ controls +3 \/ 3/);
});

test('data problems exit 1 naming the field; command lines that do not fit exit 2', async () => {
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'person,time_zero\nP0,2018-06-04\nP1,4 June\n');
  const file = await runMain('evaluate', 'cohort', ...common, '--treated', bad);
  assert.equal(file.code, 1);
  assert.equal(file.text, "Error: treated.csv: bad.csv: line 3: time_zero: '4 June' is not a date YYYY-MM-DD");
  const missing = await runMain('evaluate', 'cohort', ...common, '--treated', join(dir, 'none.csv'));
  assert.equal(missing.code, 1);
  assert.match(missing.text, /^Error: --treated: cannot read .*none\.csv: no such file$/);
  const unit = await runMain('evaluate', 'cohort', ...common, '--unit', 'Team C', '--from', '2018-06-01', '--to', '2018-06-30');
  assert.equal(unit.code, 1);
  assert.equal(unit.text, 'Error: --unit: no unit with the id or name "Team C"');
  const usage = async (args: string[], message: RegExp) => {
    const r = await runMain('evaluate', 'cohort', '--model', FSM, ...args);
    assert.equal(r.code, 2, r.text);
    assert.match(r.text, message);
  };
  await usage(['--treated', treatedFile, '--unit', 'Team A'], /--treated takes the treated from a file; --unit is for treated from case data/);
  await usage(['--unit', 'Team A', '--from', '2018-06-01'], /missing --to/);
  await usage(['--unit', 'Team A', '--from', '2018-06-01', '--to', '2018-05-01'], /--to \(2018-05-01\) is before --from/);
  await usage(['--treated', treatedFile, '--method', 'cox', '--outcome', 'any_hours'], /--method cox needs a survival outcome/);
  await usage(['--treated', treatedFile, '--window', '2-5'], /--window must be one of/);
  await usage(['--treated', treatedFile, '--rule-at-least', '9', '--rule-of-last', '8'], /Target-group rule .*atLeast must be 1\.\.ofLast/);
  await usage(['--treated', treatedFile, '--rule-states', 'lottery'], /unknown benefit state 'lottery'/);
  await usage(['--treated', treatedFile, '--method', 'magic'], /--method must be one of nearest, cem, ipw, did, cox/);
  const model = await runMain('evaluate', 'cohort', '--model', 'nope', '--treated', treatedFile);
  assert.equal(model.code, 2);
  assert.match(model.text, /--model: unknown model "nope"/);
});
