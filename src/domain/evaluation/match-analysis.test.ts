import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyseMatch, parseDataCsv, MatchAnalysisError, type MatchAnalysisSpec } from './match-analysis.ts';
import { BALANCE_COLUMNS, balanceRowValues, type BalanceRow } from './balance.ts';

/**
 * fixtures/lalonde.csv is MatchIt's public `lalonde` data (see fixtures/README.md); the R numbers come
 * from scripts/reference/{glm,matchit,att}-lalonde.R (R 4.2.2, MatchIt 4.5.1, sandwich 3.0.2).
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const table = parseDataCsv(fixture('lalonde.csv'));

interface Table {
  rownames: string[];
  colnames: string[];
  values: (number | null)[][];
}
interface MatchSpec {
  args: Record<string, unknown>;
  matchMatrix: { rownames: string[]; rows: (string | null)[][] };
  subclass: (number | null)[] | null;
  weights: number[];
  caliperRaw: number | null;
  sumAll: Table;
  sumMatched: Table;
}
const matchit = JSON.parse(fixture('matchit-lalonde.json')) as { specs: Record<string, MatchSpec> };
const glm = JSON.parse(fixture('glm-lalonde.json')) as {
  unweighted: { coefficients: Record<string, number>; standardErrors: Record<string, number> };
};
interface CoefTable {
  names: string[];
  coef: number[];
  se: number[];
  t: number[];
  p: number[];
  ci_low: number[];
  ci_high: number[];
  df: number;
}
const att = JSON.parse(fixture('att-lalonde.json')) as { matched: { fit1: { cl: CoefTable } } };

const covariates = ['age', 'educ', 'race', 'married', 'nodegree', 're74', 're75'];
const base: MatchAnalysisSpec = { treatment: 'treat', covariates, outcome: 're78' };

/** |a - e| <= rel * |e| + abs. */
function close(actual: number | null, expected: number | null, what: string, rel = 1e-6, abs = 1e-9): void {
  if (expected === null) {
    assert.equal(actual, null, `${what}: expected NA, got ${actual}`);
    return;
  }
  assert.ok(actual !== null, `${what}: got null, expected ${expected}`);
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected) + abs, `${what}: ${actual} vs ${expected}`);
}

function compareBalance(rows: readonly BalanceRow[], expected: Table, label: string): void {
  assert.deepEqual(expected.colnames, [...BALANCE_COLUMNS]);
  assert.deepEqual(
    rows.map((r) => r.name),
    expected.rownames,
  );
  rows.forEach((row, i) => {
    balanceRowValues(row).forEach((v, j) => close(v, expected.values[i]![j]!, `${label} ${row.name} ${expected.colnames[j]}`));
  });
}

/** The R arguments of a matchit-lalonde.json specification as a MatchAnalysisSpec (with 4.5.1 emulation). */
function specOf(args: Record<string, unknown>): MatchAnalysisSpec {
  return {
    ...base,
    emulateMatchIt: '4.5.1',
    ratio: typeof args.ratio === 'number' ? args.ratio : undefined,
    replace: args.replace === true,
    caliper: typeof args.caliper === 'number' ? args.caliper : null,
    mOrder: typeof args['m.order'] === 'string' ? (args['m.order'] as MatchAnalysisSpec['mOrder']) : undefined,
    distance: args.link === 'linear.logit' ? 'logit' : 'ps',
    exact: typeof args.exact === 'string' ? [args.exact.replace(/^~/, '')] : [],
  };
}

describe('parseDataCsv reads a CSV file as R read.csv does', () => {
  it('reads the lalonde columns: numbers as numbers, race as text', () => {
    assert.deepEqual(table.columns, ['id', 'treat', 'age', 'educ', 'race', 'married', 'nodegree', 're74', 're75', 're78']);
    assert.equal(table.rows.length, 614);
    assert.deepEqual(table.rows[0], {
      id: 'NSW1', treat: 1, age: 37, educ: 11, race: 'black', married: 1, nodegree: 1, re74: 0, re75: 0, re78: 9930.046,
    });
  });

  it('detects ; as separator, treats empty and NA cells as missing, keeps a column with any text as text', () => {
    const t = parseDataCsv('\uFEFFa;b;c\r\n1;x;NA\r\n2,5;3;\r\n');
    assert.deepEqual(t.columns, ['a', 'b', 'c']);
    assert.deepEqual(t.rows, [
      { a: '1', b: 'x', c: null },
      { a: '2,5', b: '3', c: null },
    ]);
  });

  it('refuses a row with the wrong number of fields and a duplicate column', () => {
    assert.throws(() => parseDataCsv('a,b\n1,2\n3\n'), /line 3 has 1 fields, the header 2/);
    assert.throws(() => parseDataCsv('a,a\n1,2\n'), /column "a" occurs twice/);
  });
});

describe('analyseMatch with --emulate-matchit 4.5.1 reproduces MatchIt 4.5.1 on lalonde (default spec)', () => {
  const result = analyseMatch(table, { ...base, emulateMatchIt: '4.5.1' });
  const spec = matchit.specs.default!;

  it('fits the propensity model as glm(): coefficients and SEs to 1e-6 relative', () => {
    assert.deepEqual(result.glm.names, Object.keys(glm.unweighted.coefficients));
    result.glm.names.forEach((name, j) => {
      close(result.glm.coefficients[j]!, glm.unweighted.coefficients[name]!, `coef ${name}`, 1e-6, 0);
      close(result.glm.standardErrors[j]!, glm.unweighted.standardErrors[name]!, `se ${name}`, 1e-6, 0);
    });
  });

  it('matches the same controls (match.matrix by id), subclasses and weights', () => {
    assert.deepEqual(
      result.pairs.map((p) => p.treated),
      spec.matchMatrix.rownames,
    );
    assert.deepEqual(
      result.pairs.map((p) => p.controls),
      spec.matchMatrix.rows,
    );
    assert.deepEqual(result.subclass, spec.subclass);
    result.weights.forEach((w, i) => close(w, spec.weights[i]!, `weight ${i}`, 0, 1e-12));
    assert.deepEqual([result.nTreated, result.nControl, result.nMatchedTreated, result.nMatchedControl], [185, 429, 185, 185]);
  });

  it('reports the ATT with vcovCL(cluster = ~subclass) SE, t, p and 95% CI of lmtest to 1e-6', () => {
    const cl = att.matched.fit1.cl;
    assert.equal(result.att.vcov, 'cluster');
    assert.equal(result.att.df, cl.df);
    close(result.att.estimate, cl.coef[1]!, 'ATT');
    close(result.att.estimate, 770.3901678378411, 'ATT (literal)');
    close(result.att.se, cl.se[1]!, 'SE');
    close(result.att.se, 701.5750622005226, 'SE (literal)');
    close(result.att.t, cl.t[1]!, 't');
    close(result.att.p, cl.p[1]!, 'p');
    close(result.att.ciLow, cl.ci_low[1]!, 'CI low');
    close(result.att.ciHigh, cl.ci_high[1]!, 'CI high');
  });

  it("reports balance before and after as summary(m) (MatchIt's all-level dummies for race)", () => {
    compareBalance(result.balance.before, spec.sumAll, 'before');
    compareBalance(result.balance.after, spec.sumMatched, 'after');
  });
});

describe('analyseMatch maps every option onto the matching as matchit() does (4.5.1 emulation)', () => {
  for (const [name, spec] of Object.entries(matchit.specs)) {
    it(`${name} (${JSON.stringify(spec.args)}) gives MatchIt's match matrix, weights, caliper and balance`, () => {
      const result = analyseMatch(table, specOf(spec.args));
      assert.deepEqual(
        result.pairs.map((p) => p.controls),
        spec.matchMatrix.rows,
      );
      result.weights.forEach((w, i) => close(w, spec.weights[i]!, `weight ${i}`, 0, 1e-12));
      if (spec.caliperRaw === null) assert.equal(result.caliperRaw, null);
      else close(result.caliperRaw, spec.caliperRaw, 'caliper', 1e-9, 0);
      assert.deepEqual(result.subclass, spec.subclass);
      compareBalance(result.balance.after, spec.sumMatched, `${name} after`);
      assert.equal(result.att.vcov, spec.args.replace === true ? 'HC3' : 'cluster');
    });
  }
});

describe('analyseMatch without emulation matches as MatchIt intends', () => {
  const result = analyseMatch(table, base);
  const expected = matchit.specs.default!.matchMatrix.rows;

  it('differs from MatchIt 4.5.1 in exactly 6 of the 185 matched pairs (the integer abs() bug)', () => {
    const differing = result.pairs.filter((p, r) => p.controls[0] !== expected[r]![0]);
    assert.equal(differing.length, 6);
    assert.equal(result.nMatchedTreated, 185);
    assert.equal(result.nMatchedControl, 185);
  });

  it('takes the nearest control: no treated unit has a nearer control that is unused', () => {
    // Greedy matching in order largest first: at its turn each treated unit took the nearest control
    // not yet used; check that the chosen one is at most as far as any control not used by then.
    const ids = table.rows.map((r) => r.id as string);
    const index = new Map(ids.map((id, i) => [id, i]));
    const d = result.distance;
    const order = result.pairs
      .map((p, r) => ({ r, t: index.get(p.treated as string)! }))
      .sort((a, b) => d[b.t]! - d[a.t]! || a.t - b.t);
    const used = new Set<number>();
    for (const { r, t } of order) {
      const c = index.get(result.pairs[r]!.controls[0] as string)!;
      for (let j = 0; j < ids.length; j++) {
        if (table.rows[j]!.treat === 0 && !used.has(j)) assert.ok(Math.abs(d[c]! - d[t]!) <= Math.abs(d[j]! - d[t]!), `${ids[t]}`);
      }
      used.add(c);
    }
  });

  it('gives the ATT of those matches (differs from 4.5.1: 894.37 vs 770.39)', () => {
    close(result.att.estimate, 894.367480270276, 'ATT', 1e-9);
    assert.ok(result.att.ciLow < result.att.estimate && result.att.estimate < result.att.ciHigh);
  });

  it('names units by row number when there is no id column', () => {
    const noId = { columns: table.columns.filter((c) => c !== 'id'), rows: table.rows.map(({ id: _id, ...rest }) => rest) };
    const r = analyseMatch(noId, base);
    assert.equal(r.pairKey.kind, 'row');
    assert.equal(r.pairs[0]!.treated, 1);
    assert.deepEqual(
      r.pairs.map((p) => p.controls.map((c) => (c === null ? null : table.rows[(c as number) - 1]!.id))),
      result.pairs.map((p) => p.controls),
    );
  });
});

describe('analyseMatch refuses bad input with a message naming the problem', () => {
  it('a missing column', () => {
    assert.throws(() => analyseMatch(table, { ...base, covariates: ['age', 'nope'] }), /covariate column "nope" is not in the data/);
    assert.throws(() => analyseMatch(table, { ...base, outcome: 'nope' }), MatchAnalysisError);
  });
  it('a treatment that is not 0/1', () => {
    assert.throws(() => analyseMatch(table, { ...base, treatment: 'educ', covariates: ['age'] }), /must be 0 or 1; data row 1 has 11/);
    assert.throws(() => analyseMatch(table, { ...base, treatment: 'race', covariates: ['age'] }), /treatment "race" must be numeric/);
  });
  it('an outcome that is not numeric', () => {
    assert.throws(() => analyseMatch(table, { ...base, outcome: 'id' }), /outcome "id" must be numeric; data row 1 has "NSW1"/);
  });
  it('a caliper so narrow that nothing matches', () => {
    const x = [3.1, 0.5, 4.2, 1.6, 5.3, 2.7, 6.4, 3.8, 7.5, 4.9];
    const small = { columns: ['treat', 'x', 'y'], rows: x.map((v, i) => ({ treat: (i + 1) % 2, x: v, y: i })) };
    const spec = { treatment: 'treat', covariates: ['x'], outcome: 'y' };
    assert.throws(() => analyseMatch(small, { ...spec, caliper: 0.001 }), /no treated unit found a control/);
    assert.equal(analyseMatch(small, { ...spec, caliper: 0.25 }).nMatchedTreated, 2);
    assert.equal(analyseMatch(small, spec).nMatchedControl, 5);
  });
});

describe('analyseMatch gives the ATT of match.data() + lm() + coeftest() for further specifications (4.5.1 emulation)', () => {
  /** scripts/reference/match-analysis-lalonde.R: vcovCL by subclass without replacement, vcovHC HC3 with. */
  interface PipelineSpec {
    args: Record<string, unknown>;
    vcov: 'cluster' | 'HC3';
    n_matched_treated: number;
    n_matched_control: number;
    att: number;
    se: number;
    t: number;
    p: number;
    ci_low: number;
    ci_high: number;
    df: number;
  }
  const pipeline = JSON.parse(fixture('match-analysis-lalonde.json')) as { specs: Record<string, PipelineSpec> };
  for (const [name, expected] of Object.entries(pipeline.specs)) {
    it(`${name} (${JSON.stringify(expected.args)}): ATT, ${expected.vcov} SE, t, p, CI and df to 1e-6`, () => {
      const result = analyseMatch(table, specOf(expected.args));
      assert.equal(result.att.vcov, expected.vcov);
      assert.equal(result.nMatchedTreated, expected.n_matched_treated);
      assert.equal(result.nMatchedControl, expected.n_matched_control);
      assert.equal(result.att.df, expected.df);
      close(result.att.estimate, expected.att, 'ATT');
      close(result.att.se, expected.se, 'SE');
      close(result.att.t, expected.t, 't');
      close(result.att.p, expected.p, 'p');
      close(result.att.ciLow, expected.ci_low, 'CI low');
      close(result.att.ciHigh, expected.ci_high, 'CI high');
    });
  }
});

describe('analyseMatch reports balance on exact-matching variables that are not covariates, as summary(m)', () => {
  const pipeline = JSON.parse(fixture('match-analysis-lalonde.json')) as {
    exactOutsideFormula: { covariates: string[]; exact: string; sumAll: Table; sumMatched: Table };
  };
  const expected = pipeline.exactOutsideFormula;
  it(`${expected.covariates.join(' + ')} with exact = ~${expected.exact}: the exact variable's levels come after the covariates`, () => {
    const result = analyseMatch(table, {
      ...base,
      covariates: expected.covariates,
      exact: [expected.exact],
      emulateMatchIt: '4.5.1',
    });
    compareBalance(result.balance.before, expected.sumAll, 'before');
    compareBalance(result.balance.after, expected.sumMatched, 'after');
  });
});
