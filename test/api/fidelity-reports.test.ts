/**
 * The fidelity reports through the API on both databases: an instrument,
 * two closed rounds and their anonymous responses inserted with SQL (so the
 * test does not lean on the rounds store), then the element table's shares
 * and colours against hand-computed values (with a change of exactly +5,
 * yellow), suppression of a 2-respondent cell and its complement by role
 * and by unit, the unit filter refused on a suppressed unit, the heatmap,
 * the XLSX and PDF downloads, fidelity against outcome with r, access, and
 * no staff id in any answer.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { fidelityReport, heatmap as heatmapSchema, outcomeScatter, trend as trendSchema } from '../../src/server/routes/fidelity/schemas.ts';
import { colourFills, SUPPRESSED_TEXT } from '../../src/server/routes/fidelity/export.ts';
import { buildFidelityReportFixture, FIDELITY_MODEL, reportInstrument } from '../helpers/fidelity-report-fixture.ts';
import { forEachDatabase } from '../helpers/suite.ts';

const MODEL = FIDELITY_MODEL;

forEachDatabase('fidelity reports', (t) => {
  const units: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  const rounds = { r1: '', r2: '' };
  let leder = '';
  let outsideRound = '';
  let staffIds: string[] = [];

  before(async () => {
    const { db: handle, fixture } = t();
    const db = handle.handle.db;
    const built = await buildFidelityReportFixture(db, fixture);
    Object.assign(units, built.units);
    Object.assign(rounds, built.rounds);
    // Outcomes for round 2's close month (2026-06); a superseded row must be ignored, Team D has none.
    const figure = (unit: string, value: number, superseded: boolean) =>
      sql`INSERT INTO monitoring_figure (model_id, measure_id, measure_version, unit_key, month, numerator, denominator, persons, value, version, superseded_at)
          VALUES (${MODEL}, 'ordinary-hours.touched', 1, ${`unit:${unit}`}, '2026-06-01', ${value}, 100, 100, ${value}, ${superseded ? 1 : 2}, ${superseded ? sql`now()` : null})`.execute(db);
    await figure(units.A, 99, true);
    await figure(units.A, 30, false);
    await figure(units.B, 10, false);
    await figure(units.C, 40, false);
    // A round over the whole municipality: outside the leder's scope (the job centre), so unknown to them.
    const outside = await db
      .insertInto('fidelity_round')
      .values({
        municipality_id: fixture.municipalityId,
        instrument_id: 'test.brf-report',
        instrument_version: '1.0.0',
        model_id: MODEL,
        wave: 'named',
        name: 'Hele kommunen',
        opens_on: '2026-09-01',
        closes_on: '2026-09-30',
        created_by: fixture.staff.leder!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    outsideRound = outside.id;
    await db.insertInto('fidelity_round_unit').values([{ round_id: outside.id, unit_id: fixture.municipalityId }, { round_id: outside.id, unit_id: fixture.teamA }]).execute();
    for (let k = 0; k < 3; k++) {
      const response = await db.insertInto('fidelity_response').values({ round_id: outside.id, respondent_role: 'leder', unit_id: fixture.municipalityId }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('fidelity_answer').values({ response_id: response.id, item_id: 'a1', value: 5 }).execute();
    }
    leder = await t().login('leder');
    staffIds = [...Object.values(fixture.staff).map((s) => s.id)];
  });

  const get = async (url: string, cookie = leder) => {
    const response = await t().request(cookie, { method: 'GET', url });
    for (const id of staffIds) assert.ok(!response.body.includes(id), `${url} leaks a staff id`);
    return response;
  };

  it('gives the total table with hand-computed shares and colours, +5 exactly yellow', async () => {
    const response = await get(`/api/fidelity/report?model=${MODEL}`);
    assert.equal(response.statusCode, 200, response.body);
    const report = fidelityReport.parse(response.json());
    assert.deepEqual(report.rounds.map((r) => [r.id, r.name, r.status, r.closedOn, r.respondents]), [
      [rounds.r1, 'Start', 'closed', '2026-01-31', 20],
      [rounds.r2, 'Slut', 'closed', '2026-06-30', 20],
    ]);
    assert.deepEqual(report.colourRule, { greenAbove: 5, redBelow: -5, source: { seed: '003', section: '3.1', note: report.colourRule.source.note } });
    assert.equal(report.groups.length, 1);
    const total = report.groups[0]!;
    assert.equal(total.key, 'total');
    assert.deepEqual(total.figures.map((row) => row.map((f) => f.shareAgreeing)), [
      [45, 50],
      [50, 80],
      [75, 50],
    ]);
    assert.deepEqual(total.changes, [[{ points: 5, colour: 'yellow' }], [{ points: 30, colour: 'green' }], [{ points: -25, colour: 'red' }]]);
    assert.deepEqual(report.sections.map((s) => s.coreElementId), ['1A', '2A', '3B']);
    // Behaviour beside the survey: one row per core element with a point per round (empty where case data gives none).
    assert.deepEqual(report.behaviour.map((b) => [b.groupKey, b.coreElementId, b.points.length, b.changes.length]), [
      ['total', '1A', 2, 1],
      ['total', '2A', 2, 1],
      ['total', '3B', 2, 1],
    ]);
  });

  it('suppresses the 2 mentors and the next smallest role by role', async () => {
    const report = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&by=role`)).json());
    const by = new Map(report.groups.map((g) => [g.key, g]));
    assert.deepEqual([...by.keys()], ['total', 'leder', 'jobformidler', 'virksomhedskonsulent', 'mentor']);
    for (const hidden of ['mentor', 'leder']) {
      const g = by.get(hidden)!;
      assert.equal(g.suppressed, true, hidden);
      assert.ok(g.figures.flat().every((f) => f.suppressed && f.shareAgreeing === null && f.respondents === null));
      assert.ok(g.changes.flat().every((c) => c === null));
    }
    assert.equal(by.get('jobformidler')!.suppressed, false);
    assert.equal(by.get('jobformidler')!.figures[0]![0]!.respondents, 10);
    assert.deepEqual(report.behaviour, [], 'no behaviour by role');
    // Hidden mass: 20 - 10 - 5 = 5 respondents in two cells, so neither can be recovered from the total.
    assert.equal(report.groups[0]!.figures[0]![0]!.respondents, 20);
  });

  it('suppresses Team D (2 respondents) and Team C with it by unit in round 1, and shows them in round 2', async () => {
    const report = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&by=unit`)).json());
    assert.deepEqual(report.groups.map((g) => g.label), ['I alt', 'Team A', 'Team B', 'Team C', 'Team D']);
    const by = new Map(report.groups.map((g) => [g.label, g]));
    for (const hidden of ['Team C', 'Team D']) {
      const g = by.get(hidden)!;
      assert.ok(g.figures.every((row) => row[0]!.suppressed && row[0]!.shareAgreeing === null), `${hidden} hidden in round 1`);
      assert.ok(g.figures.every((row) => !row[1]!.suppressed), `${hidden} shown in round 2`);
      assert.ok(g.changes.flat().every((c) => c === null), `${hidden}: no change across a suppressed round`);
      assert.equal(g.suppressed, false);
    }
    const a = by.get('Team A')!;
    assert.deepEqual(a.figures.map((row) => row.map((f) => f.shareAgreeing)), [
      [50, 50],
      [50, 100],
      [75, 50],
    ]);
    assert.deepEqual(a.changes[0], [{ points: 0, colour: 'yellow' }]);
    assert.deepEqual(new Set(report.behaviour.map((b) => b.groupKey)), new Set(['total', units.A, units.B, units.C, units.D]));
  });

  it('refuses the unit filter on a suppressed unit, also its complement, and filters a shown one', async () => {
    for (const u of [units.D, units.C]) {
      const refused = await get(`/api/fidelity/report?model=${MODEL}&unit=${u}`);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.match(refused.json().error.message, /skjult, fordi for få har svaret/);
      assert.equal((await get(`/api/fidelity/export?model=${MODEL}&unit=${u}&format=xlsx`)).statusCode, 403);
      assert.equal((await get(`/api/fidelity/trend?model=${MODEL}&unit=${u}`)).statusCode, 403);
    }
    const a = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&unit=${units.A}`)).json());
    assert.deepEqual(a.groups[0]!.figures.map((row) => row.map((f) => f.shareAgreeing)), [
      [50, 50],
      [50, 100],
      [75, 50],
    ]);
    assert.deepEqual(a.rounds.map((r) => r.respondents), [8, 8]);
    // Roles within one unit beside the roles of all would give the rest's roles by difference: refused.
    const roles = await get(`/api/fidelity/report?model=${MODEL}&unit=${units.A}&by=role`);
    assert.equal(roles.statusCode, 403);
    assert.ok(roles.json().error.fields.by);
    const xlsx = await get(`/api/fidelity/export?model=${MODEL}&unit=${units.A}&format=xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['I alt', 'Enheder', 'Definitioner']);
    // The job centre covers every round unit: its figures are the total's, also by role.
    assert.equal((await get(`/api/fidelity/report?model=${MODEL}&unit=${t().fixture.jobcentreId}&by=role`)).statusCode, 200);
    const all = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&unit=${t().fixture.jobcentreId}`)).json());
    assert.deepEqual(all.groups[0]!.figures[0]!.map((f) => f.shareAgreeing), [45, 50]);
  });

  it('gives the heatmap with null for suppressed units', async () => {
    const response = await get(`/api/fidelity/heatmap?model=${MODEL}&round=${rounds.r1}`);
    assert.equal(response.statusCode, 200, response.body);
    const map = heatmapSchema.parse(response.json());
    assert.deepEqual(map.units.map((u) => [u.name, u.suppressed, u.survey]), [
      ['Team A', false, [50, 50, 75]],
      ['Team B', false, [50, 50, 250 / 3]],
      ['Team C', true, [null, null, null]],
      ['Team D', true, [null, null, null]],
    ]);
    assert.equal(map.units[0]!.behaviour.length, 3);
  });

  it('gives the trend over the rounds and the months', async () => {
    const response = await get(`/api/fidelity/trend?model=${MODEL}&months=3`);
    assert.equal(response.statusCode, 200, response.body);
    const trend = trendSchema.parse(response.json());
    assert.deepEqual(trend.rounds.map((r) => [r.date, r.sections.map((s) => s.shareAgreeing)]), [
      ['2026-01-31', [45, 50, 75]],
      ['2026-06-30', [50, 80, 50]],
    ]);
    assert.deepEqual(trend.behaviour.map((b) => [b.coreElementId, b.points.length]), [
      ['1A', 3],
      ['2A', 3],
      ['3B', 3],
    ]);
  });

  it('plots fidelity against the stored outcome per unit with Pearson r', async () => {
    const response = await get(`/api/fidelity/outcome?model=${MODEL}&round=${rounds.r2}`);
    assert.equal(response.statusCode, 200, response.body);
    const scatter = outcomeScatter.parse(response.json());
    assert.equal(scatter.measure.id, 'ordinary-hours.touched');
    assert.equal(scatter.measure.month, '2026-06');
    const points = scatter.points.map((p) => [p.unitName, Math.round(p.survey! * 1000) / 1000, p.outcome]);
    assert.deepEqual(points, [
      ['Team A', 66.667, 30],
      ['Team B', 41.667, 10],
      ['Team C', 75, 40],
      ['Team D', 50, null],
    ]);
    // By hand over A, B, C: x 66.67, 41.67, 75 (mean 61.11); y 30, 10, 40 (mean 26.67);
    // Sxy = 527.78, Sxx = 601.85, Syy = 466.67; r = 527.78 / sqrt(601.85 * 466.67) = 0.99587.
    assert.equal(scatter.correlation.survey.n, 3);
    assert.ok(Math.abs(scatter.correlation.survey.r! - 0.9958706) < 1e-6, String(scatter.correlation.survey.r));
    assert.ok(scatter.measures.some((m) => m.id === 'process.caseload'));
    // Round 1: Team C and D are suppressed, so their survey points are null and r has too few pairs.
    const r1 = outcomeScatter.parse((await get(`/api/fidelity/outcome?model=${MODEL}&round=${rounds.r1}&measure=process.cv`)).json());
    assert.deepEqual(r1.points.map((p) => p.survey === null), [false, false, true, true]);
    assert.equal(r1.correlation.survey.r, null);
    const bad = await get(`/api/fidelity/outcome?model=${MODEL}&round=${rounds.r2}&measure=nope`);
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.measure);
  });

  it('downloads XLSX with coloured changes and suppressed markers, and a PDF', async () => {
    const xlsx = await get(`/api/fidelity/export?model=${MODEL}&format=xlsx`);
    assert.equal(xlsx.statusCode, 200, xlsx.body);
    assert.match(String(xlsx.headers['content-disposition']), /attachment; filename="fidelitet-bedre-ressourceforloeb-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['I alt', 'Roller', 'Enheder', 'Definitioner']);
    const total = workbook.getWorksheet('I alt')!;
    // Row 2: s1; columns: group, element, title, Start, Slut, change.
    const fillOf = (row: number, col: number) => (total.getRow(row).getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    assert.equal(total.getRow(2).getCell(4).value, 45);
    assert.equal(total.getRow(2).getCell(5).value, 50);
    assert.equal(total.getRow(2).getCell(6).value, 5);
    assert.equal(fillOf(2, 5), colourFills.yellow);
    assert.equal(fillOf(3, 5), colourFills.green);
    assert.equal(fillOf(4, 6), colourFills.red);
    const unitsSheet = workbook.getWorksheet('Enheder')!;
    const teamD = unitsSheet.getRows(2, unitsSheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Team D')!;
    assert.equal(teamD.getCell(4).value, SUPPRESSED_TEXT);
    assert.equal(teamD.getCell(5).value, 50);
    // No staff id anywhere in the workbook (the raw body is compressed, so read every cell).
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    for (const id of staffIds) assert.ok(!cells.some((c) => c.includes(id)), 'no staff id in the XLSX');
    const defs = workbook.getWorksheet('Definitioner')!;
    const minCell = defs.getRows(1, defs.rowCount)!.find((r) => r.getCell(1).value === 'Mindste cellestørrelse')!;
    assert.equal(minCell.getCell(2).value, 3);
    const pdf = await get(`/api/fidelity/export?model=${MODEL}&format=pdf&by=unit`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.match(String(pdf.headers['content-disposition']), /fidelitet-bedre-ressourceforloeb-\d{4}-\d{2}-\d{2}\.pdf/);
  });

  it('refuses a job broker, unknown rounds and mixed instruments', async () => {
    const broker = await t().login('jobformidler');
    for (const path of ['report', 'heatmap', 'trend', 'outcome', 'export']) {
      const response = await get(`/api/fidelity/${path}?model=${MODEL}&round=${rounds.r1}&format=xlsx`, broker);
      assert.equal(response.statusCode, 403, path);
    }
    const unknown = await get(`/api/fidelity/report?model=${MODEL}&rounds=${rounds.r1},00000000-0000-4000-8000-000000000000`);
    assert.equal(unknown.statusCode, 404);
    assert.equal((await get(`/api/fidelity/report?model=${MODEL}&rounds=nope`)).statusCode, 400);
    assert.equal((await get(`/api/fidelity/report?model=nope`)).statusCode, 400);
    // Reversed rounds are shown in the order given.
    const reversed = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&rounds=${rounds.r2},${rounds.r1}`)).json());
    assert.deepEqual(reversed.groups[0]!.changes[0], [{ points: -5, colour: 'yellow' }]);
  });

  it('documents the report routes in the OpenAPI document under the fidelity tag', async () => {
    const doc = (await t().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, { get?: { tags?: string[] } }> };
    for (const path of ['report', 'heatmap', 'trend', 'outcome', 'export']) assert.deepEqual(doc.paths[`/api/fidelity/${path}`]?.get?.tags, ['fidelity'], path);
  });

  it('shows only rounds whose units all lie in the caller\'s scope', async () => {
    const report = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}`)).json());
    assert.deepEqual(report.rounds.map((r) => r.id), [rounds.r1, rounds.r2]);
    assert.equal((await get(`/api/fidelity/report?model=${MODEL}&rounds=${outsideRound}`)).statusCode, 404);
    assert.equal((await get(`/api/fidelity/heatmap?model=${MODEL}&round=${outsideRound}`)).statusCode, 404);
    assert.equal((await get(`/api/fidelity/report?model=${MODEL}&unit=${t().fixture.municipalityId}`)).statusCode, 404);
  });

  it('withholds the figures of a round still open, so two looks cannot show an answer given in between', async () => {
    const db = t().db.handle.db;
    const { fixture } = t();
    const open = await db
      .insertInto('fidelity_round')
      .values({
        municipality_id: fixture.municipalityId,
        instrument_id: 'test.brf-report',
        instrument_version: '1.0.0',
        model_id: MODEL,
        wave: 'named',
        name: 'Opfølgning',
        opens_on: '2026-11-01',
        closes_on: null,
        created_by: fixture.staff.leder!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('fidelity_round_unit').values(Object.values(units).map((unit_id) => ({ round_id: open.id, unit_id }))).execute();
    for (const u of Object.values(units)) {
      for (let k = 0; k < 3; k++) {
        const response = await db.insertInto('fidelity_response').values({ round_id: open.id, respondent_role: 'jobformidler', unit_id: u }).returning('id').executeTakeFirstOrThrow();
        await db.insertInto('fidelity_answer').values({ response_id: response.id, item_id: 'a1', value: 5 }).execute();
      }
    }
    const report = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&by=unit`)).json());
    assert.deepEqual(report.rounds.map((r) => [r.name, r.status, r.respondents]), [
      ['Start', 'closed', 20],
      ['Slut', 'closed', 20],
      ['Opfølgning', 'open', null],
    ]);
    for (const g of report.groups) {
      assert.ok(g.figures.every((row) => row[2]!.suppressed && row[2]!.shareAgreeing === null), g.label);
      assert.ok(g.changes.every((row) => row[1] === null), g.label);
    }
    // The unit filter is still judged by the closed rounds.
    assert.equal((await get(`/api/fidelity/report?model=${MODEL}&unit=${units.A}`)).statusCode, 200);
    const map = heatmapSchema.parse((await get(`/api/fidelity/heatmap?model=${MODEL}&round=${open.id}`)).json());
    assert.ok(map.units.every((u) => u.suppressed && u.survey.every((v) => v === null)));
    const trend = trendSchema.parse((await get(`/api/fidelity/trend?model=${MODEL}`)).json());
    assert.deepEqual(trend.rounds[2]!.sections.map((s) => s.shareAgreeing), [null, null, null]);
  });

  it('keeps a round unit below another round unit as a cell of its own, and refuses a part of a round unit', async () => {
    const db = t().db.handle.db;
    const { fixture } = t();
    const nested = await db
      .insertInto('fidelity_round')
      .values({
        municipality_id: fixture.municipalityId,
        instrument_id: 'test.brf-report',
        instrument_version: '1.0.0',
        model_id: MODEL,
        wave: 'named',
        name: 'Indlejret',
        opens_on: '2026-11-02',
        closes_on: null,
        closed_at: '2026-11-25T12:00:00Z',
        created_by: fixture.staff.leder!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('fidelity_round_unit').values([{ round_id: nested.id, unit_id: fixture.jobcentreId }, { round_id: nested.id, unit_id: units.A }]).execute();
    // Team A 4 (all agree on s1), Team B 5 and the job centre itself 3 (none agree): B's count for the job centre.
    const answers: [string, number, number][] = [[units.A, 4, 5], [units.B, 5, 2], [fixture.jobcentreId, 3, 2]];
    for (const [unit, n, value] of answers) {
      for (let k = 0; k < n; k++) {
        const response = await db.insertInto('fidelity_response').values({ round_id: nested.id, respondent_role: 'jobformidler', unit_id: unit }).returning('id').executeTakeFirstOrThrow();
        await db.insertInto('fidelity_answer').values({ response_id: response.id, item_id: 'a1', value }).execute();
      }
    }
    const report = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&by=unit&rounds=${nested.id}`)).json());
    assert.deepEqual(report.groups.map((g) => [g.label, g.figures[0]![0]!.respondents, g.figures[0]![0]!.shareAgreeing]), [
      ['I alt', 12, (100 * 4) / 12],
      ['Jobcenter Testby', 8, 0],
      ['Team A', 4, 100],
    ]);
    const teamA = fidelityReport.parse((await get(`/api/fidelity/report?model=${MODEL}&rounds=${nested.id}&unit=${units.A}`)).json());
    assert.equal(teamA.groups[0]!.figures[0]![0]!.shareAgreeing, 100);
    const part = await get(`/api/fidelity/report?model=${MODEL}&rounds=${nested.id}&unit=${units.B}`);
    assert.equal(part.statusCode, 403);
    assert.match(part.json().error.message, /er en del af Jobcenter Testby/);
  });

  it('gives an empty table with the newest instrument for a model without rounds', async () => {
    const { fixture } = t();
    const definition = { ...reportInstrument, id: 'test.stv-report', modelId: 'stv' };
    await t().db.handle.db
      .insertInto('fidelity_instrument')
      .values({ id: definition.id, version: '1.0.0', model_id: 'stv', definition: JSON.stringify(definition), builtin: false, municipality_id: fixture.municipalityId })
      .execute();
    const response = await get(`/api/fidelity/report?model=stv`);
    assert.equal(response.statusCode, 200, response.body);
    const report = fidelityReport.parse(response.json());
    // The test instrument, or a built-in one for STV where those are loaded at start.
    assert.ok(report.sections.length > 0);
    assert.deepEqual(report.rounds, []);
    assert.deepEqual(report.groups.map((g) => [g.key, g.figures]), [['total', report.sections.map(() => [])]]);
    const trend = trendSchema.parse((await get(`/api/fidelity/trend?model=stv&months=2`)).json());
    assert.deepEqual(trend.rounds, []);
    assert.ok(trend.behaviour.every((b) => b.points.length === 2));
  });
});
