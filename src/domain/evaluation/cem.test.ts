import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { balanceRowValues, BALANCE_COLUMNS } from './balance.ts';
import { cemBreaks, CemError, cemMatch, cemWeights, summarizeCem, type CemCovariate, type CemOptions } from './cem.ts';

/** Fixture written by scripts/reference/cem-lalonde.R (MatchIt 4.5.1, method = "cem", on LaLonde). */
interface Table {
  rownames: string[];
  colnames: string[];
  values: (number | null)[][];
}
interface Spec {
  args: Record<string, unknown>;
  subclass: (number | null)[];
  weights: number[];
  hasMatchMatrix: boolean;
  sumAll: Table;
  sumMatched: Table;
  nn: Table;
}
interface Fixture {
  ids: string[];
  treat: number[];
  data: { age: number[]; educ: number[]; race: string[]; married: number[]; nodegree: number[]; re74: number[]; re75: number[] };
  design: { colnames: string[]; columns: number[][] };
  specs: Record<string, Spec>;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/cem-lalonde.json', import.meta.url), 'utf8')) as Fixture;

const covariates: CemCovariate[] = (['age', 'educ', 'race', 'married', 'nodegree', 're74', 're75'] as const).map(
  (name) => ({ name, values: fixture.data[name] }),
);
const design = fixture.design.colnames.map((name, j) => ({ name, values: fixture.design.columns[j]! }));

/** Translates the R arguments of a specification into CemOptions. */
function optionsOf(args: Record<string, unknown>): CemOptions {
  const o: CemOptions = {};
  if (args.cutpoints !== undefined) o.cutpoints = args.cutpoints as CemOptions['cutpoints'];
  if (args.grouping !== undefined) {
    const g = args.grouping as Record<string, (string | string[])[]>;
    o.grouping = Object.fromEntries(
      Object.entries(g).map(([k, groups]) => [k, groups.map((x) => (Array.isArray(x) ? x : [x]))]),
    );
  }
  if (args.k2k === true) {
    assert.equal(args['k2k.method'], 'NULL', 'only k2k.method = NULL is implemented');
    o.k2k = true;
  }
  return o;
}

function close(actual: number, expected: number, tol: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} vs ${expected}`,
  );
}

describe('coarsened exact matching reproduces MatchIt 4.5.1 on LaLonde', () => {
  for (const [name, spec] of Object.entries(fixture.specs)) {
    describe(name, () => {
      const result = cemMatch(fixture.treat, covariates, optionsOf(spec.args));

      it('assigns the same subclasses, with the same numbering', () => {
        assert.deepEqual(result.subclass, spec.subclass);
      });

      it('gives the same ATT weights (1e-12)', () => {
        assert.equal(result.weights.length, spec.weights.length);
        result.weights.forEach((w, i) => close(w, spec.weights[i]!, 1e-12, `weight ${fixture.ids[i]}`));
      });

      const summary = summarizeCem({
        treat: fixture.treat,
        covariates: design,
        weights: result.weights,
        subclass: result.subclass,
      });

      it('reports the same sample sizes ($nn)', () => {
        const nn = summary.nn;
        const ours = [
          [nn.control.allEss, nn.treated.allEss],
          [nn.control.all, nn.treated.all],
          [nn.control.matchedEss, nn.treated.matchedEss],
          [nn.control.matched, nn.treated.matched],
          [nn.control.unmatched, nn.treated.unmatched],
          [nn.control.discarded, nn.treated.discarded],
        ];
        ours.forEach((row, r) => row.forEach((v, c) => close(v, spec.nn.values[r]![c]!, 1e-12, `nn ${r},${c}`)));
      });

      it('reports the same balance before matching (sum.all, 1e-9)', () => {
        assert.deepEqual(summary.sumAll.map((r) => r.name), spec.sumAll.rownames);
        summary.sumAll.forEach((row, r) => {
          balanceRowValues(row).forEach((v, c) => {
            const e = spec.sumAll.values[r]![c]!;
            if (e === null) assert.equal(v, null, `${row.name} ${BALANCE_COLUMNS[c]}`);
            else close(v!, e, 1e-9, `${row.name} ${BALANCE_COLUMNS[c]}`);
          });
        });
      });

      it('reports the same balance after matching (sum.matched, 1e-9)', () => {
        assert.deepEqual(spec.sumMatched.colnames, [...BALANCE_COLUMNS]);
        assert.deepEqual(
          summary.sumMatched.map((r) => r.name),
          spec.sumMatched.rownames,
        );
        summary.sumMatched.forEach((row, r) => {
          balanceRowValues(row).forEach((v, c) => {
            const e = spec.sumMatched.values[r]![c]!;
            const what = `${row.name} ${BALANCE_COLUMNS[c]}`;
            if (e === null) assert.equal(v, null, what);
            else close(v!, e, 1e-9, what);
          });
        });
      });
    });
  }
});

describe('cemBreaks', () => {
  it('uses Sturges equal-width bins over [min, max] by default (not hist() pretty breaks)', () => {
    const x = Array.from({ length: 10 }, (_, i) => i); // k = ceiling(log2(10) + 1) = 5 bins over [0, 9]
    assert.deepEqual(cemBreaks(x, 'sturges'), [1, 2, 3, 4].map((i) => i * (9 / 5)));
    assert.deepEqual(cemBreaks(x, 3), [3, 6]);
  });
  it('sorts and de-duplicates user cut points', () => {
    assert.deepEqual(cemBreaks([1, 2, 3], [30, 20, 20, 25]), [20, 25, 30]);
  });
});

describe('cemMatch', () => {
  it('drops strata without both groups and weights controls n1/n0 rescaled to the matched controls', () => {
    const treat = [1, 0, 0, 1, 1, 0, 1];
    const g = ['a', 'a', 'a', 'b', 'b', 'b', 'c'];
    const r = cemMatch(treat, [{ name: 'g', values: g }]);
    assert.deepEqual(r.subclass, [1, 1, 1, 2, 2, 2, null]);
    // raw control weights: a 1/2, 1/2; b 2/1; sum 3 over 3 controls: unchanged
    assert.deepEqual(r.weights, [1, 0.5, 0.5, 1, 1, 2, 0]);
    assert.deepEqual(cemWeights(treat, r.subclass), r.weights);
  });
  it('fails when no stratum has both treated and control units', () => {
    assert.throws(() => cemMatch([1, 0], [{ name: 'g', values: ['a', 'b'] }]), CemError);
  });
  it('k2k pairs the i-th treated with the i-th control within a stratum', () => {
    const treat = [1, 0, 0, 1, 1, 0, 0];
    const g = ['a', 'a', 'a', 'a', 'a', 'b', 'a'];
    const r = cemMatch(treat, [{ name: 'g', values: g }], { k2k: true });
    // stratum a: treated 0, 3, 4 with controls 1, 2, 6 (data order); b has no treated unit
    assert.deepEqual(r.subclass, [1, 1, 2, 2, 3, null, 3]);
    assert.deepEqual(r.weights, [1, 1, 1, 1, 1, 0, 1]);
  });
});
