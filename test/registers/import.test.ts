/**
 * Register import against both databases: writing, idempotent re-import,
 * replacing a period, rollback, refusal, linking by CPR and the promise that
 * no CPR number reaches the register tables, the report or the audit log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { forEachDatabase } from '../helpers/suite.ts';
import { importRegisterFile, type ImportOptions } from '../../src/store/registers/import.ts';
import { listImports, rollbackImport } from '../../src/store/registers/imports.ts';
import { storeCodeList } from '../../src/store/registers/code-lists.ts';
import { RegisterError } from '../../src/store/registers/errors.ts';
import { benefitStateCode as code } from '../../src/domain/registers/states.ts';
import { cprPersonKey } from '../../src/domain/registers/person-key.ts';

const dir = mkdtempSync(join(tmpdir(), 'jobspor-register-'));
let fileCount = 0;
function file(text: string): string {
  const path = join(dir, `extract-${++fileCount}.csv`);
  writeFileSync(path, text);
  return path;
}

const secret = new Uint8Array(32).fill(3);
const actor = { staffId: null, label: 'test' };
const options = (kind: ImportOptions['kind'], extra: Partial<ImportOptions> = {}): ImportOptions => ({ kind, fileName: 'x.csv', actor, secret, ...extra });

/** The benefit weeks as 'person key|week|state' lines, sorted (import ids left out). */
async function weeks(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('register_benefit_week')
    .innerJoin('register_person', 'register_person.id', 'register_benefit_week.person_id')
    .select(['person_key', 'week', 'state'])
    .execute();
  return rows.map((r) => `${r.person_key.slice(0, 12)}|${r.week}|${r.state}`).sort();
}

const anna = '010180-1234'; // the fixture's citizen Anna

forEachDatabase('register import', (t) => {
  const db = () => t().db.handle.db;
  let firstImport = 0;

  test('a long benefit-weeks extract is written, with its period, report and audit event', async () => {
    const path = file(
      ['person;week;code', `${anna};2018-W01;kontanthjaelp`, `${anna};2018-W03;company_internship`, 'ext:B1;2018-W01;dagpenge', 'ext:B1;2018-W02;dagpenge', ''].join('\r\n'),
    );
    const phases = new Set<string>();
    const outcome = await importRegisterFile(db(), path, options('benefit_weeks', { onProgress: (p) => phases.add(p.phase) }));
    assert.ok(outcome.importId);
    firstImport = outcome.importId;
    assert.deepEqual(outcome.report, {
      rowsRead: 4,
      rowsKept: 4,
      problems: [],
      rejected: false,
      rejectedReason: null,
      periodFrom: '2018-01-01',
      periodTo: '2018-01-21',
    });
    assert.ok(phases.has('writing') && phases.has('done'));
    const [stored] = await listImports(db());
    assert.equal(stored!.id, firstImport);
    assert.equal(stored!.canRollBack, true);
    assert.match(stored!.sha256, /^[0-9a-f]{64}$/);
    const audit = await db().selectFrom('audit_event').select('detail').where('action', '=', 'register.import').execute();
    assert.equal(audit.length, 1);
  });

  test('a person whose CPR number is a citizen is linked, with the citizen pseudonym; others get their own', async () => {
    const { fixture } = t();
    const persons = await db().selectFrom('register_person').selectAll().orderBy('id').execute();
    assert.equal(persons.length, 2);
    const linked = persons.find((p) => p.citizen_id !== null)!;
    assert.equal(linked.citizen_id, fixture.citizensA[0]!.id);
    assert.equal(linked.pseudonym, fixture.citizensA[0]!.pseudonym);
    assert.equal(linked.person_key, cprPersonKey(secret, '0101801234'));
    const other = persons.find((p) => p.citizen_id === null)!;
    assert.equal(other.person_key, 'ext:B1');
    assert.match(other.pseudonym, /^P-/);
  });

  test('no CPR number is stored in the register tables, the import record or the audit log', async () => {
    for (const table of ['register_person', 'register_import', 'register_benefit_week', 'register_person_timeline', 'audit_event']) {
      const found = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} AS t WHERE t::text LIKE '%0101801234%' OR t::text LIKE '%010180-1234%'`.execute(db());
      assert.equal(found.rows[0]!.n, 0, table);
    }
  });

  test('the timeline holds each week from the first, 0 where the week has no row', async () => {
    const rows = await db()
      .selectFrom('register_person_timeline')
      .innerJoin('register_person', 'register_person.id', 'register_person_timeline.person_id')
      .select(['person_key', 'first_week', 'states'])
      .orderBy('person_key')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.person_key.startsWith('ext:') ? r.person_key : 'cpr', r.first_week, r.states]),
      [
        ['cpr', '2018-01-01', [code.kontanthjaelp, 0, code.company_internship]],
        ['ext:B1', '2018-01-01', [code.dagpenge, code.dagpenge]],
      ],
    );
  });

  test('importing the same file again leaves the same data (idempotent)', async () => {
    const before = await weeks(db());
    const path = file(['person;week;code', `${anna};2018-W01;kontanthjaelp`, `${anna};2018-W03;company_internship`, 'ext:B1;2018-W01;dagpenge', 'ext:B1;2018-W02;dagpenge'].join('\n'));
    const outcome = await importRegisterFile(db(), path, options('benefit_weeks'));
    assert.ok(outcome.importId);
    assert.deepEqual(await weeks(db()), before);
    const persons = await db().selectFrom('register_person').select('id').execute();
    assert.equal(persons.length, 2);
  });

  test('an extract replaces the period it covers and leaves other weeks alone; rollback restores them', async () => {
    // Covers weeks 2-3 only: week 1 stays; ext:B1 has no row in week 2 any more.
    const before = await weeks(db());
    const path = file(['person,week,code', `${anna},2018-W02,wage_subsidy`, `${anna},2018-W03,wage_subsidy`].join('\n'));
    const outcome = await importRegisterFile(db(), path, options('benefit_weeks'));
    assert.ok(outcome.importId);
    const after = await weeks(db());
    assert.equal(after.length, 4);
    assert.ok(after.some((w) => w.endsWith(`|2018-01-01|${code.dagpenge}`)));
    assert.ok(!after.some((w) => w.includes('|2018-01-08|') && w.startsWith('ext:B1')));
    const timeline = await db()
      .selectFrom('register_person_timeline')
      .innerJoin('register_person', 'register_person.id', 'register_person_timeline.person_id')
      .select('states')
      .where('person_key', '=', 'ext:B1')
      .executeTakeFirstOrThrow();
    assert.deepEqual(timeline.states, [code.dagpenge]);

    await assert.rejects(rollbackImport(db(), firstImport, actor), (e: unknown) => e instanceof RegisterError && e.code === 'not_latest');
    await rollbackImport(db(), outcome.importId, actor);
    assert.deepEqual(await weeks(db()), before);
    await assert.rejects(rollbackImport(db(), outcome.importId, actor), (e: unknown) => e instanceof RegisterError && e.code === 'already_rolled_back');
    const list = await listImports(db());
    assert.equal(list.find((i) => i.id === outcome.importId)!.rolledBackAt !== null, true);
    assert.equal(list.find((i) => i.id === outcome.importId! - 1)!.canRollBack, true);
    const audit = await db().selectFrom('audit_event').select('detail').where('action', '=', 'register.rollback').execute();
    assert.equal(audit.length, 1);
  });

  test('too many rejected rows write nothing, and the report names each problem with its lines', async () => {
    const before = await weeks(db());
    const imports = (await listImports(db())).length;
    const path = file(
      ['person;week;code', '311380-1234;2018-W05;kontanthjaelp', `${anna};2018-W99;kontanthjaelp`, `${anna};2018-W05;holiday`, `${anna};2018-W06;kontanthjaelp`].join('\n'),
    );
    const outcome = await importRegisterFile(db(), path, options('benefit_weeks'));
    assert.equal(outcome.importId, null);
    assert.equal(outcome.report.rejected, true);
    assert.equal(outcome.report.rejectedReason, 'too_many_rejected');
    assert.deepEqual(
      outcome.report.problems.map((p) => [p.code, p.count, p.examples]),
      [
        ['unknown_code', 1, [{ line: 4, value: 'code: holiday' }]],
        ['bad_cpr', 1, [{ line: 2, value: 'person: xxxxxx-xxxx' }]],
        ['week_out_of_range', 1, [{ line: 3, value: 'week: 2018-W99' }]],
      ],
    );
    assert.deepEqual(await weeks(db()), before);
    assert.equal((await listImports(db())).length, imports);
  });

  test('within the allowed share, bad rows and duplicates are left out and reported; the first of a duplicate is kept', async () => {
    const lines = ['person;week;code'];
    for (let w = 10; w < 50; w++) lines.push(`ext:C1;2018-W${w};kontanthjaelp`);
    lines.push('ext:C1;2018-W10;dagpenge'); // line 42: duplicate of line 2
    const outcome = await importRegisterFile(db(), file(lines.join('\n')), options('benefit_weeks', { maxRejectedShare: 0.05 }));
    assert.ok(outcome.importId);
    assert.equal(outcome.report.rowsRead, 41);
    assert.equal(outcome.report.rowsKept, 40);
    assert.deepEqual(outcome.report.problems, [{ code: 'duplicate_person_week', count: 1, examples: [{ line: 42, value: 'week: 2018-03-05' }] }]);
    const row = await db()
      .selectFrom('register_benefit_week')
      .innerJoin('register_person', 'register_person.id', 'register_benefit_week.person_id')
      .select('state')
      .where('person_key', '=', 'ext:C1')
      .where('week', '=', '2018-03-05')
      .executeTakeFirstOrThrow();
    assert.equal(row.state, code.kontanthjaelp);
  });

  test('a dry run and a file with a missing column write nothing', async () => {
    const before = await weeks(db());
    const dry = await importRegisterFile(db(), file('person,week,code\next:D1,2019-W01,other\n'), options('benefit_weeks', { dryRun: true }));
    assert.equal(dry.importId, null);
    assert.equal(dry.report.rejectedReason, 'dry_run');
    assert.equal(dry.report.rowsKept, 1);
    const missing = await importRegisterFile(db(), file('person,code\next:D1,other\n'), options('benefit_weeks'));
    assert.equal(missing.report.rejectedReason, 'missing_columns');
    assert.deepEqual(missing.report.problems, [{ code: 'missing_column', count: 1, examples: [{ line: 1, value: 'column: week' }] }]);
    assert.deepEqual(await weeks(db()), before);
    assert.equal((await db().selectFrom('register_person').select('id').where('person_key', '=', 'ext:D1').execute()).length, 0);
  });

  test('the wide DREAM layout with a stored code list', async () => {
    const list = await storeCodeList(db(), 'dream', { '130': 'kontanthjaelp', '111': 'dagpenge', '890': 'education' });
    assert.equal(list.version, 1);
    const path = file(['person,y_2001,y_2002,y_2003', 'ext:W1,130,,890', 'ext:W2,111,111,'].join('\n'));
    const outcome = await importRegisterFile(db(), path, options('benefit_weeks', { codeList: { name: 'dream', version: 1 } }));
    assert.ok(outcome.importId);
    assert.equal(outcome.report.rowsRead, 4);
    assert.equal(outcome.report.periodFrom, '2019-12-30');
    assert.equal(outcome.report.periodTo, '2020-01-19');
    const timelines = await db()
      .selectFrom('register_person_timeline')
      .innerJoin('register_person', 'register_person.id', 'register_person_timeline.person_id')
      .select(['person_key', 'states'])
      .where('person_key', 'in', ['ext:W1', 'ext:W2'])
      .orderBy('person_key')
      .execute();
    assert.deepEqual(
      timelines.map((r) => r.states),
      [
        [code.kontanthjaelp, 0, code.education],
        [code.dagpenge, code.dagpenge],
      ],
    );
    const stored = (await listImports(db())).find((i) => i.id === outcome.importId)!;
    assert.equal(stored.codeListId, list.id);
  });

  test('persons: attributes set, replaced by a later extract, restored by rollback', async () => {
    const first = await importRegisterFile(
      db(),
      file(['person;birth_year;sex;municipality;origin;education', `${anna};1980;K;101;dansk;3`, 'ext:P1;1990;M;851;;'].join('\n')),
      options('persons'),
    );
    assert.ok(first.importId);
    assert.equal(first.report.periodFrom, null);
    const second = await importRegisterFile(db(), file(['person,birth_year,sex,municipality', `${anna},1980,K,147`, 'ext:P2,1970,M,999'].join('\n')), options('persons', { maxRejectedShare: 0.5 }));
    assert.ok(second.importId);
    assert.deepEqual(
      second.report.problems.map((p) => p.code),
      ['bad_municipality'],
    );
    const annaRow = () => db().selectFrom('register_person').selectAll().where('citizen_id', '=', t().fixture.citizensA[0]!.id).executeTakeFirstOrThrow();
    assert.equal((await annaRow()).municipality, '147');
    assert.equal((await annaRow()).origin, null);
    await rollbackImport(db(), second.importId, actor);
    assert.equal((await annaRow()).municipality, '101');
    assert.equal((await annaRow()).origin, 'dansk');
    await rollbackImport(db(), first.importId, actor);
    assert.equal((await annaRow()).municipality, null);
  });

  test('hours and visitations: written, duplicates named, period replaced', async () => {
    const hours = await importRegisterFile(
      db(),
      file(
        [
          'person;month;employer_cvr;db07;paid_hours;subsidised',
          'ext:H1;2018-07;12345678;471100;37,5;nej',
          'ext:H1;2018-08;12345678;471100;40;false',
          'ext:H1;2018-08;87654321;;10;ja',
          'ext:H1;2018-08;12345678;471100;41;false',
        ].join('\n'),
      ),
      options('hours_monthly', { maxRejectedShare: 0.5 }),
    );
    assert.ok(hours.importId);
    assert.equal(hours.report.periodFrom, '2018-07-01');
    assert.equal(hours.report.periodTo, '2018-08-31');
    assert.deepEqual(hours.report.problems, [
      { code: 'duplicate_person_month_employer', count: 1, examples: [{ line: 5, value: 'month: 2018-08 employer_cvr 12345678' }] },
    ]);
    const stored = await db().selectFrom('register_hours_month').select(['month', 'paid_hours', 'subsidised']).orderBy('month').orderBy('paid_hours').execute();
    assert.deepEqual(stored, [
      { month: '2018-07-01', paid_hours: 37.5, subsidised: false },
      { month: '2018-08-01', paid_hours: 10, subsidised: true },
      { month: '2018-08-01', paid_hours: 40, subsidised: false },
    ]);
    const visits = await importRegisterFile(
      db(),
      file(['person,model,group,start_date,end_date', 'ext:H1,fsm,1,2018-03-01,', 'ext:H1,flere-skal-med,6,2018-05-01,2018-09-30'].join('\n')),
      options('visitations'),
    );
    assert.ok(visits.importId);
    const rows = await db().selectFrom('register_visitation').select(['model_id', 'group_code', 'end_date']).orderBy('start_date').execute();
    assert.deepEqual(rows, [
      { model_id: 'flere-skal-med', group_code: '1', end_date: null },
      { model_id: 'flere-skal-med', group_code: '6', end_date: '2018-09-30' },
    ]);
  });

  test('hours: a later extract changes only what differs in its period, and its rollback restores the earlier rows', async () => {
    const hours = async () =>
      (
        await db()
          .selectFrom('register_hours_month')
          .innerJoin('register_person', 'register_person.id', 'register_hours_month.person_id')
          .select(['person_key', 'month', 'employer_cvr', 'paid_hours'])
          .where('person_key', 'like', 'ext:M%')
          .orderBy('person_key')
          .orderBy('month')
          .execute()
      ).map((r) => `${r.person_key} ${r.month} ${r.employer_cvr} ${r.paid_hours}`);
    const header = 'person;month;employer_cvr;db07;paid_hours';
    const first = await importRegisterFile(
      db(),
      file([header, 'ext:M1;2019-01;11111111;;10', 'ext:M1;2019-02;11111111;;20', 'ext:M2;2019-01;22222222;;30', 'ext:M2;2019-03;22222222;;40'].join('\n')),
      options('hours_monthly'),
    );
    assert.ok(first.importId);
    const before = await hours();
    // Covers 2019-01..2019-02: M1 January unchanged, M1 February changed, M2 January gone, M3 new; M2 March is outside.
    const second = await importRegisterFile(
      db(),
      file([header, 'ext:M1;2019-01;11111111;;10', 'ext:M1;2019-02;11111111;;25', 'ext:M3;2019-02;33333333;;5'].join('\n')),
      options('hours_monthly'),
    );
    assert.ok(second.importId);
    assert.deepEqual(await hours(), [
      'ext:M1 2019-01-01 11111111 10',
      'ext:M1 2019-02-01 11111111 25',
      'ext:M2 2019-03-01 22222222 40',
      'ext:M3 2019-02-01 33333333 5',
    ]);
    const unchanged = await db().selectFrom('register_hours_month').select('import_id').where('paid_hours', '=', 10).where('employer_cvr', '=', '11111111').executeTakeFirstOrThrow();
    assert.equal(unchanged.import_id, first.importId, 'an identical row keeps the import that wrote it');
    const replaced = await db().selectFrom('register_hours_month_replaced').select('paid_hours').where('replaced_by', '=', second.importId).orderBy('paid_hours').execute();
    assert.deepEqual(replaced.map((r) => r.paid_hours), [20, 30]);
    await rollbackImport(db(), second.importId, actor);
    assert.deepEqual(await hours(), before);
  });

  test('benefit weeks: re-importing with one changed week rewrites only that week and its person\'s timeline', async () => {
    const path = file(['person,week,code', 'ext:T1,2021-W01,kontanthjaelp', 'ext:T1,2021-W02,kontanthjaelp', 'ext:T2,2021-W01,dagpenge'].join('\n'));
    const first = await importRegisterFile(db(), path, options('benefit_weeks'));
    const changed = file(['person,week,code', 'ext:T1,2021-W01,kontanthjaelp', 'ext:T1,2021-W02,wage_subsidy', 'ext:T2,2021-W01,dagpenge'].join('\n'));
    const second = await importRegisterFile(db(), changed, options('benefit_weeks'));
    const written = await db().selectFrom('register_benefit_week').select('week').where('import_id', '=', second.importId!).execute();
    assert.deepEqual(written, [{ week: '2021-01-11' }]);
    const timeline = await db()
      .selectFrom('register_person_timeline')
      .innerJoin('register_person', 'register_person.id', 'register_person_timeline.person_id')
      .select('states')
      .where('person_key', '=', 'ext:T1')
      .executeTakeFirstOrThrow();
    assert.deepEqual(timeline.states, [code.kontanthjaelp, code.wage_subsidy]);
    assert.ok(first.importId);
  });

  test('inside an enclosing transaction an import uses a savepoint: a refused file leaves nothing, the next one is written', async () => {
    await db()
      .transaction()
      .execute(async (trx) => {
        const refused = await importRegisterFile(trx, file('person,week,code\next:S1,2022-W01,bogus\n'), options('benefit_weeks'));
        assert.equal(refused.importId, null);
        const written = await importRegisterFile(trx, file('person,week,code\next:S1,2022-W01,other\n'), options('benefit_weeks'));
        assert.ok(written.importId);
        const again = await importRegisterFile(trx, file('person,week,code\next:S1,2022-W02,other\n'), options('benefit_weeks'));
        assert.ok(again.importId);
      });
    const rows = await db()
      .selectFrom('register_benefit_week')
      .innerJoin('register_person', 'register_person.id', 'register_benefit_week.person_id')
      .select('week')
      .where('person_key', '=', 'ext:S1')
      .orderBy('week')
      .execute();
    assert.deepEqual(rows, [{ week: '2022-01-03' }, { week: '2022-01-10' }]);
  });
});
