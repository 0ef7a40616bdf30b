import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { da } from '../../i18n/da.ts';
import { en } from '../../i18n/en.ts';
import { format, type Translate } from '../../i18n/index.tsx';
import type { BalanceRow } from '../../api/evaluation.ts';
import { fieldId, fieldOfPath } from './fields.ts';
import { covariateLabel, formatEffect, formatLevel, formatP, lovePlotRows, runErrorText } from './format.ts';
import { curveAt } from './SurvivalSection.tsx';

const tDa: Translate = (key, params) => format(da[key], params);
const tEn: Translate = (key, params) => format(en[key], params);

describe('effects in the outcome unit', () => {
  test('a 0/1 outcome is shown in signed percentage points, hours and weeks as they are', () => {
    assert.equal(formatEffect(tDa, 'da-DK', { estimand: 'att', outcome: 'any_hours' }, 0.0423), '+4,2 procentpoint');
    assert.equal(formatEffect(tDa, 'da-DK', { estimand: 'att', outcome: 'any_hours' }, -0.1), '−10,0 procentpoint');
    assert.equal(formatEffect(tDa, 'da-DK', { estimand: 'did', outcome: 'hours' }, 12.34), '+12,3 timer');
    assert.equal(formatEffect(tEn, 'en-GB', { estimand: 'att', outcome: 'self_sufficient_weeks' }, 2), '+2.0 weeks');
    // The employment degree is a percentage already: no factor 100.
    assert.equal(formatEffect(tDa, 'da-DK', { estimand: 'att', outcome: 'employment_degree' }, 3.25), '+3,3 procentpoint');
  });

  test('a hazard ratio has no sign and no unit; levels of a 0/1 outcome are per cent', () => {
    assert.equal(formatEffect(tDa, 'da-DK', { estimand: 'hazard_ratio', outcome: 'time_to_hours' }, 1.234), '1,23');
    assert.equal(formatLevel(tDa, 'da-DK', 'any_hours', 0.42), '42,0 %');
    assert.equal(formatP('da-DK', 0.00001), '< 0,001');
    assert.equal(formatP('da-DK', 0.0456), '0,046');
  });
});

describe('names', () => {
  test('covariates read as words, factor levels with their factor, unknown names as they are', () => {
    assert.equal(covariateLabel(tDa, 'weeks_kontanthjaelp_52'), 'Uger på kontanthjælp, seneste år');
    assert.equal(covariateLabel(tDa, 'weeks_sygedagpenge_260'), 'Uger på sygedagpenge, seneste 5 år');
    assert.equal(covariateLabel(tDa, 'months_hours_24'), 'Måneder med løntimer, seneste 2 år');
    assert.equal(covariateLabel(tDa, 'sex_male'), 'Køn: male');
    assert.equal(covariateLabel(tDa, 'something_else'), 'something_else');
  });

  test('a failed run code has a Danish sentence, or names the code', () => {
    assert.equal(runErrorText(tDa, { code: 'few_treated', message: 'x' }), 'Der er for få deltagere til en analyse.');
    assert.equal(runErrorText(tDa, { code: 'strange', message: 'x' }), 'Analysen fejlede (strange).');
  });
});

describe('API error paths to form fields', () => {
  test('Zod paths and AnalysisError fields land on the control that holds them', () => {
    assert.equal(fieldOfPath('cohort.treated.unitId'), 'unitId');
    assert.equal(fieldOfPath('cohort.rule.atLeast'), 'atLeast');
    assert.equal(fieldOfPath('cohort.rule'), 'states');
    assert.equal(fieldOfPath('analysis.bootstrap.replicates'), 'bootstrap');
    assert.equal(fieldOfPath('cohort.treated.csv'), 'csv');
    assert.equal(fieldOfPath('treated'), 'csv');
    assert.equal(fieldOfPath('analysis.covariates.2'), 'covariates');
    assert.equal(fieldOfPath('nonsense'), null);
    assert.equal(fieldOfPath(null), null);
    assert.equal(fieldId('atLeast'), 'eval-at-least');
  });
});

describe('figures', () => {
  const row = (name: string, smd: number | null): BalanceRow => ({ name, meansTreated: 0, meansControl: 0, stdMeanDiff: smd, varRatio: null, ecdfMean: null, ecdfMax: null, stdPairDist: null });

  test('the love plot leaves out the distance, takes absolute values and puts the worst imbalance at the top', () => {
    const rows = lovePlotRows([row('distance', 1), row('age', -0.5), row('sex_male', 0.05), row('x', null)], [row('age', 0.02), row('sex_male', -0.01)]);
    assert.deepEqual(
      rows.map((r) => [r.name, r.before, r.after]),
      [
        ['sex_male', 0.05, 0.01],
        ['age', 0.5, 0.02],
      ],
    );
  });

  test('a Kaplan-Meier curve at a month is the step before it, 1 before the first time, unknown after its end', () => {
    const curve = { group: 'treated' as const, n: 10, events: 3, time: [2, 5, 12], surv: [0.9, 0.7, 0.6], lower: [0.8, 0.5, null], upper: [1, 0.9, null], nRisk: [10, 8, 5], median: null };
    assert.deepEqual(curveAt(curve, 1), { surv: 1, lower: 1, upper: 1 });
    assert.deepEqual(curveAt(curve, 6), { surv: 0.7, lower: 0.5, upper: 0.9 });
    assert.deepEqual(curveAt(curve, 12), { surv: 0.6, lower: null, upper: null });
    assert.equal(curveAt(curve, 18), null);
  });
});
