/**
 * Continuous evaluation on a small register written into the 0012 tables and
 * courses in the case system: the store computes the series once and serves
 * it from evaluation_continuous until its inputs change (a register import,
 * a course, a month closing); the API answers it to those who may open the
 * unit on the status report. On PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { cohortMonthsOf } from '../../src/domain/evaluation/continuous.ts';
import { monthIndex, monthKey } from '../../src/domain/monitoring/months.ts';
import { benefitStateCode } from '../../src/domain/registers/states.ts';
import { buildApp } from '../../src/server/app.ts';
import { continuousSeries, lastCoveredMonth } from '../../src/store/evaluation/continuous.ts';
import { insertCourse } from '../helpers/cases.ts';
import { addTestCitizen } from '../helpers/citizens.ts';
import { databaseTargets, postgresSkipped, type TestDatabase } from '../helpers/databases.ts';
import { buildFixture, fixturePassword, type Fixture } from '../helpers/fixtures.ts';
import { newPseudonym } from '../../src/domain/identity/pseudonym.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

const FSM = 'flere-skal-med';
const FIRST_WEEK = '2017-01-02'; // a Monday
const WEEKS = 130; // to the week of Monday 2019-06-24 (Thursday 06-27): June 2019 is covered in full
const asOf = '2019-08-15'; // July 2019 is closed; the extracts end with June
/** Treated time zeros: January to May 2018, in the cohort of the last point for windows up to 12 months. */
const starts = ['2018-01-10', '2018-01-24', '2018-02-07', '2018-02-21', '2018-03-07', '2018-03-21', '2018-04-04', '2018-04-18', '2018-05-02', '2018-05-16', '2018-05-23', '2018-05-30'];

const monthsOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let m = monthIndex(from); m <= monthIndex(to); m++) out.push(monthKey(m));
  return out;
};

/** Hours in some months before (varied by person), and in every month after the start for the treated. */
function hours(i: number, start: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, month] of monthsOf('2017-01', '2019-06').entries()) {
    if ((k + i) % 4 === 0 || (start !== null && month > start.slice(0, 7))) out[month] = 10 + ((i * 7) % 30);
  }
  return out;
}

interface Person {
  citizenId: string | null;
  birthYear: number;
  states: number[];
  hours: Record<string, number>;
}

/** The register the loader reads (imports, persons, timelines, hours), in a few statements: row by row is slow on PGlite. */
async function writeRegister(db: Kysely<Database>, persons: readonly Person[]): Promise<void> {
  await sql`INSERT INTO municipality (code, name) VALUES ('101', 'København') ON CONFLICT (code) DO NOTHING`.execute(db);
  const addImport = async (kind: string, from: string | null, to: string | null) =>
    (
      await sql<{ id: number }>`INSERT INTO register_import (kind, file_name, sha256, period_from, period_to, rows_read, rows_kept, report, imported_by_label)
        VALUES (${kind}, ${`${kind}.csv`}, ${kind.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a')}, ${from}, ${to}, 0, 0, '{}'::jsonb, 'test') RETURNING id`.execute(db)
    ).rows[0]!.id;
  const personsImport = await addImport('persons', null, null);
  await addImport('benefit_weeks', FIRST_WEEK, '2019-06-30');
  const hoursImport = await addImport('hours_monthly', '2017-01-01', '2019-06-30');
  const rows = persons.map((p, i) => ({ k: `ext:c${i}`, ps: newPseudonym(), c: p.citizenId, b: p.birthYear, s: i % 2 ? 'K' : 'M' }));
  const ids = (
    await sql<{ id: number; person_key: string }>`
      INSERT INTO register_person (person_key, pseudonym, citizen_id, birth_year, sex, municipality, import_id)
      SELECT r.k, r.ps, r.c, r.b, r.s, '101', ${personsImport} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(k text, ps text, c uuid, b int, s text)
      RETURNING id, person_key`.execute(db)
  ).rows;
  const idOf = new Map(ids.map((r) => [r.person_key, r.id]));
  const timelines = persons.map((p, i) => ({ id: idOf.get(`ext:c${i}`), s: `{${p.states.join(',')}}` }));
  await sql`INSERT INTO register_person_timeline (person_id, first_week, states)
    SELECT r.id, ${FIRST_WEEK}, r.s::smallint[] FROM json_to_recordset(${JSON.stringify(timelines)}::json) AS r(id int, s text)`.execute(db);
  const hourRows = persons.flatMap((p, i) => Object.entries(p.hours).map(([m, h]) => ({ id: idOf.get(`ext:c${i}`), m: `${m}-01`, h })));
  await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, paid_hours, subsidised, import_id)
    SELECT r.id, r.m, '12345678', r.h, false, ${hoursImport} FROM json_to_recordset(${JSON.stringify(hourRows)}::json) AS r(id int, m date, h float8)`.execute(db);
}

for (const target of databaseTargets()) {
  describe(`continuous evaluation [${target.name}]`, () => {
    let database: TestDatabase;
    let fixture: Fixture;
    let app: Awaited<ReturnType<typeof buildApp>>;
    const db = () => database.handle.db;
    const login = async (username: string) => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: fixturePassword } });
      assert.equal(response.statusCode, 200, response.body);
      return `jobspor_session=${response.cookies.find((c) => c.name === 'jobspor_session')!.value}`;
    };
    const get = (cookie: string, query: string) => app.inject({ method: 'GET', url: `/api/evaluation/continuous?${query}`, headers: { cookie } });

    before(async () => {
      database = await target.open();
      fixture = await buildFixture(db());
      const treated = [];
      for (const [i, start] of starts.entries()) {
        const citizen = await addTestCitizen(db(), { firstName: `Deltager${i}`, unitId: fixture.teamA, responsibleStaffId: fixture.staff.jobformidler!.id });
        await insertCourse(db(), { citizenId: citizen.id, modelId: FSM, unitId: fixture.teamA, enrolmentDate: start, phase: 'screening' });
        treated.push({ citizenId: citizen.id, birthYear: 1960 + i * 3, states: new Array<number>(WEEKS).fill(benefitStateCode.kontanthjaelp), hours: hours(i, start) });
      }
      const controls = Array.from({ length: 40 }, (_, i) => ({ citizenId: null, birthYear: 1955 + i, states: new Array<number>(WEEKS).fill(benefitStateCode.kontanthjaelp), hours: hours(i + 3, null) }));
      await writeRegister(db(), [...treated, ...controls]);
      app = await buildApp({ database: database.handle, logLevel: 'silent', logStream: new Writable({ write: (_c, _e, done) => done() }), serveWeb: false });
      await app.ready();
    });
    after(async () => {
      await app?.close();
      await database?.dispose();
    });

    test('the last 12 closed months the extracts cover, each with its cohort and an estimate where there are enough', async () => {
      assert.equal(lastCoveredMonth({ benefitTo: '2019-06-30', hoursTo: '2019-06' }), monthIndex('2019-06'));
      // Weeks up to Monday 06-17: the week of Thursday 06-27 is not covered, so June is not in full.
      assert.equal(lastCoveredMonth({ benefitTo: '2019-06-23', hoursTo: '2019-07' }), monthIndex('2019-05'));
      const series = await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf });
      assert.equal(series.cached, false);
      assert.deepEqual(
        series.points.map((p) => p.month),
        monthsOf('2018-07', '2019-06'),
      );
      for (const point of series.points) {
        const span = cohortMonthsOf(monthIndex(point.month), series.window, series.cohortMonths);
        const expected = starts.filter((s) => monthIndex(s.slice(0, 7)) >= span.from && monthIndex(s.slice(0, 7)) <= span.to).length;
        assert.equal(point.nTreated, expected, point.month);
        if (expected < 10) assert.equal(point.reason, 'few_treated', point.month);
      }
      const last = series.points.at(-1)!;
      assert.equal(last.nTreated, 12);
      assert.equal(last.nControl, 40);
      assert.equal(last.reason, null);
      assert.ok(last.effect && last.effect.ciLow <= last.effect.estimate && last.effect.estimate <= last.effect.ciHigh);
    });

    test('served from the cache until an input changes: a register import, a course, a month closing', async () => {
      const first = await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf });
      assert.equal(first.cached, true);
      const again = await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf });
      assert.equal(again.cached, true);
      assert.equal(again.computedAt, first.computedAt);
      const { cached: _a, ...a } = first;
      const { cached: _b, ...b } = again;
      assert.deepEqual(a, b);

      await sql`INSERT INTO register_import (kind, file_name, sha256, period_from, period_to, rows_read, rows_kept, report, imported_by_label)
        VALUES ('persons', 'more.csv', ${'a'.repeat(64)}, NULL, NULL, 0, 0, '{}'::jsonb, 'test')`.execute(db());
      const afterImport = await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf });
      assert.equal(afterImport.cached, false);
      assert.equal((await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf })).cached, true);

      const citizen = await addTestCitizen(db(), { firstName: 'Ny', unitId: fixture.teamB, responsibleStaffId: fixture.staff['jobformidler.b']!.id });
      await insertCourse(db(), { citizenId: citizen.id, modelId: FSM, unitId: fixture.teamB, enrolmentDate: '2019-07-01', phase: 'screening' });
      assert.equal((await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf })).cached, false);

      // A month later the closed month moves (the extracts still end in June, so the months stay).
      const later = await continuousSeries(db(), { modelId: FSM, unitId: fixture.municipalityId, asOf: '2019-09-15' });
      assert.equal(later.cached, false);
      assert.equal(later.points.at(-1)!.month, '2019-06');
      const rows = await db().selectFrom('evaluation_continuous').select(['model_id', 'unit_id', 'inputs_key']).execute();
      assert.equal(rows.length, 1, 'one row per model and unit');
      assert.match(rows[0]!.inputs_key, /closed=2019-08/);
    });

    test('the API answers those who may open the unit on the status report', async () => {
      const analytiker = await login('analytiker');
      const ok = await get(analytiker, `modelId=${FSM}&unitId=${fixture.municipalityId}`);
      assert.equal(ok.statusCode, 200, ok.body);
      const body = ok.json();
      assert.equal(body.modelId, FSM);
      assert.equal(body.unitId, fixture.municipalityId);
      assert.equal(body.points.length, 12);
      assert.equal(typeof body.computedAt, 'string');

      const leder = await login('leder');
      assert.equal((await get(leder, `modelId=${FSM}&unitId=${fixture.teamA}`)).statusCode, 200);
      // A job broker opens their own team, not the municipality.
      const broker = await login('jobformidler');
      assert.equal((await get(broker, `modelId=${FSM}&unitId=${fixture.teamA}`)).statusCode, 200);
      assert.equal((await get(broker, `modelId=${FSM}&unitId=${fixture.municipalityId}`)).statusCode, 404);
      // No monitoring.read: 403.
      const admin = await login('admin');
      assert.equal((await get(admin, `modelId=${FSM}&unitId=${fixture.teamA}`)).statusCode, 403);
      // Bad input names the field.
      const badUnit = await get(analytiker, `modelId=${FSM}&unitId=nope`);
      assert.equal(badUnit.statusCode, 400);
      assert.match(badUnit.body, /unitId/);
      const badModel = await get(analytiker, `modelId=no-such-model&unitId=${fixture.teamA}`);
      assert.equal(badModel.statusCode, 400);
      assert.match(badModel.body, /modelId/);
      assert.equal((await get(analytiker, `modelId=${FSM}&unitId=00000000-0000-4000-8000-000000000000`)).statusCode, 404);
      assert.equal((await get(analytiker, `modelId=${FSM}`)).statusCode, 400);
    });

    test("the status report's unit keys: a team, a municipality in the case system, one outside it", async () => {
      await sql`UPDATE unit SET municipality_code = '101' WHERE id = ${fixture.municipalityId}`.execute(db());
      const analytiker = await login('analytiker');
      const byKey = await get(analytiker, `modelId=${FSM}&unit=municipality:101`);
      assert.equal(byKey.statusCode, 200, byKey.body);
      assert.equal(byKey.json().unitId, fixture.municipalityId);
      assert.equal((await get(analytiker, `modelId=${FSM}&unit=unit:${fixture.teamA}`)).json().unitId, fixture.teamA);
      assert.equal((await get(analytiker, `modelId=${FSM}&unit=municipality:147`)).statusCode, 404);
      assert.equal((await get(analytiker, `modelId=${FSM}&unit=country`)).statusCode, 400);
      const broker = await login('jobformidler');
      assert.equal((await get(broker, `modelId=${FSM}&unit=municipality:101`)).statusCode, 404);
    });
  });
}
if (postgresSkipped) test('continuous evaluation [postgresql]', { skip: 'TEST_DATABASE_URL is not set' }, () => {});
