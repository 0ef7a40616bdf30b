/**
 * Unit prices implied by published scenario results (calibrated, not
 * official). A scenario's net result for an actor is
 *
 *   net_k = −investment + S × Σ_c q_kc × p_c,   S = Σ_{t=offset}^{offset+h−1} (1 + r)^−t,
 *
 * so n published results with n consequences give a linear system in the n
 * prices, per actor. Only S × p is identified: the prices hold under the
 * discount rate, horizon and start they were derived under (recorded in the
 * set). 002 publishes results but not the SØM prices (§6.2.1, footnote 21).
 */
import type { SourceRef } from '../rules/source.ts';
import { discountSum } from './money.ts';
import { ProblemList, type EconomicsResult } from './problems.ts';
import type { ScenarioChange } from './scenario.ts';
import { consequenceIds, type ConsequenceId, type UnitPriceSet } from './unit-prices.ts';

/** A published result: the scenario's changes and its net result per citizen. */
export interface CalibrationPoint {
  id: string;
  changes: ScenarioChange[];
  published: { municipality: number; state: number };
}

export interface CalibrationInput {
  id: string;
  version: string;
  priceYear: number;
  source: SourceRef | null;
  /** The consequences to price; as many as points. */
  consequences: ConsequenceId[];
  points: CalibrationPoint[];
  investmentPerCitizen: { municipality: number; state: number };
  horizonYears: number;
  startOffsetYears: number;
  discountRate: number;
}

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    const scaleOfColumn = Math.max(...m.map((row) => Math.abs(row[col]!)));
    if (scaleOfColumn === 0 || Math.abs(m[pivot]![col]!) <= 1e-12 * scaleOfColumn) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  // + 0 turns −0 into 0, which JSON cannot carry.
  return m.map((row, i) => row[n]! / row[i]! + 0);
}

/** The unit prices that reproduce the published points exactly. */
export function calibrateUnitPrices(input: CalibrationInput): EconomicsResult<UnitPriceSet> {
  const p = new ProblemList();
  const n = input.consequences.length;
  if (n === 0) p.add('consequences', 'required');
  input.consequences.forEach((c, i) => {
    if (!(consequenceIds as readonly string[]).includes(c)) p.add(`consequences[${i}]`, 'unknown_value', { value: String(c) });
    else if (input.consequences.indexOf(c) !== i) p.add(`consequences[${i}]`, 'duplicate_consequence', { consequence: c });
  });
  if (input.points.length !== n) p.add('points', 'out_of_range', { min: n, max: n });
  input.points.forEach((pt, i) => {
    p.number(`points[${i}].published.municipality`, pt.published?.municipality);
    p.number(`points[${i}].published.state`, pt.published?.state);
    pt.changes.forEach((c, j) => {
      p.number(`points[${i}].changes[${j}].quantityPerYear`, c.quantityPerYear);
      if (!input.consequences.includes(c.consequence)) p.add(`points[${i}].changes[${j}].consequence`, 'unknown_value', { value: c.consequence });
    });
  });
  p.number('investmentPerCitizen.municipality', input.investmentPerCitizen.municipality);
  p.number('investmentPerCitizen.state', input.investmentPerCitizen.state);
  p.integer('horizonYears', input.horizonYears, 1, 100);
  p.integer('startOffsetYears', input.startOffsetYears, 0, 50);
  p.range('discountRate', input.discountRate, 0, 1);
  p.integer('priceYear', input.priceYear, 1900, 2200);
  if (!p.empty) return { ok: false, problems: p.problems };

  const s = discountSum(input.discountRate, input.startOffsetYears, input.horizonYears);
  const a = input.points.map((pt) => input.consequences.map((c) => s * pt.changes.filter((x) => x.consequence === c).reduce((q, x) => q + x.quantityPerYear, 0)));
  const solve = (actor: 'municipality' | 'state') =>
    solveLinear(
      a,
      input.points.map((pt) => pt.published[actor] + input.investmentPerCitizen[actor]),
    );
  const municipality = solve('municipality');
  const state = solve('state');
  if (!municipality || !state) return { ok: false, problems: [{ path: 'points', code: 'calibration_singular' }] };
  return {
    ok: true,
    value: {
      id: input.id,
      version: input.version,
      priceYear: input.priceYear,
      status: 'calibrated',
      source: input.source,
      calibratedUnder: { discountRate: input.discountRate, horizonYears: input.horizonYears, startOffsetYears: input.startOffsetYears },
      prices: input.consequences.map((consequence, i) => ({ consequence, municipality: municipality[i]!, state: state[i]! })),
    },
  };
}
