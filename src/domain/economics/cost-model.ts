/**
 * The cost model (002 §6.1, §7.3): what a model costs a municipality per year
 * and per participating citizen.
 *
 * - hourly cost of a role = annual salary / productive hours × (1 + overhead);
 * - an item's cost = Σ hours × hourly cost + Σ other amounts, in `priceYear` prices;
 * - establishment per year = establishment total × annuity-due factor
 *   (discount rate, operating period in years);
 * - operation per year = operation total / operating period in years;
 * - per citizen = per year / citizens per year; total = establishment + operation.
 */
import {
  defaultEstablishmentDiscountRate,
  defaultOverheadRate,
  defaultProductiveHoursPerYear,
  type CostLine,
  type CostModelInput,
  type CostPhase,
  type OtherCostCategory,
} from './cost-items.ts';
import { validateCostModel } from './cost-validation.ts';
import { annuityDueFactor } from './money.ts';
import { priceFactor } from './price-index.ts';
import type { EconomicsResult } from './problems.ts';

/** Total over the operating period, per year, per participating citizen. */
export interface CostFigures {
  total: number;
  perYear: number;
  perCitizen: number;
}

export interface ItemCost extends CostFigures {
  itemId: string;
  phase: CostPhase;
  /** Staff hours entered as hours (priced staff time has none). */
  hours: number;
}

export interface RoleCost {
  /** null: amounts that belong to no role (transport, materials …). */
  roleId: string | null;
  phase: CostPhase;
  hours: number;
  total: number;
}

export interface CategoryCost {
  /** 'staff_time' for hours priced by the model, otherwise the line's category. */
  category: 'staff_time' | OtherCostCategory;
  phase: CostPhase;
  total: number;
}

export interface QuarterCost {
  /** 'YYYY-Qn'; null for lines entered for the whole phase. */
  quarter: string | null;
  phase: CostPhase;
  hours: number;
  total: number;
}

export interface CostResult {
  modelId: string | null;
  priceYear: number;
  citizensPerYear: number;
  operatingPeriodYears: number;
  establishmentDiscountRate: number;
  /** The factor that turned the establishment total into a yearly amount. */
  establishmentAnnuityFactor: number;
  productiveHoursPerYear: number;
  overheadRate: number;
  /** Hourly cost per role with a salary, in `priceYear` prices, overhead included. */
  hourlyCost: { roleId: string; hourlyCost: number }[];
  establishment: CostFigures;
  operation: CostFigures;
  /** Establishment + operation (total is the undiscounted sum of the two totals). */
  total: CostFigures;
  byItem: ItemCost[];
  byRole: RoleCost[];
  byCategory: CategoryCost[];
  /** In quarter order, lines without a quarter last. */
  byQuarter: QuarterCost[];
}

/** Hourly cost of a role: annual salary / productive hours × (1 + overhead). */
export function hourlyCost(annualSalary: number, productiveHoursPerYear: number, overheadRate: number): number {
  return (annualSalary / productiveHoursPerYear) * (1 + overheadRate);
}

/** Computes the cost of a model; problems (path + code) when the input is not valid. */
export function computeCost(input: CostModelInput): EconomicsResult<CostResult> {
  const problems = validateCostModel(input);
  if (problems.length > 0) return { ok: false, problems };

  const hoursPerYear = input.productiveHoursPerYear ?? defaultProductiveHoursPerYear;
  const overhead = input.overheadRate ?? defaultOverheadRate;
  const rate = input.establishmentDiscountRate ?? defaultEstablishmentDiscountRate;
  const years = input.operatingPeriod.years;
  const n = input.citizensPerYear;
  const inputYear = input.inputPriceYear ?? input.priceYear;
  // Validation guarantees every factor exists.
  const toPriceYear = (year: number | undefined) => priceFactor(input.priceIndex, year ?? inputYear, input.priceYear)!;

  const rates = new Map<string, number>();
  for (const role of input.roles)
    if (role.annualSalary !== undefined) rates.set(role.id, hourlyCost(role.annualSalary * toPriceYear(role.priceYear), hoursPerYear, overhead));

  const annuity = annuityDueFactor(rate, years);
  const perYearOf = (phase: CostPhase, total: number) => (phase === 'establishment' ? total * annuity : total / years);
  const figures = (phase: CostPhase, total: number): CostFigures => {
    const perYear = perYearOf(phase, total);
    return { total, perYear, perCitizen: perYear / n };
  };

  const lineCost = (line: CostLine) => (line.kind === 'staff_time' ? line.hours * rates.get(line.roleId)! : line.amount * toPriceYear(line.priceYear));

  const byRole = new Map<string, RoleCost>();
  const byCategory = new Map<string, CategoryCost>();
  const byQuarter = new Map<string, QuarterCost>();
  const phaseTotals: Record<CostPhase, number> = { establishment: 0, operation: 0 };
  const byItem: ItemCost[] = input.items.map((item) => {
    let total = 0;
    let hours = 0;
    for (const line of item.lines) {
      const cost = lineCost(line);
      const lineHours = line.kind === 'staff_time' ? line.hours : 0;
      total += cost;
      hours += lineHours;
      const roleId = line.roleId ?? null;
      const roleKey = `${item.phase}:${roleId ?? ''}`;
      const role = byRole.get(roleKey) ?? { roleId, phase: item.phase, hours: 0, total: 0 };
      role.hours += lineHours;
      role.total += cost;
      byRole.set(roleKey, role);
      const category = line.kind === 'staff_time' ? 'staff_time' : line.category;
      const catKey = `${item.phase}:${category}`;
      const cat = byCategory.get(catKey) ?? { category, phase: item.phase, total: 0 };
      cat.total += cost;
      byCategory.set(catKey, cat);
      const quarter = line.quarter ?? null;
      const qKey = `${item.phase}:${quarter ?? ''}`;
      const q = byQuarter.get(qKey) ?? { quarter, phase: item.phase, hours: 0, total: 0 };
      q.hours += lineHours;
      q.total += cost;
      byQuarter.set(qKey, q);
    }
    phaseTotals[item.phase] += total;
    return { itemId: item.id, phase: item.phase, hours, ...figures(item.phase, total) };
  });

  const establishment = figures('establishment', phaseTotals.establishment);
  const operation = figures('operation', phaseTotals.operation);
  const totalPerYear = establishment.perYear + operation.perYear;
  return {
    ok: true,
    value: {
      modelId: input.modelId ?? null,
      priceYear: input.priceYear,
      citizensPerYear: n,
      operatingPeriodYears: years,
      establishmentDiscountRate: rate,
      establishmentAnnuityFactor: annuity,
      productiveHoursPerYear: hoursPerYear,
      overheadRate: overhead,
      hourlyCost: [...rates].map(([roleId, cost]) => ({ roleId, hourlyCost: cost })),
      establishment,
      operation,
      total: { total: establishment.total + operation.total, perYear: totalPerYear, perCitizen: totalPerYear / n },
      byItem,
      byRole: [...byRole.values()],
      byCategory: [...byCategory.values()],
      byQuarter: [...byQuarter.values()].sort(
        (a, b) => (a.quarter === null ? 1 : 0) - (b.quarter === null ? 1 : 0) || (a.quarter ?? '').localeCompare(b.quarter ?? '') || a.phase.localeCompare(b.phase),
      ),
    },
  };
}
