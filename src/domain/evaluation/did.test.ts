import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventStudy, twfeDid, waldTest, type EventStudyResult, type PanelObservation } from './did.ts';

// Reference: scripts/reference/did-synthetic.R (lm with unit and period dummies, sandwich::vcovCL HC1 by
// municipality, Wald test of the leads computed by hand in R).
const fixtureDir = new URL('./fixtures/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('did-synthetic.json', fixtureDir), 'utf8'));
const lines = readFileSync(new URL('did-synthetic.csv', fixtureDir), 'utf8').trim().split('\n');
const header = lines[0]!.split(',');
const records = lines.slice(1).map((line) => {
  const f = line.split(',');
  const rec: Record<string, string> = {};
  header.forEach((h, i) => (rec[h] = f[i]!));
  return rec;
});

function panel(outcome: 'y' | 'y_pretrend'): PanelObservation[] {
  return records.map((r) => ({
    unit: Number(r.unit),
    period: Number(r.period),
    group: Number(r.municipality),
    start: r.start === '' ? null : Number(r.start),
    y: Number(r[outcome]),
  }));
}

// Observed agreement with R is <= 5e-10 relative (worst: a lead estimate of -1.9e-5); 1e-6 as the brief asks.
const REL = 1e-6;

function rel(actual: number, expected: number, tol: number, what: string) {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  assert.ok(err <= tol, `${what}: expected ${expected}, got ${actual} (rel err ${err})`);
}

for (const outcome of ['y', 'y_pretrend'] as const) {
  test(`TWFE coefficient, cluster-robust SE, t, p and CI equal R lm + vcovCL HC1 (${outcome})`, () => {
    const r = ref.twfe[outcome];
    const fit = twfeDid(panel(outcome));
    assert.equal(fit.n, r.n);
    assert.equal(fit.dfResidual, r.dfResidual);
    assert.equal(fit.parameters, r.rank);
    assert.equal(fit.nClusters, 20);
    for (const key of ['estimate', 'se', 't', 'p', 'ciLow', 'ciHigh'] as const) rel(fit[key], r[key], REL, key);
  });

  for (const endpoints of ['bin', 'trim'] as const) {
    test(`event study (${endpoints === "bin" ? "binned" : "trimmed"} endpoints) coefficients, SEs, CIs, vcov and lead Wald test equal R (${outcome})`, () => {
      const r = ref.event[`${outcome}_${endpoints}`];
      const es: EventStudyResult = eventStudy(panel(outcome), { leads: r.leads, lags: r.lags, endpoints });
      assert.equal(es.n, r.n);
      assert.equal(es.dfResidual, r.dfResidual);
      assert.deepEqual(es.coefficients.map((c) => c.k), r.k);
      es.coefficients.forEach((c, j) => {
        rel(c.estimate, r.estimate[j], REL, `estimate k=${c.k}`);
        rel(c.se, r.se[j], REL, `se k=${c.k}`);
        rel(c.ciLow, r.ciLow[j], REL, `ciLow k=${c.k}`);
        rel(c.ciHigh, r.ciHigh[j], REL, `ciHigh k=${c.k}`);
        es.vcov[j]!.forEach((v, l) => rel(v, r.vcov[j][l], REL, `vcov ${j},${l}`));
      });
      assert.ok(es.preTrend);
      assert.equal(es.preTrend.df, r.wald.df);
      rel(es.preTrend.statistic, r.wald.statistic, REL, 'Wald statistic');
      rel(es.preTrend.p, r.wald.p, 1e-8, 'Wald p');
    });
  }
}

test('pre-trend warning fires on the panel with a planted pre-trend and not on the flat one', () => {
  for (const endpoints of ['bin', 'trim'] as const) {
    const flat = eventStudy(panel('y'), { endpoints });
    assert.equal(flat.preTrend?.warning, null, `flat ${endpoints}: p = ${flat.preTrend?.p}`);
    const trending = eventStudy(panel('y_pretrend'), { endpoints });
    assert.equal(trending.preTrend?.warning, 'pre_trends_not_flat', `pretrend ${endpoints}: p = ${trending.preTrend?.p}`);
  }
});

test('TWFE recovers the planted +0.10 effect within its 95% CI on the flat panel', () => {
  const fit = twfeDid(panel('y'));
  assert.ok(fit.ciLow < 0.1 && 0.1 < fit.ciHigh);
});

test('TWFE on an unbalanced panel (iterative within transformation) equals R lm + vcovCL HC1', () => {
  // R: the same panel without every 7th row (0-based index % 7 === 3), fixture twfe.y_unbalanced.
  const r = ref.twfe.y_unbalanced;
  const rows = panel('y').filter((_, i) => i % 7 !== 3);
  const fit = twfeDid(rows);
  assert.equal(fit.n, r.n);
  assert.equal(fit.dfResidual, r.dfResidual);
  assert.equal(fit.parameters, r.rank);
  for (const key of ['estimate', 'se', 't', 'p', 'ciLow', 'ciHigh'] as const) rel(fit[key], r[key], REL, key);
});

test('TWFE estimate and SE are invariant to adding arbitrary unit and period effects to y', () => {
  const rows = panel('y').filter((_, i) => i % 7 !== 3);
  const a = twfeDid(rows);
  const b = twfeDid(rows.map((r) => ({ ...r, y: r.y + 0.3 * (Number(r.unit) % 5) - 0.2 * r.period })));
  rel(b.estimate, a.estimate, 1e-9, 'estimate');
  rel(b.se, a.se, 1e-9, 'se');
});

test('waldTest: one coefficient gives (b/se)^2 with 1 df', () => {
  const w = waldTest([0.2], [[0.01]]);
  rel(w.statistic, 4, 1e-12, 'statistic');
  assert.equal(w.df, 1);
  rel(w.p, 0.045500263896358473, 1e-9, 'p'); // R: pchisq(4, 1, lower.tail = FALSE)
  assert.equal(w.warning, 'pre_trends_not_flat');
});

test('rejects a unit with two different start periods', () => {
  const rows: PanelObservation[] = [
    { unit: 1, period: 1, group: 1, start: 2, y: 0 },
    { unit: 1, period: 2, group: 1, start: 3, y: 1 },
  ];
  assert.throws(() => twfeDid(rows), /more than one start/);
});
