/**
 * Validation of a cost model input: every problem with its path and code, so
 * a form can mark the field. Checked before anything is computed.
 */
import { costPhases, otherCostCategories, parseQuarter, type CostModelInput } from './cost-items.ts';
import { checkPriceIndex, requirePriceFactor } from './price-index.ts';
import { ProblemList, type EconomicsProblem } from './problems.ts';

/** All problems of a cost model input (empty when it can be computed). */
export function validateCostModel(input: CostModelInput): EconomicsProblem[] {
  const p = new ProblemList();
  if (input === null || typeof input !== 'object') {
    p.add('', 'required');
    return p.problems;
  }
  const yearsOk = p.integer('priceYear', input.priceYear, 1900, 2200);
  const inputYearOk = input.inputPriceYear === undefined || p.integer('inputPriceYear', input.inputPriceYear, 1900, 2200);
  checkPriceIndex(input.priceIndex, 'priceIndex', p);
  if (input.productiveHoursPerYear !== undefined) p.range('productiveHoursPerYear', input.productiveHoursPerYear, 1, 8784);
  if (input.overheadRate !== undefined) p.range('overheadRate', input.overheadRate, 0, 10);
  if (input.establishmentDiscountRate !== undefined) p.range('establishmentDiscountRate', input.establishmentDiscountRate, 0, 1);
  p.positive('citizensPerYear', input.citizensPerYear);

  let periodFrom: number | null = null;
  let periodTo: number | null = null;
  if (!input.operatingPeriod || typeof input.operatingPeriod !== 'object') p.add('operatingPeriod', 'required');
  else {
    const yearsGiven = p.range('operatingPeriod.years', input.operatingPeriod.years, 0.25, 100);
    if (yearsGiven && !Number.isInteger(input.operatingPeriod.years * 4)) p.add('operatingPeriod.years', 'not_integer', { step: 0.25 });
    if (input.operatingPeriod.firstQuarter !== undefined) {
      periodFrom = parseQuarter(input.operatingPeriod.firstQuarter);
      if (periodFrom === null) p.add('operatingPeriod.firstQuarter', 'bad_quarter');
      else if (yearsGiven) periodTo = periodFrom + Math.round(input.operatingPeriod.years * 4) - 1;
    }
  }

  const defaultYear = inputYearOk && input.inputPriceYear !== undefined ? input.inputPriceYear : input.priceYear;
  const checkYear = (path: string, year: number | undefined) => {
    if (!yearsOk) return;
    if (year !== undefined && !p.integer(path, year, 1900, 2200)) return;
    requirePriceFactor(input.priceIndex, year ?? defaultYear, input.priceYear, path, p);
  };

  const roles = new Map<string, { salary: boolean }>();
  if (!Array.isArray(input.roles)) p.add('roles', 'required');
  else
    input.roles.forEach((role, i) => {
      const path = `roles[${i}]`;
      if (!p.text(`${path}.id`, role?.id)) return;
      const duplicate = roles.has(role.id);
      if (duplicate) p.add(`${path}.id`, 'duplicate_id', { id: role.id });
      const salary = role.annualSalary !== undefined && p.positive(`${path}.annualSalary`, role.annualSalary);
      if (role.annualSalary !== undefined) checkYear(`${path}.priceYear`, role.priceYear);
      // The first definition counts; a duplicate is reported, not merged.
      if (!duplicate) roles.set(role.id, { salary });
    });

  const itemIds = new Set<string>();
  if (!Array.isArray(input.items)) p.add('items', 'required');
  else
    input.items.forEach((item, i) => {
      const path = `items[${i}]`;
      if (p.text(`${path}.id`, item?.id)) {
        const key = `${item.phase}:${item.id}`;
        if (itemIds.has(key)) p.add(`${path}.id`, 'duplicate_id', { id: item.id });
        itemIds.add(key);
      }
      const phaseOk = (costPhases as readonly string[]).includes(item?.phase);
      if (!phaseOk) p.add(`${path}.phase`, 'unknown_value', { value: String(item?.phase) });
      if (!Array.isArray(item?.lines)) {
        p.add(`${path}.lines`, 'required');
        return;
      }
      item.lines.forEach((line, j) => {
        const lp = `${path}.lines[${j}]`;
        if (line?.quarter !== undefined) {
          const q = parseQuarter(line.quarter);
          if (q === null) p.add(`${lp}.quarter`, 'bad_quarter');
          else if (phaseOk && item.phase === 'operation' && periodFrom !== null && periodTo !== null && (q < periodFrom || q > periodTo))
            p.add(`${lp}.quarter`, 'outside_operating_period', { quarter: line.quarter });
        }
        if (line?.kind === 'staff_time') {
          p.nonNegative(`${lp}.hours`, line.hours);
          if (p.text(`${lp}.roleId`, line.roleId)) {
            const role = roles.get(line.roleId);
            if (!role) p.add(`${lp}.roleId`, 'unknown_role', { roleId: line.roleId });
            else if (!role.salary) p.add(`${lp}.roleId`, 'salary_missing', { roleId: line.roleId });
          }
        } else if (line?.kind === 'other') {
          if (!(otherCostCategories as readonly string[]).includes(line.category)) p.add(`${lp}.category`, 'unknown_value', { value: String(line.category) });
          p.nonNegative(`${lp}.amount`, line.amount);
          if (line.roleId !== undefined && p.text(`${lp}.roleId`, line.roleId) && !roles.has(line.roleId))
            p.add(`${lp}.roleId`, 'unknown_role', { roleId: line.roleId });
          checkYear(`${lp}.priceYear`, line.priceYear);
        } else p.add(`${lp}.kind`, 'unknown_value', { value: String((line as { kind?: unknown })?.kind) });
      });
    });
  return p.problems;
}
