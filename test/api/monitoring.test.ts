/**
 * The monitoring API on a hand-made register: roles and scope (404 outside
 * it), the report, the audited drill-down with names only by need to know,
 * targets, clusters, recompute, and the downloads (XLSX read back with
 * exceljs, CSV for Danish Excel, PDF).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { buildMonitoringFixture, FSM } from '../helpers/monitoring-fixture.ts';
import { clusters, figurePersons, report, reportUnits, targets } from '../../src/server/routes/monitoring/schemas.ts';
import { lastClosedMonth, recomputeFigures } from '../../src/store/monitoring/recompute.ts';
import { monthKey } from '../../src/domain/monitoring/months.ts';
import { today } from '../../src/store/facts.ts';

/** The report month: a closed month of the fixture's register (2018), whatever today is. */
const month = '2018-12';
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

forEachDatabase('monitoring API', (app) => {
  const cookies: Record<string, string> = {};
  const as = (user: string) => cookies[user]!;
  before(async () => {
    await buildMonitoringFixture(app().db.handle.db, app().fixture);
    await recomputeFigures(app().db.handle.db, { actor: { staffId: null, label: 'test' }, models: [FSM] });
    for (const user of ['leder', 'analytiker', 'jobformidler', 'jobformidler.b', 'admin', 'mentor']) cookies[user] = await app().login(user);
  });
  const get = (user: string, url: string) => app().request(as(user), { method: 'GET', url });

  test('units: a leder gets the country, the municipalities, their units and staff; a job broker only themself and their team', async () => {
    const leder = reportUnits.parse((await get('leder', `/api/monitoring/units?model=${FSM}`)).json());
    const keys = leder.units.map((u) => u.key);
    assert.ok(keys.includes('country'));
    assert.ok(keys.includes('municipality:101'));
    assert.ok(keys.includes(`unit:${app().fixture.teamA}`));
    assert.ok(keys.includes(`staff:${app().fixture.staff.jobformidler!.id}`));
    assert.equal(leder.defaultUnit, `unit:${app().fixture.jobcentreId}`);
    assert.equal(leder.units.find((u) => u.key === `unit:${app().fixture.teamA}`)!.parent, `unit:${app().fixture.jobcentreId}`);
    assert.equal(leder.units.find((u) => u.key === `unit:${app().fixture.jobcentreId}`)!.parent, 'municipality:998');
    assert.equal(leder.latestMonth, monthKey(lastClosedMonth(today())), 'the courses run on after the register ends');
    const broker = reportUnits.parse((await get('jobformidler', '/api/monitoring/units')).json());
    assert.deepEqual(broker.units.map((u) => u.key).sort(), [`staff:${app().fixture.staff.jobformidler!.id}`, `unit:${app().fixture.teamA}`].sort());
    assert.equal(broker.defaultUnit, `staff:${app().fixture.staff.jobformidler!.id}`);
    assert.equal((await get('mentor', '/api/monitoring/units')).statusCode, 403);
  });

  test('report: the contract shape, 404 outside the scope, 400 for an unknown model or a bad month', async () => {
    const response = await get('leder', `/api/monitoring/report?${q({ model: FSM, unit: `unit:${app().fixture.teamA}`, month })}`);
    assert.equal(response.statusCode, 200, response.body);
    const body = report.parse(response.json());
    assert.equal(body.unit.kind, 'team');
    assert.equal(body.unit.name, 'Team A');
    assert.equal(body.cluster?.municipalities, 4);
    const hours = body.measures.find((m) => m.id === 'ordinary-hours.month')!;
    assert.equal(hours.series.length, 25);
    assert.equal(hours.series.find((p) => p.month === '2018-09')!.denominator, 2);
    const teamB = await get('jobformidler', `/api/monitoring/report?${q({ model: FSM, unit: `unit:${app().fixture.teamB}`, month })}`);
    assert.equal(teamB.statusCode, 404);
    const country = await get('jobformidler', `/api/monitoring/report?${q({ model: FSM, unit: 'country', month })}`);
    assert.equal(country.statusCode, 404);
    const other = await get('jobformidler', `/api/monitoring/report?${q({ model: FSM, unit: `staff:${app().fixture.staff['jobformidler.b']!.id}`, month })}`);
    assert.equal(other.statusCode, 404);
    assert.equal((await get('analytiker', `/api/monitoring/report?${q({ model: 'nope', unit: 'country', month })}`)).statusCode, 400);
    const badMonth = await get('analytiker', `/api/monitoring/report?${q({ model: FSM, unit: 'country', month: '2018-13' })}`);
    assert.equal(badMonth.statusCode, 400);
    assert.equal((await get('admin', `/api/monitoring/report?${q({ model: FSM, unit: 'country', month })}`)).statusCode, 403);
    // Testby's municipality unit has kommunekode 998: it is reported as municipality:998 only.
    assert.equal((await get('analytiker', `/api/monitoring/report?${q({ model: FSM, unit: `unit:${app().fixture.municipalityId}`, month })}`)).statusCode, 404);
    const testby = report.parse((await get('analytiker', `/api/monitoring/report?${q({ model: FSM, unit: 'municipality:998', month })}`)).json());
    assert.equal(testby.unit.kind, 'municipality');
  });

  test('the persons behind a figure: names for the leder by need to know, pseudonyms for the analyst, audited', async () => {
    const params = q({ model: FSM, unit: `unit:${app().fixture.teamA}`, month: '2018-09', measure: 'ordinary-hours.month' });
    const leder = figurePersons.parse((await get('leder', `/api/monitoring/persons?${params}`)).json());
    assert.equal(leder.denominator, 2);
    assert.equal(leder.numerator, 1, 'Anna had 10 register hours in September');
    const anna = app().fixture.citizensA[0]!;
    const annaRow = leder.persons.find((p) => p.pseudonym === anna.pseudonym)!;
    assert.equal(annaRow.citizen?.name, 'Anna Testesen');
    assert.equal(annaRow.numerator, 1);
    const analyst = figurePersons.parse((await get('analytiker', `/api/monitoring/persons?${params}`)).json());
    assert.equal(analyst.persons.length, 2);
    assert.ok(analyst.persons.every((p) => p.citizen === null));
    const audit = await app()
      .db.handle.db.selectFrom('audit_event')
      .select(['staff_username', 'citizen_pseudonyms', 'detail'])
      .where('action', '=', 'monitoring.persons')
      .orderBy('id')
      .execute();
    assert.equal(audit.length, 2);
    assert.ok(audit[0]!.citizen_pseudonyms?.includes(anna.pseudonym));
    assert.equal(audit[1]!.staff_username, 'analytiker');
    const country = figurePersons.parse(
      (await get('analytiker', `/api/monitoring/persons?${q({ model: FSM, unit: 'country', month: '2018-06', measure: 'ordinary-hours.month' })}`)).json(),
    );
    assert.deepEqual([country.numerator, country.denominator], [2, 6]);
    // The country and other municipalities are aggregates for a leder: their persons belong to other data controllers.
    const lederCountry = await get('leder', `/api/monitoring/persons?${q({ model: FSM, unit: 'country', month: '2018-06', measure: 'ordinary-hours.month' })}`);
    assert.equal(lederCountry.statusCode, 403);
    const unknown = await get('analytiker', `/api/monitoring/persons?${q({ model: FSM, unit: 'country', month, measure: 'nope' })}`);
    assert.equal(unknown.statusCode, 400);
  });

  test('targets: a leder sets one for a team and a staff member; it overrides the model target in that unit’s report', async () => {
    const team = `unit:${app().fixture.teamA}`;
    const put = (user: string, payload: Record<string, unknown>) => app().request(as(user), { method: 'PUT', url: '/api/monitoring/targets', payload });
    const set = await put('leder', { model: FSM, measure: 'result-target', unit: team, comparison: 'at_least', value: 45 });
    assert.equal(set.statusCode, 200, set.body);
    targets.parse(set.json());
    const body = report.parse((await get('leder', `/api/monitoring/report?${q({ model: FSM, unit: team, month })}`)).json());
    assert.deepEqual(body.measures.find((m) => m.id === 'result-target')!.target, { comparison: 'at_least', value: 45, origin: 'unit' });
    const country = report.parse((await get('leder', `/api/monitoring/report?${q({ model: FSM, unit: 'country', month })}`)).json());
    assert.deepEqual(country.measures.find((m) => m.id === 'result-target')!.target, { comparison: 'at_least', value: 40, origin: 'model' });
    const staff = await put('leder', { model: FSM, measure: 'process.caseload', unit: `staff:${app().fixture.staff.jobformidler!.id}`, comparison: 'at_most', value: 30 });
    assert.equal(staff.statusCode, 200);
    assert.equal((await put('jobformidler', { model: FSM, measure: 'result-target', unit: team, comparison: 'at_least', value: 1 })).statusCode, 403);
    assert.equal((await put('leder', { model: FSM, measure: 'result-target', unit: 'country', comparison: 'at_least', value: 1 })).statusCode, 404);
    assert.equal((await put('leder', { model: FSM, measure: 'nope', unit: team, comparison: 'at_least', value: 1 })).statusCode, 400);
    assert.equal((await put('leder', { model: FSM, measure: 'result-target', unit: team, comparison: 'at_least', value: -1 })).statusCode, 400);
    const listed = targets.parse((await get('jobformidler', `/api/monitoring/targets?model=${FSM}`)).json());
    assert.deepEqual(listed.targets.map((t) => t.unit).sort(), [team, `staff:${app().fixture.staff.jobformidler!.id}`].sort());
    const removed = await app().request(as('leder'), { method: 'DELETE', url: `/api/monitoring/targets?${q({ model: FSM, measure: 'result-target', unit: team })}` });
    assert.equal(removed.statusCode, 204);
  });

  test('clusters: seeded from the register, replaced by an analyst, refused for a leder', async () => {
    const seeded = clusters.parse((await get('analytiker', '/api/monitoring/clusters')).json());
    assert.match(seeded.basis, /^register:long-term-benefit-share:2018-12$/);
    assert.equal(seeded.clusters.flatMap((c) => c.municipalities).length, 4);
    assert.equal((await get('leder', '/api/monitoring/clusters')).statusCode, 403);
    const put = (payload: Record<string, unknown>) => app().request(as('analytiker'), { method: 'PUT', url: '/api/monitoring/clusters', payload });
    const twice = await put({ clusters: [{ id: 'a', name: 'A', municipalities: ['101'] }, { id: 'b', name: 'B', municipalities: ['101'] }] });
    assert.equal(twice.statusCode, 400);
    assert.ok(twice.json().error.fields['clusters.1.municipalities.0']);
    const saved = await put({ clusters: [{ id: 'hoved', name: 'Hovedstaden', municipalities: ['101', '147'] }, { id: 'rest', name: 'Resten', municipalities: ['151', '998'] }] });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(clusters.parse(saved.json()).basis, 'manual');
    const body = report.parse((await get('analytiker', `/api/monitoring/report?${q({ model: FSM, unit: 'municipality:101', month })}`)).json());
    assert.deepEqual(body.cluster, { id: 'hoved', name: 'Hovedstaden', municipalities: 2 });
    const reseeded = await app().request(as('admin'), { method: 'POST', url: '/api/monitoring/clusters/seed', payload: {} });
    assert.equal(reseeded.statusCode, 200);
  });

  test('recompute through the API: admin and analyst; nothing changed means nothing inserted', async () => {
    const response = await app().request(as('analytiker'), { method: 'POST', url: '/api/monitoring/recompute', payload: { models: [FSM] } });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().inserted, 0);
    assert.equal((await app().request(as('leder'), { method: 'POST', url: '/api/monitoring/recompute', payload: {} })).statusCode, 403);
    const unknown = await app().request(as('admin'), { method: 'POST', url: '/api/monitoring/recompute', payload: { models: ['nope'] } });
    assert.equal(unknown.statusCode, 400);
  });

  test('XLSX export: one sheet per table, numbers as numbers with formats', async () => {
    const response = await get('leder', `/api/monitoring/export?${q({ model: FSM, unit: 'municipality:101', month, format: 'xlsx' })}`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    assert.match(String(response.headers['content-disposition']), /statusrapport-flere-skal-med-koebenhavn-2018-12\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['Rapport', 'Tal', 'Sammenligning', 'Top 10', 'Scoreboard', 'Rettelser'],
    );
    const figures = workbook.getWorksheet('Tal')!;
    assert.equal(figures.getRow(1).getCell(5).value, 'Tæller');
    let numeric = 0;
    figures.eachRow((row, n) => {
      if (n === 1 || row.getCell(1).value !== 'ordinary-hours.month' || row.getCell(4).value !== '2018-06') return;
      assert.equal(typeof row.getCell(5).value, 'number');
      assert.equal(row.getCell(6).value, 2);
      assert.equal(row.getCell(7).numFmt, '#,##0.0');
      numeric++;
    });
    assert.equal(numeric, 1);
    assert.ok(workbook.getWorksheet('Scoreboard')!.rowCount > 1);
  });

  test('CSV export: semicolons, decimal commas and a BOM for Danish Excel; PDF and JSON', async () => {
    const csv = await get('leder', `/api/monitoring/export?${q({ model: FSM, unit: 'country', month, format: 'csv' })}`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const text = csv.body;
    assert.ok(text.startsWith('\uFEFF'));
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines[0], 'Mål-id;Mål;Måleenhed;Måned;Tæller;Nævner;Værdi;Version;Klynge;Hele landet');
    const june = lines.find((l) => l.startsWith('ordinary-hours.month;') && l.includes(';2018-06;'))!;
    const cells = june.split(';');
    assert.deepEqual(cells.slice(4, 6), ['2', '6']);
    assert.equal(cells[6], String((2 / 6) * 100).replace('.', ','));
    const pdf = await get('leder', `/api/monitoring/export?${q({ model: FSM, unit: 'country', month, format: 'pdf' })}`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const json = await get('leder', `/api/monitoring/export?${q({ model: FSM, unit: 'country', month, format: 'json' })}`);
    report.parse(JSON.parse(json.body));
    const outside = await get('jobformidler', `/api/monitoring/export?${q({ model: FSM, unit: 'country', month, format: 'csv' })}`);
    assert.equal(outside.statusCode, 404);
  });

  test('no stored figure is written by a read', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM monitoring_figure`.execute(app().db.handle.db);
    await get('analytiker', `/api/monitoring/report?${q({ model: FSM, unit: 'country', month })}`);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM monitoring_figure`.execute(app().db.handle.db);
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
  });
});
