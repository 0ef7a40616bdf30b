/**
 * Sensitivity of the cost per citizen to the number of citizens a year
 * (002 Figure 6-3): the yearly costs are held constant and only the number of
 * participants varies.
 */
import type { CostResult } from './cost-model.ts';
import { ProblemList, type EconomicsResult } from './problems.ts';

export interface SensitivityRow {
  citizensPerYear: number;
  establishmentPerCitizen: number;
  operationPerCitizen: number;
  totalPerCitizen: number;
}

/** Cost per citizen at each number of citizens a year (each > 0), in the order given. */
export function costSensitivity(cost: CostResult, citizensPerYear: readonly number[]): EconomicsResult<SensitivityRow[]> {
  const p = new ProblemList();
  if (!Array.isArray(citizensPerYear) || citizensPerYear.length === 0) p.add('citizensPerYear', 'required');
  else citizensPerYear.forEach((n, i) => p.positive(`citizensPerYear[${i}]`, n));
  if (!p.empty) return { ok: false, problems: p.problems };
  return {
    ok: true,
    value: citizensPerYear.map((n) => ({
      citizensPerYear: n,
      establishmentPerCitizen: cost.establishment.perYear / n,
      operationPerCitizen: cost.operation.perYear / n,
      totalPerCitizen: cost.total.perYear / n,
    })),
  };
}

