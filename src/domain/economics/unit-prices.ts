/**
 * Unit prices of the budget net result (SØM-like): what one unit of a
 * consequence (a week, a day) is worth to the public budgets, split between
 * municipality and state. Versioned data with source and price year.
 */
import type { SourceRef } from '../rules/source.ts';

/**
 * The consequences a scenario can move. Quantities count in the direction of
 * a gain to the budgets (a week more on the labour market, a day of support
 * saved).
 *
 * - `labour_market_week`: a week on the labour market instead of cash benefit
 *   (002's "arbejdsmarkedstilknytning", footnote 20: one week less cash
 *   benefit and one week, five working days, more employment, valued as tax);
 * - `cash_benefit_week`, `employment_week`: its two parts, where a price set
 *   has them separately (002 footnote 21 prices them separately in SØM);
 * - `flex_job_week`: a week in a flex job (fleksjob) instead of cash benefit;
 * - `home_support_day`: a day of social-pedagogical support in the citizen's
 *   own home saved (SEL § 85; 002 §6.2.1).
 */
export const consequenceIds = ['labour_market_week', 'cash_benefit_week', 'employment_week', 'flex_job_week', 'home_support_day'] as const;
export type ConsequenceId = (typeof consequenceIds)[number];

export const consequenceUnits: Record<ConsequenceId, 'week' | 'day'> = {
  labour_market_week: 'week',
  cash_benefit_week: 'week',
  employment_week: 'week',
  flex_job_week: 'week',
  home_support_day: 'day',
};

/** The value of one unit of a consequence, in kroner of the set's price year. */
export interface UnitPrice {
  consequence: ConsequenceId;
  municipality: number;
  state: number;
}

/**
 * official: published prices (e.g. SØM's knowledge base); calibrated: implied
 * by published results, not official; user: entered by the municipality.
 */
export type UnitPriceStatus = 'official' | 'calibrated' | 'user';

export interface UnitPriceSet {
  id: string;
  version: string;
  priceYear: number;
  status: UnitPriceStatus;
  source: SourceRef | null;
  /**
   * Calibrated sets only identify price × discount sum: the discount rate,
   * horizon and start the prices were derived under (null for other sets).
   */
  calibratedUnder: { discountRate: number; horizonYears: number; startOffsetYears: number } | null;
  prices: UnitPrice[];
}

/** The price of a consequence in a set, or null. */
export function unitPriceOf(set: UnitPriceSet, consequence: ConsequenceId): UnitPrice | null {
  return set.prices.find((p) => p.consequence === consequence) ?? null;
}
