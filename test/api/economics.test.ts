/**
 * The economics API on both databases: permissions (403 for a job broker,
 * 404 outside a leder's units), validation (400 with the problem's path and
 * code), 002's average municipality saved and computed to the domain's
 * numbers (91,800 per citizen at 50.4; 121,800 and 68,100 in the
 * sensitivity), citizens a year counted from a small course fixture, a
 * scenario with the calibrated prices reproducing archetype D, a scenario
 * from an entered effect and from a saved analysis, the archetypes, the
 * XLSX downloads opened with exceljs, and the audit trail of the writes.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import ExcelJS from 'exceljs';
import {
  archetypeScenario,
  computeCost,
  roundToStep,
  socialSupport002CostInput,
  socialSupport002UnitPrices,
} from '../../src/domain/economics/index.ts';
import {
  archetypesResponse,
  costComputeResponse,
  costModelDetail,
  costModelsResponse,
  priceSetsResponse,
  scenarioComputeResponse,
  scenarioDetail,
  type NewCostModel,
} from '../../src/server/routes/economics/schemas.ts';
import { syncBuiltinPriceSets } from '../../src/store/economics/price-sets.ts';
import { periodYears } from '../../src/store/economics/citizens.ts';
import { insertCourse } from '../helpers/cases.ts';
import { addTestCitizen } from '../helpers/citizens.ts';
import { forEachDatabase } from '../helpers/suite.ts';

const MODEL = 'social-stoette';
const { citizensPerYear: _c, modelId: _m, ...example } = socialSupport002CostInput;
const domainCost = computeCost(socialSupport002CostInput);
if (!domainCost.ok) throw new Error('the 002 example does not compute');
const builtinPrices = { id: socialSupport002UnitPrices.id, version: socialSupport002UnitPrices.version };

forEachDatabase('economics API', (t) => {
  let leder = '';
  let analytiker = '';
  let jobformidler = '';
  let otherMunicipality = '';
  let exampleId = '';

  before(async () => {
    const { db: handle, fixture } = t();
    const db = handle.handle.db;
    leder = await t().login('leder');
    analytiker = await t().login('analytiker');
    jobformidler = await t().login('jobformidler');
    otherMunicipality = (await db.insertInto('unit').values({ kind: 'municipality', name: 'Andetby Kommune', parent_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    // Courses of the model: three citizens started in team A in 2024-2025 (one of them twice), one in
    // team B, one in team A before the period, one of another model, one moved to team B after starting in team A.
    const responsible = fixture.staff.jobformidler!.id;
    const citizen = async (name: string, unitId: string) => (await addTestCitizen(db, { firstName: name, unitId, responsibleStaffId: responsible })).id;
    const course = (citizenId: string, unitId: string, enrolmentDate: string, modelId = MODEL) => insertCourse(db, { citizenId, unitId, modelId, enrolmentDate, phase: 'forloeb' });
    const a1 = await citizen('A1', fixture.teamA);
    const first = await course(a1, fixture.teamA, '2024-02-01');
    await db.updateTable('course').set({ end_date: '2024-06-30', end_reason: 'Afsluttet' }).where('id', '=', first).execute();
    await course(a1, fixture.teamA, '2025-03-01');
    await course(await citizen('A2', fixture.teamA), fixture.teamA, '2024-05-15');
    const moved = await citizen('A3', fixture.teamA);
    const movedCourse = await course(moved, fixture.teamA, '2025-12-31');
    // Moved to team B later: it still counts where it started.
    await db.updateTable('course_unit').set({ to_date: '2026-01-31' }).where('course_id', '=', movedCourse).execute();
    await db.insertInto('course_unit').values({ course_id: movedCourse, unit_id: fixture.teamB, from_date: '2026-02-01' }).execute();
    await db.updateTable('course').set({ unit_id: fixture.teamB }).where('id', '=', movedCourse).execute();
    await course(await citizen('B1', fixture.teamB), fixture.teamB, '2024-09-09');
    await course(await citizen('A-before', fixture.teamA), fixture.teamA, '2023-12-31');
    await course(await citizen('A-other-model', fixture.teamA), fixture.teamA, '2024-04-01', 'flere-skal-med');
  });

  const body = (overrides: Partial<NewCostModel> = {}): NewCostModel => ({
    unitId: t().fixture.teamA,
    modelId: MODEL,
    name: '002 gennemsnitskommune',
    periodFrom: '2024-01-01',
    periodTo: '2025-12-31',
    citizensPerYear: 50.4,
    input: example as NewCostModel['input'],
    ...overrides,
  });
  const post = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'POST', url, payload: payload as object });
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });

  it('refuses a job broker (403) and lets leder and analytiker read', async () => {
    for (const url of ['/api/economics/cost-models', '/api/economics/scenarios', '/api/economics/archetypes', '/api/economics/unit-prices', `/api/economics/catalogue?modelId=${MODEL}`]) {
      assert.equal((await get(jobformidler, url)).statusCode, 403, url);
      assert.equal((await get(leder, url)).statusCode, 200, url);
    }
    assert.equal((await post(jobformidler, '/api/economics/cost-models', body())).statusCode, 403);
    assert.equal((await post(jobformidler, '/api/economics/cost/compute', body())).statusCode, 403);
  });

  it('refuses an invalid input with the problem path and code (400), and stores nothing', async () => {
    const bad = structuredClone(example) as unknown as { items: { lines: Record<string, unknown>[] }[]; overheadRate: unknown };
    bad.items[0]!.lines[0]!.roleId = 'ghost';
    bad.overheadRate = 'much';
    const response = await post(leder, '/api/economics/cost-models', body({ input: bad as unknown as NewCostModel['input'] }));
    assert.equal(response.statusCode, 400, response.body);
    const fields = response.json().error.fields;
    assert.equal(fields['input.items[0].lines[0].roleId'], 'unknown_role');
    assert.equal(fields['input.overheadRate'], 'not_a_number');
    // Neither entered nor counted citizens: the citizens field is named.
    const none = await post(leder, '/api/economics/cost-models', body({ citizensPerYear: null, periodFrom: '2010-01-01', periodTo: '2010-12-31' }));
    assert.equal(none.statusCode, 400);
    assert.equal(none.json().error.fields.citizensPerYear, 'not_positive');
    const unknownModel = await post(leder, '/api/economics/cost-models', body({ modelId: 'no-such-model' }));
    assert.equal(unknownModel.json().error.fields.modelId, 'unknown_value');
    const list = costModelsResponse.parse((await get(analytiker, '/api/economics/cost-models')).json());
    assert.equal(list.costModels.length, 0);
  });

  it("saves 002's average municipality and computes the domain's numbers: 91,800 per citizen at 50.4", async () => {
    const created = await post(leder, '/api/economics/cost-models', body());
    assert.equal(created.statusCode, 201, created.body);
    exampleId = created.json().id;
    const detail = costModelDetail.parse((await get(leder, `/api/economics/cost-models/${exampleId}?sensitivity=38,50.4,68`)).json());
    assert.ok(detail.result.ok);
    assert.deepEqual(detail.result.cost, domainCost.value);
    assert.equal(roundToStep(detail.result.cost.total.perCitizen, 100), 91_800);
    assert.equal(roundToStep(detail.result.cost.establishment.perCitizen, 100), 4_400);
    assert.equal(roundToStep(detail.result.cost.operation.perCitizen, 100), 87_500);
    assert.deepEqual(detail.result.sensitivity.map((s) => roundToStep(s.totalPerCitizen, 100)), [121_800, 91_800, 68_100]);
    assert.deepEqual(detail.citizens, { entered: 50.4, fromCaseData: { citizens: 3, years: 2, perYear: 1.5 }, used: 50.4, source: 'entered' });
    assert.equal(detail.createdBy, 'Test leder');
    const audit = await t().db.handle.db.selectFrom('audit_event').select(['action', 'detail']).where('action', '=', 'economics.cost_model.create').execute();
    assert.equal(audit.length, 1);
    assert.equal((audit[0]!.detail as { costModel: string }).costModel, exampleId);
  });

  it('counts citizens a year from the case data: distinct starts of the model in the unit and below, in the period', async () => {
    assert.equal(periodYears('2024-01-01', '2025-12-31'), 2);
    const compute = async (unitId: string, citizensPerYear: number | null) => {
      const response = await post(leder, '/api/economics/cost/compute', { ...body({ unitId, citizensPerYear }), name: undefined });
      assert.equal(response.statusCode, 200, response.body);
      return costComputeResponse.parse(response.json());
    };
    // Job centre: A1 (twice), A2, A3 (moved to B after starting in A) and B1 = 4 citizens over 2 years.
    const centre = await compute(t().fixture.jobcentreId, null);
    assert.deepEqual(centre.citizens, { entered: null, fromCaseData: { citizens: 4, years: 2, perYear: 2 }, used: 2, source: 'case_data' });
    assert.ok(centre.result.ok);
    assert.equal(centre.result.cost.total.perCitizen, domainCost.value.total.perYear / 2);
    // Team B alone: only B1 (A3 started in team A).
    const teamB = await compute(t().fixture.teamB, null);
    assert.deepEqual(teamB.citizens.fromCaseData, { citizens: 1, years: 2, perYear: 0.5 });
    // An entered number overrides the count; both are shown.
    const entered = await compute(t().fixture.jobcentreId, 10);
    assert.deepEqual([entered.citizens.used, entered.citizens.fromCaseData.perYear, entered.citizens.source], [10, 2, 'entered']);
    // The live preview returns problems with their values instead of a 400.
    const bad = structuredClone(example) as unknown as { operatingPeriod: { years: number } };
    bad.operatingPeriod.years = 0.3;
    const problems = costComputeResponse.parse((await post(leder, '/api/economics/cost/compute', body({ input: bad as unknown as NewCostModel['input'] }))).json());
    assert.deepEqual(problems.result, { ok: false, problems: [{ path: 'operatingPeriod.years', code: 'not_integer', values: { step: 0.25 } }] });
  });

  it("keeps a leder to their own units: 400 for writing outside, 404 for reading another's", async () => {
    const outside = await post(leder, '/api/economics/cost-models', body({ unitId: otherMunicipality }));
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().error.fields.unitId, 'unknown_value');
    const theirs = await post(analytiker, '/api/economics/cost-models', body({ unitId: otherMunicipality, name: 'Andetby' }));
    assert.equal(theirs.statusCode, 201, theirs.body);
    const id = theirs.json().id;
    assert.equal((await get(leder, `/api/economics/cost-models/${id}`)).statusCode, 404);
    assert.equal((await get(leder, `/api/economics/cost-models/${id}/export.xlsx`)).statusCode, 404);
    assert.equal((await t().request(leder, { method: 'DELETE', url: `/api/economics/cost-models/${id}` })).statusCode, 404);
    const leders = costModelsResponse.parse((await get(leder, '/api/economics/cost-models')).json()).costModels.map((m) => m.name);
    const analysts = costModelsResponse.parse((await get(analytiker, '/api/economics/cost-models')).json()).costModels.map((m) => m.name);
    assert.deepEqual(leders, ['002 gennemsnitskommune']);
    assert.deepEqual(new Set(analysts), new Set(['002 gennemsnitskommune', 'Andetby']));
    assert.equal((await t().request(analytiker, { method: 'DELETE', url: `/api/economics/cost-models/${id}` })).statusCode, 204);
    assert.equal((await get(analytiker, `/api/economics/cost-models/${id}`)).statusCode, 404);
  });

  it('replaces a cost model with PUT (audited) and validates it as a new one', async () => {
    const changed = await t().request(leder, { method: 'PUT', url: `/api/economics/cost-models/${exampleId}`, payload: body({ citizensPerYear: 38 }) });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().updatedBy, 'Test leder');
    const detail = costModelDetail.parse((await get(leder, `/api/economics/cost-models/${exampleId}`)).json());
    assert.ok(detail.result.ok);
    assert.equal(roundToStep(detail.result.cost.total.perCitizen, 100), 121_800);
    const bad = await t().request(leder, { method: 'PUT', url: `/api/economics/cost-models/${exampleId}`, payload: body({ citizensPerYear: -1 }) });
    assert.equal(bad.statusCode, 400);
    await t().request(leder, { method: 'PUT', url: `/api/economics/cost-models/${exampleId}`, payload: body() });
    const audit = await t().db.handle.db.selectFrom('audit_event').select('action').where('action', '=', 'economics.cost_model.update').execute();
    assert.equal(audit.length, 2);
  });

  it('lists the built-in calibrated price set, written once however often the start runs', async () => {
    assert.equal(await syncBuiltinPriceSets(t().db.handle.db), 0);
    const sets = priceSetsResponse.parse((await get(leder, '/api/economics/unit-prices')).json()).priceSets;
    assert.equal(sets.length, 1);
    assert.deepEqual(sets[0]!.set, socialSupport002UnitPrices);
    assert.equal(sets[0]!.builtin, true);
    assert.equal((await get(leder, `/api/economics/unit-prices/${builtinPrices.id}/${builtinPrices.version}`)).statusCode, 200);
    assert.equal((await get(leder, `/api/economics/unit-prices/${builtinPrices.id}/nope`)).statusCode, 404);
  });

  it('enters a price set version (audited), refuses a bad one with paths and a taken version with 409', async () => {
    const set = {
      id: 'testby-user',
      version: '2024-1',
      name: 'Testby: egne priser',
      priceYear: 2020,
      status: 'user',
      source: { citation: 'Testby Kommune, budget 2024', extra: 'dropped' },
      prices: [
        { consequence: 'flex_job_week', municipality: 1_000, state: 500 },
        { consequence: 'labour_market_week', municipality: 1_811, state: 1_089 },
      ],
    };
    assert.equal((await post(jobformidler, '/api/economics/unit-prices', set)).statusCode, 403);
    const bad = await post(leder, '/api/economics/unit-prices', { ...set, priceYear: 20.5, source: { note: 7 }, prices: [{ consequence: 'flex_job_week', municipality: 'x', state: 1 }, { consequence: 'flex_job_week', municipality: 1, state: 1 }] });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.fields, { priceYear: 'not_integer', 'source.note': 'unknown_value', 'prices[0].municipality': 'not_a_number', 'prices[1].consequence': 'duplicate_consequence' });
    const created = await post(leder, '/api/economics/unit-prices', set);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().builtin, false);
    assert.deepEqual(created.json().set.source, { citation: 'Testby Kommune, budget 2024' });
    assert.equal((await post(leder, '/api/economics/unit-prices', set)).statusCode, 409);
    const audit = await t().db.handle.db.selectFrom('audit_event').select(['staff_username', 'detail']).where('action', '=', 'economics.unit_prices.create').execute();
    assert.deepEqual(audit.map((a) => [a.staff_username, (a.detail as { id: string }).id]), [['leder', 'testby-user']]);
    // A flex-job scenario is valued at the new set: 2 weeks a year for 3 years from year 1, investment 5,000.
    const computed = scenarioComputeResponse.parse(
      (
        await post(leder, '/api/economics/scenarios/compute', {
          unitPrices: { id: set.id, version: set.version },
          input: { priceYear: 2020, investmentPerCitizen: { municipality: 5_000, state: 0 }, changes: [{ consequence: 'flex_job_week', quantityPerYear: 2 }], horizonYears: 3 },
        })
      ).json(),
    );
    assert.ok(computed.result.ok);
    assert.deepEqual(computed.result.scenario.perCitizen.net, { municipality: 1_000, state: 3_000, total: 4_000 });
  });

  it("reproduces 002's archetype D with the calibrated prices in a saved scenario", async () => {
    const created = await post(leder, '/api/economics/scenarios', { unitId: t().fixture.teamA, name: 'Arketype D', unitPrices: builtinPrices, input: archetypeScenario('D') });
    assert.equal(created.statusCode, 201, created.body);
    const detail = scenarioDetail.parse((await get(leder, `/api/economics/scenarios/${created.json().id}`)).json());
    assert.ok(detail.result.ok);
    const net = detail.result.scenario.perCitizen.net;
    assert.deepEqual([net.municipality, net.state, net.total].map((x) => roundToStep(x, 100)), [59_700, 78_400, 138_100]);
    assert.equal(detail.result.scenario.perCitizen.years.length, 7);
    assert.equal(detail.result.evidence, null);
    // Another municipality's scenario is unknown to the leder, listed for the analytiker.
    const theirs = await post(analytiker, '/api/economics/scenarios', { unitId: otherMunicipality, name: 'Andetby D', unitPrices: builtinPrices, input: archetypeScenario('D') });
    assert.equal(theirs.statusCode, 201, theirs.body);
    assert.equal((await get(leder, `/api/economics/scenarios/${theirs.json().id}`)).statusCode, 404);
    assert.equal((await get(leder, `/api/economics/scenarios/${theirs.json().id}/export.xlsx`)).statusCode, 404);
    assert.equal((await t().request(leder, { method: 'DELETE', url: `/api/economics/scenarios/${theirs.json().id}` })).statusCode, 404);
    assert.ok(!(await get(leder, '/api/economics/scenarios')).json().scenarios.some((x: { id: string }) => x.id === theirs.json().id));
    assert.ok((await get(analytiker, '/api/economics/scenarios')).json().scenarios.some((x: { id: string }) => x.id === theirs.json().id));
    assert.equal((await t().request(analytiker, { method: 'DELETE', url: `/api/economics/scenarios/${theirs.json().id}` })).statusCode, 204);
    // The XLSX: the year-by-year sheet ends with the cumulative total.
    const xlsx = await get(leder, `/api/economics/scenarios/${created.json().id}/export.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Input', 'Resultat', 'Konsekvenser', 'År']);
    const years = workbook.getWorksheet('År')!;
    assert.equal(years.rowCount, 8);
    assert.equal(roundToStep(years.getRow(8).getCell(7).value as number, 100), 138_100);
  });

  it("takes a scenario's investment from a cost model, and refuses bad scenarios with paths", async () => {
    const { investmentPerCitizen: _i, ...withoutInvestment } = archetypeScenario('D');
    const response = await post(leder, '/api/economics/scenarios/compute', { unitPrices: builtinPrices, costModelId: exampleId, input: withoutInvestment });
    const computed = scenarioComputeResponse.parse(response.json());
    assert.ok(computed.result.ok, response.body);
    assert.equal(computed.result.scenario.perCitizen.investment.municipality, domainCost.value.total.perCitizen);
    // Saved, the scenario keeps the cost model from being deleted under it.
    const saved = await post(leder, '/api/economics/scenarios', { unitId: t().fixture.teamA, name: 'D med egne omkostninger', unitPrices: builtinPrices, costModelId: exampleId, input: withoutInvestment });
    assert.equal(saved.statusCode, 201, saved.body);
    const refused = await t().request(leder, { method: 'DELETE', url: `/api/economics/cost-models/${exampleId}` });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.fields.id, 'in_use');
    const detail = scenarioDetail.parse((await get(leder, `/api/economics/scenarios/${saved.json().id}`)).json());
    assert.ok(detail.result.ok);
    assert.equal(detail.result.scenario.perCitizen.investment.municipality, domainCost.value.total.perCitizen);
    const bad = await post(leder, '/api/economics/scenarios', {
      unitId: t().fixture.teamA,
      name: 'Dårlig',
      unitPrices: builtinPrices,
      input: { ...archetypeScenario('D'), horizonYears: 0, changes: [{ consequence: 'flex_job_week', quantityPerYear: 2 }] },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.fields, { 'input.horizonYears': 'out_of_range', 'input.changes[0].consequence': 'unit_price_missing' });
    const unknownPrices = await post(leder, '/api/economics/scenarios/compute', { unitPrices: { id: 'x', version: '1' }, input: archetypeScenario('D') });
    assert.deepEqual(unknownPrices.json().result.problems.map((p: { path: string }) => p.path), ['unitPrices']);
  });

  it('gives the net result as an interval from an entered effect estimate', async () => {
    const response = await post(leder, '/api/economics/scenarios/compute', {
      unitPrices: builtinPrices,
      input: archetypeScenario('D'),
      evidence: { source: 'entered', consequence: 'labour_market_week', estimate: 6, ciLow: 2, ciHigh: 10, windowMonths: 12, level: 0.95 },
    });
    const computed = scenarioComputeResponse.parse(response.json());
    assert.ok(computed.result.ok && computed.result.evidence, response.body);
    const total = computed.result.evidence.netPerCitizen.total;
    assert.ok(total.low < total.estimate && total.estimate < total.high);
    // 6 weeks a year replaces D's 12; D's 8 days of home support stay.
    assert.deepEqual(computed.result.evidence.quantityPerYear, { estimate: 6, low: 2, high: 10 });
    assert.equal(total.estimate, computed.result.scenario.perCitizen.net.total);
    const reversed = await post(leder, '/api/economics/scenarios/compute', {
      unitPrices: builtinPrices,
      input: archetypeScenario('D'),
      evidence: { source: 'entered', consequence: 'labour_market_week', estimate: 6, ciLow: 8, ciHigh: 10, windowMonths: 12 },
    });
    assert.deepEqual(reversed.json().result.problems.map((p: { path: string; code: string }) => [p.path, p.code]), [['evidence', 'ci_order']]);
  });

  it("reads the effect of a saved evaluation analysis of the caller's municipality", async () => {
    const db = t().db.handle.db;
    const { fixture } = t();
    const analysis = async (municipalityId: string, result: Record<string, unknown>) =>
      (
        await db
          .insertInto('evaluation_analysis')
          .values({
            name: 'Test',
            model_id: MODEL,
            municipality_id: municipalityId,
            request: '{}',
            cohort: '{}',
            result: JSON.stringify(result),
            reproducibility: '{}',
            spec_sha256: 'a'.repeat(64),
            created_by: fixture.staff.analytiker!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const att = { estimand: 'att', outcome: 'self_sufficient_weeks', window: '1-6', level: 0.95, effect: { estimate: 3, se: 1, ciLow: 1, ciHigh: 5, p: 0.003 }, bootstrap: { ciLow: 0, ciHigh: 6, replicates: 200, seed: 1 } };
    const own = await analysis(fixture.municipalityId, att);
    const elsewhere = await analysis(otherMunicipality, att);
    const hazard = await analysis(fixture.municipalityId, { ...att, estimand: 'hazard_ratio', outcome: 'time_to_hours', window: null });
    const hours = await analysis(fixture.municipalityId, { ...att, outcome: 'hours' });
    const evidence = (analysisId: string, extra: Record<string, unknown> = {}) => ({
      unitPrices: builtinPrices,
      input: archetypeScenario('D'),
      evidence: { source: 'analysis', analysisId, consequence: 'labour_market_week', ...extra },
    });
    const compute = async (payload: unknown) => (await post(leder, '/api/economics/scenarios/compute', payload)).json();

    const computed = scenarioComputeResponse.parse(await compute(evidence(own)));
    assert.ok(computed.result.ok && computed.result.evidence);
    assert.deepEqual(computed.analysis, { analysisId: own, outcome: 'self_sufficient_weeks', window: '1-6', estimand: 'att', interval: 'analytic', estimate: 3, ciLow: 1, ciHigh: 5, windowMonths: 6, level: 0.95 });
    // 3 weeks over 6 months is 6 weeks a year; the level is carried through.
    assert.deepEqual(computed.result.evidence.quantityPerYear, { estimate: 6, low: 2, high: 10 });
    assert.equal(computed.result.evidence.level, 0.95);
    assert.equal(computed.result.evidence.analysisId, own);
    const bootstrap = scenarioComputeResponse.parse(await compute(evidence(own, { interval: 'bootstrap' })));
    assert.ok(bootstrap.result.ok && bootstrap.result.evidence);
    assert.deepEqual(bootstrap.result.evidence.quantityPerYear, { estimate: 6, low: 0, high: 12 });

    const refusal = async (payload: unknown) => (await compute(payload)).result.problems.map((p: { path: string; values: { reason: string } }) => [p.path, p.values.reason]);
    assert.deepEqual(await refusal(evidence(elsewhere)), [['evidence.analysisId', 'not_found']]);
    assert.deepEqual(await refusal(evidence('not-a-uuid')), [['evidence.analysisId', 'not_found']]);
    assert.deepEqual(await refusal(evidence(hazard)), [['evidence.analysisId', 'not_a_difference']]);
    assert.deepEqual(await refusal(evidence(hours)), [['evidence.consequence', 'outcome_unit']]);
    assert.deepEqual(await refusal(evidence(own, { consequence: 'home_support_day' })), [['evidence.consequence', 'outcome_unit']]);

    const saved = await post(leder, '/api/economics/scenarios', { ...evidence(own), unitId: fixture.teamA, name: 'Fra analysen' });
    assert.equal(saved.statusCode, 201, saved.body);
    const detail = scenarioDetail.parse((await get(leder, `/api/economics/scenarios/${saved.json().id}`)).json());
    assert.ok(detail.result.ok && detail.result.evidence);
    assert.equal(detail.analysis?.analysisId, own);
    const xlsx = await get(leder, `/api/economics/scenarios/${saved.json().id}/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const interval = workbook.getWorksheet('Interval')!;
    assert.deepEqual([1, 2, 3, 4].map((c) => interval.getRow(2).getCell(c).value), ['Mængde pr. borger pr. år', 6, 2, 10]);
  });

  it("computes 002's archetypes against the published figures", async () => {
    const response = archetypesResponse.parse((await get(analytiker, '/api/economics/archetypes')).json());
    assert.deepEqual(response.archetypes.map((a) => a.id), ['A', 'B', 'C', 'D']);
    for (const a of response.archetypes.filter((x) => x.id !== 'C')) assert.deepEqual(a.computedRounded, a.published, a.id);
    const c = response.archetypes.find((a) => a.id === 'C')!;
    assert.deepEqual([c.computedRounded.municipality, c.computedRounded.total], [27_400, 92_800]);
    assert.deepEqual(response.archetypes.map((a) => a.usedForCalibration), [false, true, false, true]);
  });

  it('exports a cost model as a workbook with inputs, results, breakdowns and sensitivity', async () => {
    const response = await get(leder, `/api/economics/cost-models/${exampleId}/export.xlsx?sensitivity=38,50.4,68`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /omkostninger-002-gennemsnitskommune\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Input', 'Poster', 'Resultat', 'Pr. post', 'Pr. rolle', 'Pr. kategori', 'Pr. kvartal', 'Følsomhed']);
    const result = workbook.getWorksheet('Resultat')!;
    assert.equal(result.getRow(4).getCell(1).value, 'I alt');
    assert.equal(result.getRow(4).getCell(4).value, domainCost.value.total.perCitizen);
    const sensitivity = workbook.getWorksheet('Følsomhed')!;
    assert.deepEqual([2, 3, 4].map((r) => roundToStep(sensitivity.getRow(r).getCell(4).value as number, 100)), [121_800, 91_800, 68_100]);
  });

  it('deletes scenarios and cost models (audited)', async () => {
    const list = (await get(leder, '/api/economics/scenarios')).json().scenarios as { id: string }[];
    assert.ok(list.length >= 1);
    for (const s of list) assert.equal((await t().request(leder, { method: 'DELETE', url: `/api/economics/scenarios/${s.id}` })).statusCode, 204);
    assert.equal((await t().request(leder, { method: 'DELETE', url: `/api/economics/cost-models/${exampleId}` })).statusCode, 204);
    const actions = await t().db.handle.db.selectFrom('audit_event').select('action').where('action', 'like', 'economics.%delete').execute();
    // These scenarios and the cost model, and Andetby's cost model and scenario deleted earlier.
    assert.equal(actions.length, list.length + 3);
  });
});
