import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../random.ts';
import { monthOfDate } from '../monitoring/months.ts';
import { benefitStateCode } from '../registers/states.ts';
import { ModelDefinitionSchema } from '../models/schema.ts';
import flereSkalMed from '../models/definitions/flere-skal-med.ts';
import stv from '../models/definitions/stv.ts';
import socialStoette from '../models/definitions/social-stoette.ts';
import { AnalysisError, analyseCohort, covariateNames, defaultCovariates, defaultTargetGroupRule, mainOutcome, runEvaluation, type CohortPanel } from './analysis.ts';
import type { AnalysisSpec } from './analysis-spec.ts';
import { buildCohort, type CohortPerson, type TreatedEntry } from './cohort.ts';

/**
 * A seeded synthetic register: every person is on kontanthjælp every week from 2017-01-02 to the
 * end of 2022 (so everyone meets the rule), with ordinary hours each month with a probability that
 * depends on education only (observed). Treatment is more likely with less education (selection
 * on an observed covariate). After the time-zero month the treated person's monthly probability
 * of ordinary hours rises by `effect` (hours when employed: 40 + floor(80 U), mean 79.5), so the
 * true ATT on hours in months 1-12 is 12 × effect × 79.5 and on the monthly any_hours `effect`.
 * `preTrend` lowers the treated persons' probability before time zero (by 0.025 per month over
 * the last 12 months, 0.3 before), a planted pre-trend.
 */
function syntheticRegister(options: { n: number; seed: number; effect: number; preTrend?: boolean }): { persons: CohortPerson[]; treated: TreatedEntry[] } {
  const rand = mulberry32(options.seed);
  const firstWeek = '2017-01-02';
  const weeks = 313;
  const firstMonth = 2017 * 12;
  const months = 72;
  const pByEducation: Record<number, number> = { 2: 0.15, 3: 0.35, 5: 0.55 };
  const treatByEducation: Record<number, number> = { 2: 0.45, 3: 0.2, 5: 0.08 };
  const persons: CohortPerson[] = [];
  const treated: TreatedEntry[] = [];
  const tzFrom = Date.UTC(2019, 6, 1);
  const tzDays = 365;
  for (let i = 0; i < options.n; i++) {
    const u = rand();
    const education = u < 0.35 ? 2 : u < 0.75 ? 3 : 5;
    const isTreated = rand() < treatByEducation[education]!;
    const tz = isTreated ? new Date(tzFrom + Math.floor(rand() * tzDays) * 86400000).toISOString().slice(0, 10) : null;
    const m0 = tz ? monthOfDate(tz) : null;
    const hours = new Array<number>(months).fill(0);
    for (let j = 0; j < months; j++) {
      const m = firstMonth + j;
      let p = pByEducation[education]!;
      if (m0 !== null && m > m0) p += options.effect;
      if (m0 !== null && options.preTrend && m <= m0) p += m >= m0 - 12 ? 0.025 * (m - m0) : -0.3;
      p = Math.min(0.99, Math.max(0.01, p));
      if (rand() < p) hours[j] = 40 + Math.floor(80 * rand());
    }
    const person = `p${String(i).padStart(5, '0')}`;
    persons.push({
      person,
      birthYear: 1965 + Math.floor(rand() * 31),
      sex: rand() < 0.5 ? 'K' : 'M',
      origin: ['danish', 'western', 'nonwestern'][Math.floor(rand() * 3)]!,
      education,
      municipality: String(101 + Math.floor(rand() * 60)),
      firstWeek,
      states: new Array<number>(weeks).fill(benefitStateCode.kontanthjaelp),
      firstMonth,
      ordinaryHours: hours,
    });
    if (tz) treated.push({ person, timeZero: tz });
  }
  return { persons, treated };
}

const rule = { states: ['kontanthjaelp' as const], atLeast: 4, ofLast: 8 };
const EFFECT = 0.2;
const TRUE_ATT_HOURS = 12 * EFFECT * 79.5;

const base = syntheticRegister({ n: 1200, seed: 8, effect: EFFECT });
const cohort = buildCohort(base.persons, base.treated, { rule, seed: 1 });
const panel: CohortPanel = new Map(base.persons.map((p) => [p.person, p]));
const hoursSpec = (method: AnalysisSpec['method'], extra: Partial<AnalysisSpec> = {}): AnalysisSpec => ({ method, outcome: 'hours', window: '1-12', ...extra });

const covers = (e: { ciLow: number; ciHigh: number }, truth: number) => e.ciLow <= truth && truth <= e.ciHigh;

test('the synthetic register has selection: the naive difference is biased and its CI misses the truth', () => {
  assert.ok(cohort.nTreated > 200 && cohort.nControl > 600, `${cohort.nTreated} treated, ${cohort.nControl} controls`);
  const r = analyseCohort(cohort.rows, hoursSpec('nearest'));
  assert.ok(r.naive !== null);
  assert.ok(!covers(r.naive, TRUE_ATT_HOURS), `naive ${r.naive.estimate} [${r.naive.ciLow}, ${r.naive.ciHigh}] vs ${TRUE_ATT_HOURS}`);
  assert.ok(TRUE_ATT_HOURS - r.naive.estimate > 50);
});

test('nearest: the matched CI covers the planted ATT, balance, constant covariates dropped, survival block', () => {
  const stages: string[] = [];
  const r = analyseCohort(cohort.rows, hoursSpec('nearest'), (s) => stages.push(s));
  assert.equal(r.estimand, 'att');
  assert.ok(covers(r.effect, TRUE_ATT_HOURS), `ATT ${r.effect.estimate} [${r.effect.ciLow}, ${r.effect.ciHigh}] vs ${TRUE_ATT_HOURS}`);
  assert.equal(r.nMatchedTreated, r.nTreated);
  assert.equal(r.nMatchedControl, r.nTreated);
  assert.deepEqual(
    r.droppedCovariates.filter((d) => d.reason === 'constant').map((d) => d.name).sort(),
    ['any_company_oriented_52', 'weeks_kontanthjaelp_104', 'weeks_kontanthjaelp_52'],
  );
  assert.ok(!r.covariates.includes('cluster'), 'no clusters given: cluster is not in the default set');
  assert.ok(r.covariates.includes('education') && r.covariates.includes('age'));
  const educationAfter = r.balance!.after.filter((b) => b.name.startsWith('education'));
  assert.equal(educationAfter.length, 3);
  for (const b of educationAfter) assert.ok(Math.abs(b.stdMeanDiff!) < 0.1, `${b.name} ${b.stdMeanDiff}`);
  assert.ok(Math.abs(r.balance!.before.find((b) => b.name === 'education2')!.stdMeanDiff!) > 0.3);
  assert.ok(Math.abs(r.meanTreated! - r.meanControl! - r.effect.estimate) < 1e-9, 'lm(y ~ treat, weights) is the difference of weighted means');
  assert.equal(r.survival!.sample, 'matched');
  assert.deepEqual(r.survival!.curves.map((c) => c.group), ['treated', 'control']);
  assert.ok(r.survival!.logRank !== null && r.survival!.logRank.p < 0.05, 'the planted effect shortens the time to hours');
  assert.ok(r.survival!.hazardRatio!.estimate > 1);
  assert.deepEqual([...new Set(stages)], ['propensity', 'matching', 'balance', 'effect', 'survival', 'done']);
  assert.ok(!r.warnings.some((w) => w.code === 'few_treated' || w.code === 'few_matched'));
});

test('cem and ipw: the CIs cover the planted ATT', () => {
  const cem = analyseCohort(cohort.rows, hoursSpec('cem', { covariates: ['education', 'sex', 'months_hours_24'], cutpoints: { months_hours_24: 3 } }));
  assert.ok(covers(cem.effect, TRUE_ATT_HOURS), `CEM ${cem.effect.estimate} [${cem.effect.ciLow}, ${cem.effect.ciHigh}]`);
  assert.ok(cem.nMatchedTreated > 200);
  assert.equal(cem.survival!.logRank, null, 'CEM weights are not all 1: no unweighted log-rank');
  assert.ok(cem.survival!.hazardRatio!.estimate > 1);
  const ipw = analyseCohort(cohort.rows, hoursSpec('ipw'));
  assert.ok(covers(ipw.effect, TRUE_ATT_HOURS), `IPW ${ipw.effect.estimate} [${ipw.effect.ciLow}, ${ipw.effect.ciHigh}]`);
  assert.ok(ipw.balance!.after.every((b) => b.stdPairDist === null));
  const edu = ipw.balance!.after.find((b) => b.name === 'education2')!;
  assert.ok(Math.abs(edu.stdMeanDiff!) < 0.1, `weighted SMD ${edu.stdMeanDiff}`);
});

test('cox: the hazard ratio of time to hours is > 1 when an effect is planted', () => {
  const r = analyseCohort(cohort.rows, { method: 'cox', outcome: 'time_to_hours', window: '1-12' });
  assert.equal(r.estimand, 'hazard_ratio');
  assert.equal(r.window, null);
  assert.ok(r.effect.estimate > 1 && r.effect.ciLow > 1, `HR ${r.effect.estimate} [${r.effect.ciLow}, ${r.effect.ciHigh}]`);
  assert.ok(Math.abs(Math.log(r.effect.estimate) / r.effect.se) > 2);
  assert.equal(r.survival!.outcome, 'time_to_hours');
  assert.throws(() => analyseCohort(cohort.rows, { method: 'cox', outcome: 'hours', window: '1-12' }), (e: unknown) => e instanceof AnalysisError && e.field === 'outcome');
});

test('did: the TWFE estimate covers the planted monthly effect, the leads are near 0 (no warning)', () => {
  const stages: string[] = [];
  const r = analyseCohort(cohort.rows, { method: 'did', outcome: 'any_hours', window: '1-12' }, (s) => stages.push(s), panel);
  assert.equal(r.estimand, 'did');
  assert.ok(covers(r.effect, EFFECT), `DiD ${r.effect.estimate} [${r.effect.ciLow}, ${r.effect.ciHigh}]`);
  assert.ok(Math.abs(r.effect.estimate - EFFECT) < 0.05);
  const points = r.eventStudy!.points;
  assert.deepEqual(points.map((p) => p.k), [-6, -5, -4, -3, -2, ...Array.from({ length: 13 }, (_, k) => k)]);
  for (const p of points.filter((q) => q.k < -1)) assert.ok(Math.abs(p.estimate) < 0.08, `lead ${p.k}: ${p.estimate}`);
  for (const p of points.filter((q) => q.k >= 0)) assert.ok(Math.abs(p.estimate - EFFECT) < 0.12, `lag ${p.k}: ${p.estimate}`);
  assert.ok(!r.warnings.some((w) => w.code === 'pre_trends_not_flat'));
  assert.ok(r.eventStudy!.preTrend!.p >= 0.05);
  assert.equal(r.balance, null);
  assert.ok(stages.includes('event_study'));
  assert.throws(() => analyseCohort(cohort.rows, { method: 'did', outcome: 'any_hours', window: '1-12' }), (e: unknown) => e instanceof AnalysisError && e.code === 'panel_missing');
});

test('did: a planted pre-trend gives pre_trends_not_flat', () => {
  const reg = syntheticRegister({ n: 1200, seed: 8, effect: EFFECT, preTrend: true });
  const { result } = runEvaluation({ persons: reg.persons, treated: reg.treated, rule }, { method: 'did', outcome: 'any_hours', window: '1-12', leads: 4, lags: 6 });
  assert.deepEqual(result.eventStudy!.points.map((p) => p.k), [-4, -3, -2, 0, 1, 2, 3, 4, 5, 6]);
  const w = result.warnings.find((x) => x.code === 'pre_trends_not_flat');
  assert.ok(w, JSON.stringify(result.warnings));
  assert.ok((w.values!.p as number) < 0.05);
});

test('runEvaluation: cohort summary, lookback warning, determinism with bootstrap', () => {
  const input = { persons: base.persons, treated: base.treated, rule };
  const spec = hoursSpec('nearest', { bootstrap: { replicates: 50, seed: 3 } });
  const stages: string[] = [];
  const a = runEvaluation(input, spec, (s) => stages.push(s));
  const b = runEvaluation(input, spec);
  assert.deepEqual(a, b);
  assert.equal(stages[0], 'cohort');
  assert.equal(stages[stages.length - 1], 'done');
  assert.equal(a.cohort.nTreated, base.treated.length);
  assert.equal(a.cohort.nControl, base.persons.length - base.treated.length);
  assert.equal(a.cohort.seed, 1);
  assert.equal(a.cohort.timeZeroFrom, [...base.treated].map((t) => t.timeZero).sort()[0]);
  assert.ok(a.cohort.timeZeroTo! <= '2020-06-30' && a.cohort.timeZeroFrom! >= '2019-07-01');
  assert.ok(a.cohort.truncatedLookback > 0);
  assert.ok(a.result.warnings.some((w) => w.code === 'lookback_truncated' && w.values!.n === a.cohort.truncatedLookback));
  assert.equal(a.result.bootstrap!.seed, 3);
  assert.ok(a.result.bootstrap!.replicates >= 49);
  assert.ok(a.result.bootstrap!.ciLow < a.result.effect.estimate && a.result.effect.estimate < a.result.bootstrap!.ciHigh);
});

test('rows without the outcome are dropped with outcome_missing_rows; few treated warn', () => {
  const rows = cohort.rows.map((r, i) => (i < 5 ? { ...r, outcomes: { ...r.outcomes, hours_1_12: null } } : r));
  const r = analyseCohort(rows, hoursSpec('nearest'));
  assert.deepEqual(r.warnings.find((w) => w.code === 'outcome_missing_rows')?.values, { n: 5 });
  assert.equal(r.nTreated + r.nControl, cohort.rows.length - 5);
  const treatedRows = cohort.rows.filter((x) => x.treat === 1).slice(0, 15);
  const few = analyseCohort([...treatedRows, ...cohort.rows.filter((x) => x.treat === 0)], hoursSpec('nearest', { covariates: ['education', 'age'] }));
  assert.deepEqual(few.warnings.find((w) => w.code === 'few_treated')?.values, { n: 15 });
  assert.ok(few.warnings.some((w) => w.code === 'few_matched'));
});

test('covariates: unknown, missing, constant and aliased', () => {
  assert.throws(
    () => analyseCohort(cohort.rows, hoursSpec('nearest', { covariates: ['age', 'shoe_size'] })),
    (e: unknown) => e instanceof AnalysisError && e.code === 'unknown_covariate' && e.field === 'covariates',
  );
  assert.throws(
    () => analyseCohort(cohort.rows, hoursSpec('nearest', { covariates: ['age', 'cluster'] })),
    (e: unknown) => e instanceof AnalysisError && e.code === 'missing_covariate' && e.field === 'covariates',
  );
  const exact = analyseCohort(cohort.rows, hoursSpec('nearest', { covariates: ['age', 'education'], exact: ['sex'] }));
  assert.deepEqual(exact.balance!.after.map((b) => b.name), ['distance', 'age', 'education2', 'education3', 'education5', 'sexK', 'sexM']);
  assert.equal(exact.balance!.after.find((b) => b.name === 'sexK')!.stdMeanDiff, 0, 'exact matching on sex balances it exactly');
  assert.throws(
    () => analyseCohort(cohort.rows, hoursSpec('nearest', { exact: ['planet'] })),
    (e: unknown) => e instanceof AnalysisError && e.field === 'exact',
  );
  // An analyst's own covariate that repeats age exactly is aliased and dropped.
  const rows = cohort.rows.map((r) => ({ ...r, covariates: { ...r.covariates, age_copy: r.covariates.age! } }));
  const r = analyseCohort(rows, hoursSpec('nearest', { covariates: ['age', 'education', 'age_copy', 'weeks_sygedagpenge_52'] }));
  assert.deepEqual(r.covariates, ['age', 'education']);
  assert.deepEqual(r.droppedCovariates, [
    { name: 'weeks_sygedagpenge_52', reason: 'constant' },
    { name: 'age_copy', reason: 'aliased' },
  ]);
  assert.throws(() => analyseCohort(cohort.rows, hoursSpec('nearest', { ratio: 0 })), (e: unknown) => e instanceof AnalysisError && e.field === 'ratio');
  assert.throws(() => analyseCohort(cohort.rows, hoursSpec('nearest', { window: '2-3' as never })), (e: unknown) => e instanceof AnalysisError && e.field === 'window');
});

test('a factor with one level among the treated (one municipality) is dropped from the propensity model; exact matching on it still works', () => {
  const rows = cohort.rows.map((r, i) => ({ ...r, covariates: { ...r.covariates, home: r.treat === 1 || i % 2 === 0 ? 'fjordby' : 'other' } }));
  const r = analyseCohort(rows, hoursSpec('nearest', { covariates: ['age', 'education', 'home'] }));
  assert.deepEqual(r.covariates, ['age', 'education']);
  assert.deepEqual(r.droppedCovariates, [{ name: 'home', reason: 'constant_in_treated' }]);
  assert.ok(!r.warnings.some((w) => w.code === 'glm_not_converged' || w.code === 'glm_separation'));
  const exact = analyseCohort(rows, hoursSpec('nearest', { covariates: ['age', 'education'], exact: ['home'] }));
  assert.ok(exact.nMatchedControl > 0);
});

test('covariateNames lists exactly what cohort.ts builds (with clusters); the defaults are among them', () => {
  const p = base.persons[0]!;
  const built = buildCohort([p], [{ person: p.person, timeZero: '2020-01-15' }], { rule, clusters: new Map([[p.municipality!, 'c1']]) });
  assert.deepEqual(Object.keys(built.rows[0]!.covariates).sort(), [...covariateNames].sort());
  for (const c of defaultCovariates) assert.ok(covariateNames.includes(c), c);
});

test('defaultTargetGroupRule and mainOutcome from the model definitions', () => {
  const fsm = ModelDefinitionSchema.parse(flereSkalMed);
  assert.deepEqual(defaultTargetGroupRule(fsm), { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 });
  assert.deepEqual(mainOutcome(fsm), { outcome: 'any_hours', window: '1-12' });
  // STV: kontanthjælp inside any_of/all_of, and membership of a ressourceforløb.
  assert.deepEqual(defaultTargetGroupRule(ModelDefinitionSchema.parse(stv)).states, ['kontanthjaelp', 'ressourceforloebsydelse']);
  assert.deepEqual(mainOutcome(ModelDefinitionSchema.parse(socialStoette)), { outcome: 'any_company_oriented', window: '1-12' });
});

test('a covariate that separates treated from controls gives the glm and balance warnings', () => {
  const rows = cohort.rows.map((r) => ({ ...r, covariates: { ...r.covariates, flag: r.treat } }));
  const r = analyseCohort(rows, hoursSpec('nearest', { covariates: ['age', 'flag'] }));
  const codes = r.warnings.map((w) => w.code);
  // Complete separation: the IRLS runs to R's 25 iterations without converging.
  assert.deepEqual(r.warnings.find((w) => w.code === 'glm_not_converged')?.values, { iterations: 25 });
  assert.ok(codes.includes('poor_balance'), codes.join(','));
  assert.equal(r.warnings.find((w) => w.code === 'poor_balance')!.values!.name, 'flag');
});

test('runEvaluation: exclusions are counted per reason; a bad rule is an error on the field rule', () => {
  const persons = base.persons.slice(0, 300);
  const treated = [...base.treated.filter((t) => persons.some((p) => p.person === t.person)), { person: 'nobody', timeZero: '2020-01-10' }];
  const { cohort: summary } = runEvaluation({ persons, treated, rule }, hoursSpec('nearest', { covariates: ['education', 'age'] }));
  assert.equal(summary.excluded.not_in_register, 1);
  assert.equal(summary.nTreated, treated.length - 1);
  assert.equal(summary.nTreated + summary.nControl, persons.length);
  assert.throws(
    () => runEvaluation({ persons, treated, rule: { states: ['kontanthjaelp'], atLeast: 9, ofLast: 8 } }, hoursSpec('nearest')),
    (e: unknown) => e instanceof AnalysisError && e.field === 'rule',
  );
});
