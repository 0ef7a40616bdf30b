/**
 * The monitoring store on a hand-made register: person-periods from register
 * and case data, stored figures with versions (unchanged figures untouched,
 * a correction supersedes and adds a version), the report's series,
 * comparisons and corrections, and the live open month.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { buildMonitoringFixture, FSM, type MonitoringFixture } from '../helpers/monitoring-fixture.ts';
import { setOrdinaryHours } from '../helpers/monitoring-register.ts';
import { loadPersonPeriods } from '../../src/store/monitoring/person-periods.ts';
import { loadUnitDirectory } from '../../src/store/monitoring/units.ts';
import { recomputeFigures } from '../../src/store/monitoring/recompute.ts';
import { buildReport } from '../../src/store/monitoring/report.ts';
import { report as reportSchema } from '../../src/server/routes/monitoring/schemas.ts';
import { monthIndex } from '../../src/domain/monitoring/months.ts';

const asOf = '2019-01-20';
const actor = { staffId: null, label: 'test' };

forEachDatabase('monitoring store', (app) => {
  let m: MonitoringFixture;
  const db = () => app().db.handle.db;
  before(async () => {
    m = await buildMonitoringFixture(db(), app().fixture);
  });

  test('person-periods join register persons and case citizens; a citizen without a register person counts from case data', async () => {
    const directory = await loadUnitDirectory(db());
    const persons = await loadPersonPeriods(db(), { model: FSM, asOf, directory, batchSize: 2 });
    assert.equal(persons.length, 7); // six register persons with an FSM visitation + Bo
    const anna = persons.find((p) => p.citizenId === app().fixture.citizensA[0]!.id)!;
    const bo = persons.find((p) => p.citizenId === app().fixture.citizensA[1]!.id)!;
    assert.deepEqual(anna.enrolments.map((e) => e.date), ['2018-03-01'], 'the course is the enrolment of a citizen who has one');
    assert.ok(anna.caseFacts);
    assert.equal(anna.units.length, 1);
    assert.equal(bo.municipality, '998', "a case-only citizen's municipality is the unit's kommunekode");
    assert.equal(bo.benefitCovered.reduce((a, b) => a + b, 0), 0, 'nothing is known of a case-only citizen’s benefits');
    const p2 = persons.find((p) => p.key === `r${m.persons[2]}`)!;
    const june = monthIndex('2018-06') - p2.firstMonth;
    assert.equal(p2.ordinaryHours[june], 140);
    assert.equal(p2.benefitCovered[june], 1);
    // A covered week with no row is code 0: 4 weeks in June 2018 (Thursdays 7, 14, 21, 28).
    assert.equal(p2.stateWeeks[june * 15 + 0], 4);
    const p1 = persons.find((p) => p.key === `r${m.persons[1]}`)!;
    assert.equal(p1.subsidisedHours[monthIndex('2018-08') - p1.firstMonth], 60);
    assert.equal(p1.ordinaryHours[monthIndex('2018-08') - p1.firstMonth], 0);
  });

  test('recompute stores every closed month; the country is the sum of the municipalities', async () => {
    const summary = await recomputeFigures(db(), { actor, models: [FSM], asOf });
    assert.ok(summary.runId);
    assert.equal(summary.months?.to, '2018-12');
    assert.ok(summary.inserted > 0);
    const rows = await sql<{ unit_key: string; numerator: number; denominator: number; version: number }>`
      SELECT unit_key, numerator, denominator, version FROM monitoring_figure
      WHERE model_id = ${FSM} AND measure_id = 'ordinary-hours.month' AND month = '2018-06-01' AND superseded_at IS NULL`.execute(db());
    const by = new Map(rows.rows.map((r) => [r.unit_key, r]));
    // Group 1 in June: p0 (20 h), p1, p2 (140 h), p4, Anna, Bo; p3 is group 2.
    assert.deepEqual([by.get('country')?.numerator, by.get('country')?.denominator], [2, 6]);
    assert.deepEqual([by.get('municipality:998')?.numerator, by.get('municipality:998')?.denominator], [0, 2]);
    assert.equal(by.get(`unit:${app().fixture.teamA}`)?.denominator, 2);
    assert.equal(by.get(`staff:${app().fixture.staff.jobformidler!.id}`)?.denominator, 2);
    const municipal = rows.rows.filter((r) => r.unit_key.startsWith('municipality:'));
    assert.equal(municipal.reduce((a, r) => a + r.denominator, 0), by.get('country')!.denominator);
    assert.equal(municipal.reduce((a, r) => a + r.numerator, 0), by.get('country')!.numerator);
  });

  test('a recompute without changes leaves every figure; a correction supersedes and adds a version', async () => {
    const again = await recomputeFigures(db(), { actor, models: [FSM], asOf });
    assert.equal(again.inserted, 0);
    assert.equal(again.superseded, 0);
    assert.ok(again.unchanged > 0);
    await setOrdinaryHours(db(), m.persons[0]!, '2018-06', 0);
    const corrected = await recomputeFigures(db(), { actor, models: [FSM], asOf });
    assert.ok(corrected.superseded > 0);
    assert.equal(corrected.superseded, corrected.inserted);
    const versions = await sql<{ version: number; numerator: number; superseded: boolean }>`
      SELECT version, numerator, superseded_at IS NOT NULL AS superseded FROM monitoring_figure
      WHERE model_id = ${FSM} AND measure_id = 'ordinary-hours.month' AND month = '2018-06-01' AND unit_key = 'country' ORDER BY version`.execute(db());
    assert.deepEqual(versions.rows, [
      { version: 1, numerator: 2, superseded: true },
      { version: 2, numerator: 1, superseded: false },
    ]);
  });

  test('the report: 25-month series from stored figures, country and cluster, top 10, scoreboard, corrections', async () => {
    const directory = await loadUnitDirectory(db());
    const report = await buildReport(db(), directory, { model: FSM, unit: 'municipality:101', month: '2018-12', asOf });
    reportSchema.parse(report);
    assert.equal(report.closed, true);
    assert.equal(report.unit.name, 'København');
    assert.ok(report.cluster, 'clusters are seeded from the register');
    assert.equal(report.cluster.municipalities, 4);
    const hours = report.measures.find((x) => x.id === 'ordinary-hours.month')!;
    assert.equal(hours.series.length, 25);
    assert.equal(hours.series[0]!.month, '2016-12');
    const june = hours.series.find((p) => p.month === '2018-06')!;
    assert.deepEqual([june.numerator, june.denominator, june.value, june.version], [0, 2, 0, 2]);
    assert.equal(hours.countrySeries.find((p) => p.month === '2018-06')!.value, (1 / 6) * 100);
    assert.equal(hours.clusterSeries.find((p) => p.month === '2018-06')!.value, (1 / 6) * 100);
    assert.equal(hours.series.find((p) => p.month === '2017-06')!.value, null, 'months before the data are empty');
    assert.ok(report.corrections.some((c) => c.measure === 'ordinary-hours.month' && c.month === '2018-06' && c.version === 2));
    // December: Frederiksberg 1/1 with hours, the others 0: København shares the second place.
    const dec = hours.top10;
    assert.equal(dec[0]!.unit, 'municipality:147');
    assert.equal(hours.scoreboard.country.of, 4);
    assert.equal(hours.scoreboard.country.rank, 2);
    // A sum grows with the unit's size: not compared with the country nor ranked among municipalities.
    const sum = report.measures.find((x) => x.id === 'ordinary-hours.sum')!;
    assert.deepEqual([sum.top10.length, sum.scoreboard.country.rank, sum.countrySeries.every((p) => p.value === null)], [0, null, true]);
  });

  test("a team is ranked in its own municipality's place among the municipalities, not beside it", async () => {
    const directory = await loadUnitDirectory(db());
    const own = await buildReport(db(), directory, { model: FSM, unit: 'municipality:998', month: '2018-12', asOf });
    const team = await buildReport(db(), directory, { model: FSM, unit: `unit:${app().fixture.teamA}`, month: '2018-12', asOf });
    const of = (r: typeof own) => r.measures.find((x) => x.id === 'ordinary-hours.month')!.scoreboard.country.of;
    assert.equal(of(team), of(own));
  });

  test('the open month is computed live and not stored', async () => {
    const directory = await loadUnitDirectory(db());
    const report = await buildReport(db(), directory, { model: FSM, unit: 'country', month: '2019-01', asOf });
    assert.equal(report.closed, false);
    const hours = report.measures.find((x) => x.id === 'ordinary-hours.month')!;
    const last = hours.series.at(-1)!;
    assert.equal(last.version, null);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM monitoring_figure WHERE month = '2019-01-01'`.execute(db());
    assert.equal(stored.rows[0]!.n, 0);
    assert.equal(report.cluster, null);
  });
});
