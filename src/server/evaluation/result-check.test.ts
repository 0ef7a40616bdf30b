import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisResult, CohortSummary } from '../../domain/evaluation/analysis-spec.ts';
import { checkAnswer, finiteOrNull } from './result-check.ts';

const estimate = { estimate: 0.1, se: 0.05, ciLow: 0, ciHigh: 0.2, p: 0.04 };
const row = { name: 'age', meansTreated: 40, meansControl: 41, stdMeanDiff: 0.1, varRatio: 1, ecdfMean: 0.1, ecdfMax: 0.2, stdPairDist: 0.3 };
const result = (change: Partial<AnalysisResult> = {}): AnalysisResult => ({
  method: 'nearest',
  outcome: 'any_hours',
  window: '1-12',
  estimand: 'att',
  level: 0.95,
  effect: estimate,
  bootstrap: null,
  naive: null,
  meanTreated: 0.5,
  meanControl: 0.4,
  nTreated: 10,
  nControl: 20,
  nMatchedTreated: 10,
  nMatchedControl: 10,
  covariates: ['age'],
  droppedCovariates: [],
  balance: { before: [row], after: [{ ...row, varRatio: Number.NaN }] },
  sampleSizes: null,
  survival: null,
  eventStudy: null,
  warnings: [],
  ...change,
});
const cohort: CohortSummary = {
  nTreated: 10,
  nControl: 20,
  excluded: { not_in_register: 0, not_in_target_group: 0, missing_birth_year: 0, never_qualifies: 0, exposed: 0 },
  nullOutcomes: {},
  truncatedLookback: 0,
  rule: { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 },
  seed: 1,
  timeZeroFrom: '2018-01-01',
  timeZeroTo: '2018-06-01',
};

test('non-finite numbers become null, deep in arrays and objects', () => {
  assert.deepEqual(finiteOrNull({ a: [1, Number.NaN, { b: Infinity }], c: 'x', d: null }), { a: [1, null, { b: null }], c: 'x', d: null });
});

test("a NaN where the schema allows null is served as null; elsewhere the answer is refused with the path", () => {
  const ok = checkAnswer(cohort, result());
  assert.ok(ok.ok);
  assert.equal(ok.result.balance!.after[0]!.varRatio, null);
  const survival: AnalysisResult['survival'] = { outcome: 'time_to_hours', sample: 'matched', curves: [], logRank: null, hazardRatio: { ...estimate, ciHigh: Infinity } };
  const unknownHr = checkAnswer(cohort, result({ survival, naive: estimate }));
  assert.ok(unknownHr.ok);
  assert.equal(unknownHr.result.survival!.hazardRatio, null, 'a hazard ratio with an infinite bound is left out');
  assert.deepEqual(unknownHr.result.naive, estimate, 'a finite block stays');
  const bad = checkAnswer(cohort, result({ effect: { ...estimate, ciHigh: Infinity } }));
  assert.equal(bad.ok, false);
  assert.match(!bad.ok ? bad.problem : '', /^result\.effect\.ciHigh: /);
});
