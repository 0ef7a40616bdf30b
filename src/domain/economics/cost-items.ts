/**
 * The cost model's input: cost items as data per model and municipality, in
 * two phases (establishment, operation), each with staff time by role and
 * other costs. Plain objects, so a file, the API and the store can carry them.
 * Definitions follow 002 §6.1 and §7.3 (Tabel 7-3); see docs/economics.md.
 */
import type { PriceIndex } from './price-index.ts';

/** Establishment: one-off costs of starting up; operation: running costs over the operating period. */
export const costPhases = ['establishment', 'operation'] as const;
export type CostPhase = (typeof costPhases)[number];

/**
 * Kinds of costs that are not entered as hours. `priced_staff_time` is staff
 * time already priced in kroner (as 002 publishes it: Tabel 7-4/7-5 give
 * amounts, not hours).
 */
export const otherCostCategories = ['transport', 'materials', 'training', 'external_fees', 'priced_staff_time', 'other'] as const;
export type OtherCostCategory = (typeof otherCostCategories)[number];

/** 002 §7.3: salaries are turned into hourly cost with the effective hours norm of 1,418 hours a year. */
export const defaultProductiveHoursPerYear = 1418;
/** 002 §7.3: 20 % overhead on the hourly salary cost. */
export const defaultOverheadRate = 0.2;
/**
 * 002 footnote 17: establishment costs are an investment spread over the
 * operating period at a 4 % discount rate. (002's Figures 6-2/6-3 do not
 * apply it; its built-in example therefore sets 0, see social-support-002.ts.)
 */
export const defaultEstablishmentDiscountRate = 0.04;

/** A staff role with its average annual salary (salary, allowances, holiday pay, pension). */
export interface StaffRole {
  id: string;
  /** Annual salary cost in kroner; required when staff time of this role is entered in hours. */
  annualSalary?: number;
  /** The salary's price year (default: the input's `inputPriceYear`). */
  priceYear?: number;
}

/** Hours of one role on one item, in one quarter (or the whole phase when no quarter is given). */
export interface StaffTimeLine {
  kind: 'staff_time';
  roleId: string;
  hours: number;
  /** 'YYYY-Qn'. */
  quarter?: string;
}

/** An amount in kroner. */
export interface OtherCostLine {
  kind: 'other';
  category: OtherCostCategory;
  amount: number;
  /** The role the amount belongs to, for the breakdown by role (priced staff time). */
  roleId?: string;
  /** The amount's price year (default: the input's `inputPriceYear`). */
  priceYear?: number;
  /** 'YYYY-Qn'. */
  quarter?: string;
}

export type CostLine = StaffTimeLine | OtherCostLine;

/** A cost item (a post in 002's Tabel 7-3), in one phase. */
export interface CostItem {
  id: string;
  phase: CostPhase;
  lines: CostLine[];
}

export interface CostModelInput {
  /** The model priced (e.g. 'social-stoette'); informational. */
  modelId?: string;
  /** Results are expressed in this year's prices. */
  priceYear: number;
  /** Price year of amounts and salaries that name none (default: `priceYear`). */
  inputPriceYear?: number;
  /** Needed when an input price year differs from `priceYear`. */
  priceIndex?: PriceIndex;
  /** Default 1,418 (002 §7.3). */
  productiveHoursPerYear?: number;
  /** Default 0.20 (002 §7.3). */
  overheadRate?: number;
  /** The operating period: its length in years and, optionally, its first quarter ('YYYY-Qn'). */
  operatingPeriod: { years: number; firstQuarter?: string };
  /** Discount rate of the establishment annuity (default 0.04, 002 footnote 17). */
  establishmentDiscountRate?: number;
  /** Participating citizens per year (from the case data, or entered). */
  citizensPerYear: number;
  roles: StaffRole[];
  items: CostItem[];
}

/** 'YYYY-Qn' → a quarter number (year × 4 + n − 1), or null. */
export function parseQuarter(text: string): number | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(text);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
}
