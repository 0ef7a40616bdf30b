import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { matchMatrixIds, nearestNeighbourMatch, type NearestOptions } from './nearest.ts';

/** Fixture written by scripts/reference/matchit-lalonde.R (MatchIt 4.5.1 on the LaLonde data). */
interface Table {
  rownames: string[];
  colnames: string[];
  values: (number | null)[][];
}
interface Spec {
  args: Record<string, unknown>;
  distance: number[];
  caliperRaw: number | null;
  matchMatrix: { rownames: string[]; rows: (string | null)[][] };
  subclass: (number | null)[] | null;
  weights: number[];
  sumAll: Table;
  sumMatched: Table;
  nn: Table;
}
interface Fixture {
  ids: string[];
  treat: number[];
  design: { colnames: string[]; columns: number[][] };
  specs: Record<string, Spec>;
  probes: { treat: number[]; ids: string[]; distance: number[]; noCaliper: string; rawCaliper001: string };
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/matchit-lalonde.json', import.meta.url), 'utf8'),
) as Fixture;

function column(name: string): number[] {
  const j = fixture.design.colnames.indexOf(name);
  assert.ok(j >= 0, `design column ${name}`);
  return fixture.design.columns[j]!;
}

/** Translates the R arguments of a specification into NearestOptions. */
function optionsOf(args: Record<string, unknown>): NearestOptions {
  // The fixture was produced by MatchIt 4.5.1 on Debian, with the bugs documented on the option.
  const o: NearestOptions = { emulateMatchIt451Bugs: true };
  if (typeof args.ratio === 'number') o.ratio = args.ratio;
  if (args.replace === true) o.replace = true;
  if (typeof args.caliper === 'number') o.caliper = args.caliper;
  if (typeof args['m.order'] === 'string') o.mOrder = args['m.order'] as NearestOptions['mOrder'];
  if (args.exact === '~married') o.exact = column('married');
  else if (args.exact === '~race') {
    const races = ['raceblack', 'racehispan', 'racewhite'].map(column);
    o.exact = fixture.ids.map((_, i) => races.findIndex((c) => c[i] === 1));
  } else if (args.exact !== undefined) throw new Error(`unsupported exact ${String(args.exact)}`);
  return o;
}

describe('nearest-neighbour matching reproduces MatchIt 4.5.1 on LaLonde', () => {
  for (const [name, spec] of Object.entries(fixture.specs)) {
    describe(name, () => {
      const result = nearestNeighbourMatch(fixture.treat, spec.distance, optionsOf(spec.args));

      it('applies the caliper in SDs of the distance over all units', () => {
        if (spec.caliperRaw === null) assert.equal(result.caliperRaw, null);
        else assert.ok(Math.abs(result.caliperRaw! - spec.caliperRaw) <= 1e-12 * spec.caliperRaw);
      });

      it('gives the same match matrix', () => {
        assert.deepEqual(matchMatrixIds(result, fixture.ids), spec.matchMatrix);
      });

      it('numbers subclasses as MatchIt does', () => {
        assert.deepEqual(result.subclass, spec.subclass);
      });

      it('gives the same weights to 1e-12', () => {
        assert.equal(result.weights.length, spec.weights.length);
        spec.weights.forEach((w, i) => {
          assert.ok(Math.abs(result.weights[i]! - w) <= 1e-12, `unit ${fixture.ids[i]}: ${result.weights[i]} vs ${w}`);
        });
      });
    });
  }
});

describe('nearest-neighbour matching details', () => {
  it('prefers the control below when equally far, and the neighbour in sorted order among tied controls', () => {
    // treated at 0.5; controls at 0.4 and 0.6 are equally far: the left (smaller) one wins.
    const r = nearestNeighbourMatch([0, 1, 0], [0.6, 0.5, 0.4]);
    assert.deepEqual(r.matchMatrix, [[2]]);
    // two controls with the same distance below the treated unit: the one adjacent in the stable
    // sort, i.e. the later in the data, is reached first from the left.
    const s = nearestNeighbourMatch([0, 0, 1], [0.3, 0.3, 0.5]);
    assert.deepEqual(s.matchMatrix, [[1]]);
    // ... and above it the earlier in the data.
    const u = nearestNeighbourMatch([1, 0, 0], [0.1, 0.3, 0.3]);
    assert.deepEqual(u.matchMatrix, [[1]]);
  });

  it('leaves a treated unit unmatched when no control is within the caliper', () => {
    const r = nearestNeighbourMatch([1, 0, 1, 0], [0.9, 0.1, 0.2, 0.15], { caliper: 0.1, stdCaliper: false });
    assert.deepEqual(r.matchMatrix, [[null], [3]]);
    assert.deepEqual(r.weights, [0, 0, 1, 1]);
    assert.deepEqual(r.subclass, [null, null, 1, 1]);
  });
});

describe('MatchIt 4.5.1 integer abs() (probe fixture)', () => {
  const p = fixture.probes;
  const idOf = (v: number | null | undefined) => (v === null || v === undefined ? null : p.ids[v]!);

  it('with emulation, takes the control below although the one above is closer, as R did', () => {
    const r = nearestNeighbourMatch(p.treat, p.distance, { emulateMatchIt451Bugs: true });
    assert.equal(idOf(r.matchMatrix[0]![0]), p.noCaliper);
  });

  it('with emulation, a raw caliper below 1 excludes nothing, as R did', () => {
    const r = nearestNeighbourMatch(p.treat, p.distance, { emulateMatchIt451Bugs: true, caliper: 0.01, stdCaliper: false });
    assert.equal(idOf(r.matchMatrix[0]![0]), p.rawCaliper001);
  });

  it('by default, takes the truly nearest control and honours the caliper', () => {
    assert.equal(idOf(nearestNeighbourMatch(p.treat, p.distance).matchMatrix[0]![0]), 'c2');
    const r = nearestNeighbourMatch(p.treat, p.distance, { caliper: 0.01, stdCaliper: false });
    assert.equal(r.matchMatrix[0]![0], null);
  });
});

describe('k:1 matching without the 4.5.1 index bug', () => {
  it('never skips the control that follows a matched one in data order', () => {
    // Controls at 0.45 (index 0) and 0.40 (index 1); treated at 0.46 (index 2). Round 1 takes
    // index 0. MatchIt 4.5.1 then skips index 0 + 1 = 1 in round 2 and finds nothing (checked in
    // R 4.5.1: match.matrix c1, NA); the correct version takes index 1.
    const s = nearestNeighbourMatch([0, 0, 1], [0.45, 0.4, 0.46], { ratio: 2 });
    assert.deepEqual(s.matchMatrix, [[0, 1]]);
    const b = nearestNeighbourMatch([0, 0, 1], [0.45, 0.4, 0.46], { ratio: 2, emulateMatchIt451Bugs: true });
    assert.deepEqual(b.matchMatrix, [[0, null]]);
  });
});
