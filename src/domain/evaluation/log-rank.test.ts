import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chiSquareCdf, chiSquareUpperTail, logRankTest, normalCdf, normalQuantile } from './log-rank.ts';

// Reference: scripts/reference/survival-synthetic.R (R survival::survdiff, stats::pchisq).
const fixtureDir = new URL('./fixtures/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('survival-synthetic.json', fixtureDir), 'utf8'));
const rows = readFileSync(new URL('survival-synthetic.csv', fixtureDir), 'utf8').trim().split('\n');
const header = rows[0]!.split(',');
const records = rows.slice(1).map((line) => {
  const f = line.split(',').map(Number);
  const rec: Record<string, number> = {};
  header.forEach((h, i) => (rec[h] = f[i]!));
  return rec;
});

function rel(actual: number, expected: number, tol: number, what: string) {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  assert.ok(err <= tol, `${what}: expected ${expected}, got ${actual} (rel err ${err})`);
}

test('log-rank test by treatment equals survdiff: observed, expected, variance, chi-square, p', () => {
  const res = logRankTest(records.map((r) => ({ time: r.time!, event: r.event === 1, group: r.treat! })));
  const lr = ref.logrank;
  assert.deepEqual(res.groups, lr.groups);
  assert.deepEqual(res.observed, lr.obs);
  res.expected.forEach((e, i) => rel(e, lr.exp[i], 1e-9, `expected[${i}]`));
  const v = lr.var as number[][]; // jsonlite writes an R matrix as an array of rows
  for (let g = 0; g < 2; g++) for (let h = 0; h < 2; h++) rel(res.variance[g]![h]!, v[g]![h]!, 1e-9, `var[${g},${h}]`);
  rel(res.chisq, lr.chisq, 1e-9, 'chisq');
  assert.equal(res.df, lr.df);
  rel(res.p, lr.p, 1e-6, 'p');
});

test('log-rank test with three groups equals survdiff on 2 df', () => {
  const label = (r: Record<string, number>) => (r.treat === 1 ? 'T' : r.female === 1 ? 'CF' : 'CM');
  const res = logRankTest(records.map((r) => ({ time: r.time!, event: r.event === 1, group: label(r) })));
  const lr = ref.logrank3;
  assert.deepEqual(res.groups, lr.groups);
  assert.deepEqual(res.observed, lr.obs);
  res.expected.forEach((e, i) => rel(e, lr.exp[i], 1e-9, `expected[${i}]`));
  rel(res.chisq, lr.chisq, 1e-9, 'chisq');
  assert.equal(res.df, 2);
  rel(res.p, lr.p, 1e-6, 'p');
});

test('chi-square tails from the regularised incomplete gamma equal R pchisq (both tails, 1e-9 relative)', () => {
  for (const c of ref.pchisq as { x: number; df: number; upper: number; lower: number }[]) {
    rel(chiSquareUpperTail(c.x, c.df), c.upper, 1e-9, `pchisq(${c.x}, ${c.df}, lower = FALSE)`);
    rel(chiSquareCdf(c.x, c.df), c.lower, 1e-9, `pchisq(${c.x}, ${c.df})`);
  }
});

test('normal quantile and CDF agree with R qnorm/pnorm constants', () => {
  rel(normalQuantile(0.975), 1.959963984540054, 1e-14, 'qnorm(0.975)');
  rel(normalQuantile(0.05), -1.6448536269514729, 1e-14, 'qnorm(0.05)');
  rel(normalCdf(-3), 0.0013498980316300946, 1e-12, 'pnorm(-3)');
  rel(normalCdf(1), 0.8413447460685429, 1e-14, 'pnorm(1)');
});
