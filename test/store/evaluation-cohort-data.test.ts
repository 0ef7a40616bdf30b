/**
 * The evaluation's store loader on extracts imported with the real import
 * code (store/registers) and courses in the case system: the CohortPerson
 * arrays exactly (states padded to the benefit extract's end, ordinary hours
 * summed over employers without subsidised wages, 0 for covered months),
 * course starts and visitations of the model, clusters, the imports in
 * force; treatedFromCases's unit subtree, period and visitation variant;
 * resolveTreated's file parsing. On PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { databaseTargets, postgresSkipped, type TestDatabase } from '../helpers/databases.ts';
import { buildFixture, type Fixture } from '../helpers/fixtures.ts';
import { insertCourse } from '../helpers/cases.ts';
import { addTestCitizen } from '../helpers/citizens.ts';
import { importRegisterFile } from '../../src/store/registers/import.ts';
import { rollbackImport } from '../../src/store/registers/imports.ts';
import { ensureMunicipalities } from '../../src/store/registers/municipalities.ts';
import { loadCohortData, resolveTreated, treatedFromCases } from '../../src/store/evaluation/cohort-data.ts';
import { AnalysisError } from '../../src/domain/evaluation/analysis-error.ts';
import { monthIndex } from '../../src/domain/monitoring/months.ts';
import { benefitStateCode } from '../../src/domain/registers/states.ts';

const FSM = 'flere-skal-med';
const secret = new Uint8Array(32).fill(7);
const actor = { staffId: null, label: 'test' };
const KH = benefitStateCode.kontanthjaelp;
const VP = benefitStateCode.company_internship;

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cohort-data-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(path, text);
  return path;
}

for (const target of databaseTargets()) {
  describe(`evaluation cohort data [${target.name}]`, () => {
    let database: TestDatabase;
    let fixture: Fixture;
    let outside: { id: string; pseudonym: string };
    let hoursImport = 0;
    const db = () => database.handle.db;

    before(async () => {
      database = await target.open();
      fixture = await buildFixture(db());
      await ensureMunicipalities(db());
      const run = async (kind: 'persons' | 'benefit_weeks' | 'hours_monthly' | 'visitations', text: string) => {
        const outcome = await importRegisterFile(db(), file(`${kind}.csv`, text), { kind, fileName: `${kind}.csv`, actor, secret });
        assert.ok(outcome.importId, JSON.stringify(outcome.report));
        return outcome.importId!;
      };
      const [anna, bo, cecilie] = [fixture.citizensA[0]!.cpr, fixture.citizensA[1]!.cpr, fixture.citizensB[0]!.cpr];
      await run(
        'persons',
        [
          'person;birth_year;sex;municipality;origin;education',
          `${anna};1980;K;101;dansk;3`,
          `${bo};1975;M;101;;`,
          `${cecilie};1990;K;147;vestlig;5`,
          'ext:x;1985;M;147;ikke-vestlig;1',
          'ext:y;1970;K;851;dansk;6',
        ].join('\n'),
      );
      // Weeks 2018-W01..W10 (y has rows in the first and the last); Anna on kontanthjælp in W03-W05, then a practice in W07.
      await run(
        'benefit_weeks',
        ['person,week,code', `${anna},2018-W03,kontanthjaelp`, `${anna},2018-W04,kontanthjaelp`, `${anna},2018-W05,kontanthjaelp`, `${anna},2018-W07,company_internship`, 'ext:y,2018-W01,kontanthjaelp', 'ext:y,2018-W10,kontanthjaelp'].join('\n'),
      );
      // Months 2018-01..2018-04; Anna's February: 40 + 12.5 ordinary at two employers, 30 subsidised at a third.
      hoursImport = await run(
        'hours_monthly',
        [
          'person,month,employer_cvr,db07,paid_hours,subsidised',
          `${anna},2018-02,12345678,47,40,false`,
          `${anna},2018-02,23456789,47,"12,5",false`,
          `${anna},2018-02,34567890,47,30,true`,
          `${anna},2018-04,34567890,47,20,true`,
          'ext:y,2018-01,12345678,47,7.25,false',
          'ext:y,2018-04,12345678,47,10,false',
        ].join('\n'),
      );
      await run(
        'visitations',
        ['person,model,group,start_date', `${bo},flere-skal-med,1,2018-03-01`, 'ext:x,flere-skal-med,1,2018-02-05', 'ext:x,FSM,2,2017-06-01', 'ext:x,stv,AK,2018-01-15'].join('\n'),
      );
      const courses = [
        // Anna: an ended course in team B, then one in team A.
        { citizenId: fixture.citizensA[0]!.id, unitId: fixture.teamB, enrolmentDate: '2018-01-10', end: '2018-01-20' },
        { citizenId: fixture.citizensA[0]!.id, unitId: fixture.teamA, enrolmentDate: '2018-02-01' },
        { citizenId: fixture.citizensA[1]!.id, unitId: fixture.teamA, enrolmentDate: '2017-12-01' },
        { citizenId: fixture.citizensB[0]!.id, unitId: fixture.teamB, enrolmentDate: '2018-02-10' },
      ];
      outside = await addTestCitizen(db(), { firstName: 'Udenfor', unitId: fixture.teamA, responsibleStaffId: fixture.staff.jobformidler!.id });
      courses.push({ citizenId: outside.id, unitId: fixture.teamA, enrolmentDate: '2018-02-15' });
      for (const c of courses) {
        const id = await insertCourse(db(), { citizenId: c.citizenId, unitId: c.unitId, modelId: FSM, enrolmentDate: c.enrolmentDate, phase: 'forloeb' });
        if (c.end) await sql`UPDATE course SET end_date = ${c.end}, end_reason = 'test' WHERE id = ${id}`.execute(db());
      }
      // Another model's course is not the model's.
      await insertCourse(db(), { citizenId: fixture.citizensA[1]!.id, unitId: fixture.teamA, modelId: 'stv', enrolmentDate: '2018-02-01', phase: 'forloeb' });
      await sql`INSERT INTO municipality_cluster (municipality_code, cluster_id, cluster_name, basis) VALUES ('101', 'k1', 'Klynge 1', 'manual'), ('147', 'k2', 'Klynge 2', 'manual')`.execute(db());
    });
    after(async () => {
      await database?.dispose();
    });

    test('every register person with states to the extract end, ordinary hours per month, the model\'s courses and visitations', async () => {
      const data = await loadCohortData(db(), FSM);
      assert.equal(data.persons.length, 5);
      const by = new Map(data.persons.map((p) => [p.person, p]));
      const anna = by.get(fixture.citizensA[0]!.pseudonym)!;
      assert.ok(anna, 'a linked person is keyed by the citizen\'s pseudonym');
      assert.deepEqual(
        { birthYear: anna.birthYear, sex: anna.sex, origin: anna.origin, education: anna.education, municipality: anna.municipality, firstWeek: anna.firstWeek, firstMonth: anna.firstMonth },
        { birthYear: 1980, sex: 'K', origin: 'dansk', education: 3, municipality: '101', firstWeek: '2018-01-01', firstMonth: monthIndex('2018-01') },
      );
      // The timeline starts at Anna's first row (W03); the array starts at the extract's first week and runs to its last.
      assert.deepEqual(Array.from(anna.states), [0, 0, KH, KH, KH, 0, VP, 0, 0, 0]);
      assert.deepEqual(Array.from(anna.ordinaryHours), [0, 52.5, 0, 0]);
      assert.deepEqual(anna.courseStarts, ['2018-01-10', '2018-02-01']);
      assert.deepEqual(anna.visitations, []);
      const bo = by.get(fixture.citizensA[1]!.pseudonym)!;
      assert.deepEqual({ origin: bo.origin, education: bo.education }, { origin: null, education: null });
      assert.deepEqual(Array.from(bo.states), new Array(10).fill(0), 'no rows: every covered week is 0');
      assert.deepEqual(Array.from(bo.ordinaryHours), [0, 0, 0, 0]);
      assert.deepEqual(bo.courseStarts, ['2017-12-01'], 'the stv course is not the model\'s');
      assert.deepEqual(bo.visitations, ['2018-03-01']);
      const y = data.persons.find((p) => p.municipality === '851')!;
      assert.deepEqual(Array.from(y.states), [KH, 0, 0, 0, 0, 0, 0, 0, 0, KH]);
      assert.deepEqual(Array.from(y.ordinaryHours), [7.25, 0, 0, 10]);
      const x = data.persons.find((p) => p.origin === 'ikke-vestlig')!;
      assert.ok(!x.person.startsWith('ext:'), 'the key is the pseudonym, never the person key');
      assert.deepEqual(x.visitations, ['2017-06-01', '2018-02-05'], 'visitations of the model (short name too), not of stv');
      assert.deepEqual(x.courseStarts, []);
      assert.deepEqual([...data.clusters].sort(), [
        ['101', 'k1'],
        ['147', 'k2'],
      ]);
      assert.deepEqual(data.dataPeriod, { benefitFrom: '2018-01-01', benefitTo: '2018-03-11', hoursFrom: '2018-01', hoursTo: '2018-04' });
      assert.deepEqual(
        data.registerImports.map((i) => [i.kind, i.fileName, i.periodFrom, i.periodTo]),
        [
          ['persons', 'persons.csv', null, null],
          ['benefit_weeks', 'benefit_weeks.csv', '2018-01-01', '2018-03-11'],
          ['hours_monthly', 'hours_monthly.csv', '2018-01-01', '2018-04-30'],
          ['visitations', 'visitations.csv', '2017-06-01', '2018-03-01'],
        ],
      );
      assert.ok(data.registerImports.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)));
    });

    test('treated from case data: the unit and the units below it, the first start in the period, citizens not in the register counted', async () => {
      const q = { modelId: FSM, from: '2018-01-01', to: '2018-03-31', by: 'course' as const };
      const sorted = (r: { treated: { person: string; timeZero: string }[]; notInRegister: number }) => ({
        treated: [...r.treated].sort((a, b) => a.timeZero.localeCompare(b.timeZero)),
        notInRegister: r.notInRegister,
      });
      const [anna, bo, cecilie] = [fixture.citizensA[0]!.pseudonym, fixture.citizensA[1]!.pseudonym, fixture.citizensB[0]!.pseudonym];
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.jobcentreId })), {
        treated: [
          { person: anna, timeZero: '2018-01-10' },
          { person: cecilie, timeZero: '2018-02-10' },
        ],
        notInRegister: 1,
      });
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.teamA })), { treated: [{ person: anna, timeZero: '2018-02-01' }], notInRegister: 1 });
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.teamB })), {
        treated: [
          { person: anna, timeZero: '2018-01-10' },
          { person: cecilie, timeZero: '2018-02-10' },
        ],
        notInRegister: 0,
      });
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.teamA, from: '2017-11-01', to: '2018-01-31' })), {
        treated: [{ person: bo, timeZero: '2017-12-01' }],
        notInRegister: 0,
      });
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.jobcentreId, by: 'visitation' })), {
        treated: [{ person: bo, timeZero: '2018-03-01' }],
        notInRegister: 1,
      });
      assert.deepEqual(sorted(await treatedFromCases(db(), { ...q, unitId: fixture.jobcentreId, by: 'visitation', to: '2018-02-28' })), { treated: [], notInRegister: 1 });
      const refused = async (change: object, code: string, field: string) =>
        assert.rejects(treatedFromCases(db(), { ...q, unitId: fixture.teamA, ...change }), (e: unknown) => e instanceof AnalysisError && e.code === code && e.field === field);
      await refused({ unitId: '00000000-0000-0000-0000-000000000000' }, 'unknown_unit', 'unitId');
      await refused({ unitId: 'Team A' }, 'unknown_unit', 'unitId');
      await refused({ from: '2018-02-30' }, 'invalid_date', 'from');
      await refused({ from: '2018-04-01' }, 'invalid_period', 'to');
      await refused({ modelId: 'nope' }, 'unknown_model', 'modelId');
    });

    test('resolveTreated: case data, a file with its hash, a file with problems named by line', async () => {
      const cases = await resolveTreated(db(), FSM, { kind: 'case_data', unitId: fixture.teamA, from: '2018-01-01', to: '2018-03-31', by: 'course' });
      assert.deepEqual(cases, { treated: [{ person: fixture.citizensA[0]!.pseudonym, timeZero: '2018-02-01' }], fileSha256: null, notInRegister: 1 });
      const csv = 'person;time_zero\nP1;2018-02-01\n\nP2;2018-03-05\n';
      assert.deepEqual(await resolveTreated(db(), FSM, { kind: 'file', fileName: 'treated.csv', csv }), {
        treated: [
          { person: 'P1', timeZero: '2018-02-01' },
          { person: 'P2', timeZero: '2018-03-05' },
        ],
        fileSha256: createHash('sha256').update(csv).digest('hex'),
        notInRegister: 0,
      });
      await assert.rejects(
        resolveTreated(db(), FSM, { kind: 'file', fileName: 'cohort.csv', csv: 'person,time_zero\nP1,2018-02-01\nP2,2018-02-30\nP1,2018-03-01\n' }),
        (e: unknown) =>
          e instanceof AnalysisError &&
          e.code === 'invalid_treated_file' &&
          e.field === 'treated.csv' &&
          e.message === "cohort.csv: line 3: time_zero: '2018-02-30' is not a date YYYY-MM-DD; line 4: person: 'P1' already given on line 2",
      );
      await assert.rejects(resolveTreated(db(), FSM, { kind: 'file', fileName: 'f.csv', csv: 'id,date\n1,2018-01-01\n' }), /f\.csv: line 1: header: missing column 'person'/);
    });

    test('a rolled-back hours extract is no longer read: no months of hours are known', async () => {
      await rollbackImport(db(), hoursImport, actor);
      const data = await loadCohortData(db(), FSM);
      assert.deepEqual(data.dataPeriod, { benefitFrom: '2018-01-01', benefitTo: '2018-03-11', hoursFrom: null, hoursTo: null });
      assert.ok(data.persons.every((p) => p.ordinaryHours.length === 0));
      assert.ok(!data.registerImports.some((i) => i.kind === 'hours_monthly'));
    });
  });
}
if (postgresSkipped) test('evaluation cohort data [postgresql]', { skip: 'TEST_DATABASE_URL is not set' }, () => {});
