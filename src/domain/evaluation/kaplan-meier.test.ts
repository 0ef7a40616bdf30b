import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { kaplanMeier, kaplanMeierByGroup } from './kaplan-meier.ts';

// Reference: scripts/reference/survival-synthetic.R (R survival::survfit, quantile.survfit).
const fixtureDir = new URL('./fixtures/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('survival-synthetic.json', fixtureDir), 'utf8'));
const rows = readFileSync(new URL('survival-synthetic.csv', fixtureDir), 'utf8').trim().split('\n');
const header = rows[0]!.split(',');
const col = (name: string) => header.indexOf(name);
const data = rows.slice(1).map((line) => {
  const f = line.split(',').map(Number);
  return { time: f[col('time')]!, event: f[col('event')] === 1, group: f[col('treat')]! };
});

// R agrees to ~1e-16; 1e-12 absolute leaves room for platform rounding.
const ABS = 1e-12;

function assertClose(actual: number | null, expected: number | null, tol: number, what: string) {
  if (expected === null) {
    assert.ok(actual === null || !Number.isFinite(actual), `${what}: expected NA, got ${actual}`);
    return;
  }
  assert.ok(actual !== null, `${what}: expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected}, got ${actual}`);
}

function assertSeries(actual: (number | null)[], expected: (number | null)[], tol: number, what: string) {
  assert.equal(actual.length, expected.length, `${what}: length`);
  expected.forEach((e, i) => assertClose(actual[i] ?? null, e, tol, `${what}[${i}]`));
}

test('Kaplan-Meier by treatment reproduces survfit rows: times, n.risk, n.event, n.censor', () => {
  const curves = kaplanMeierByGroup(data);
  assert.deepEqual(curves.map((c) => c.group), ref.km_by_treat.map((g: { group: string }) => g.group));
  curves.forEach((c, k) => {
    const r = ref.km_by_treat[k];
    assert.deepEqual(c.time, r.time);
    assert.deepEqual(c.nRisk, r.n_risk);
    assert.deepEqual(c.nEvent, r.n_event);
    assert.deepEqual(c.nCensor, r.n_censor);
  });
});

test('Kaplan-Meier survival, Greenwood std.err (of the cumulative hazard) and log-type 95% band equal survfit to 1e-12', () => {
  kaplanMeierByGroup(data).forEach((c, k) => {
    const r = ref.km_by_treat[k];
    assertSeries(c.surv, r.surv, ABS, `surv ${c.group}`);
    assertSeries(c.stdErr, r.std_err, ABS, `std.err ${c.group}`);
    assertSeries(c.lower, r.lower, ABS, `lower ${c.group}`);
    assertSeries(c.upper, r.upper, ABS, `upper ${c.group}`);
  });
});

test('Kaplan-Meier median and quartiles with CI equal print(survfit) / quantile(survfit)', () => {
  kaplanMeierByGroup(data).forEach((c, k) => {
    const r = ref.km_by_treat[k];
    assertClose(c.median.estimate, r.median, 1e-12, `median ${c.group}`);
    assertClose(c.median.lower, r.median_lower, 1e-12, `median lower ${c.group}`);
    assertClose(c.median.upper, r.median_upper, 1e-12, `median upper ${c.group}`);
    c.quantiles.forEach((q, j) => {
      assert.equal(q.prob, r.quantile_probs[j]);
      assertClose(q.estimate, r.quantile[j], 1e-12, `q${q.prob} ${c.group}`);
      assertClose(q.lower, r.quantile_lower[j], 1e-12, `q${q.prob} lower ${c.group}`);
      assertClose(q.upper, r.quantile_upper[j], 1e-12, `q${q.prob} upper ${c.group}`);
    });
  });
});

test('Kaplan-Meier quantiles follow R midpoint rules on flat stretches at exactly 1 - p, and S = 0 gives NA band', () => {
  for (const [k, r] of (ref.km_small as any[]).entries()) {
    const curve = kaplanMeier(
      r.input_time.map((t: number, i: number) => ({ time: t, event: r.input_event[i] === 1 })),
      'all',
      { quantileProbs: r.quantile_probs },
    );
    assert.deepEqual(curve.time, r.time, `case ${k} time`);
    assert.deepEqual(curve.nRisk, r.n_risk, `case ${k} n.risk`);
    assert.deepEqual(curve.nEvent, r.n_event, `case ${k} n.event`);
    assert.deepEqual(curve.nCensor, r.n_censor, `case ${k} n.censor`);
    assertSeries(curve.surv, r.surv, ABS, `case ${k} surv`);
    assertSeries(curve.stdErr, r.std_err, ABS, `case ${k} std.err`);
    assertSeries(curve.lower, r.lower, ABS, `case ${k} lower`);
    assertSeries(curve.upper, r.upper, ABS, `case ${k} upper`);
    curve.quantiles.forEach((q, j) => {
      assertClose(q.estimate, r.quantile[j], 1e-12, `case ${k} q${q.prob}`);
      assertClose(q.lower, r.quantile_lower[j], 1e-12, `case ${k} q${q.prob} lower`);
      assertClose(q.upper, r.quantile_upper[j], 1e-12, `case ${k} q${q.prob} upper`);
    });
  }
});

test('case weights: integer weights give exactly the curve of the replicated rows', () => {
  const base = [
    { time: 1, event: 1 as const, weight: 2 },
    { time: 2, event: 0 as const, weight: 1 },
    { time: 2, event: 1 as const, weight: 3 },
    { time: 4, event: 1 as const, weight: 1 },
    { time: 5, event: 0 as const, weight: 2 },
    { time: 7, event: 1 as const, weight: 1 },
  ];
  const replicated = base.flatMap((o) => Array.from({ length: o.weight }, () => ({ time: o.time, event: o.event })));
  const w = kaplanMeier(base);
  const r = kaplanMeier(replicated);
  assert.deepEqual(w.time, r.time);
  assert.deepEqual(w.nRisk, r.nRisk);
  assert.deepEqual(w.nEvent, r.nEvent);
  assert.deepEqual(w.nCensor, r.nCensor);
  assert.deepEqual(w.surv, r.surv);
  assert.deepEqual(w.stdErr, r.stdErr);
  assert.deepEqual(w.lower, r.lower);
  assert.deepEqual(w.upper, r.upper);
  assert.deepEqual(w.median, r.median);
  assert.equal(w.events, r.events);
});

test('case weights: non-integer weights use weighted counts (hand-computed), weight 0 drops a row', () => {
  const km = kaplanMeier([
    { time: 1, event: 1, weight: 0.5 },
    { time: 2, event: 0, weight: 1.5 },
    { time: 3, event: 1, weight: 1 },
    { time: 3, event: 1, weight: 0 },
  ]);
  // n.risk 3 at t=1 (0.5 events), 2.5 at t=2 (censoring), 1 at t=3 (1 event).
  assert.deepEqual(km.time, [1, 2, 3]);
  assert.deepEqual(km.nRisk, [3, 2.5, 1]);
  assert.deepEqual(km.nEvent, [0.5, 0, 1]);
  assert.ok(Math.abs(km.surv[0]! - 2.5 / 3) < 1e-15);
  assert.equal(km.surv[2], 0);
  assert.ok(Math.abs(km.stdErr[0]! - Math.sqrt(0.5 / (3 * 2.5))) < 1e-15);
  assert.equal(km.n, 3);
  assert.equal(km.events, 1.5);
  assert.throws(() => kaplanMeier([{ time: 1, event: 1, weight: -1 }]), /weight/);
});
