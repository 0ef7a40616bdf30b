/**
 * 002's four archetypes (§6.2, Figures 6-4 and 6-5) as example scenarios, and
 * the unit prices they imply (calibrated from archetypes B and D; A and C are
 * the out-of-sample check, see archetypes-002.test.ts and docs/economics.md).
 *
 * 002's scenario terms: one citizen with 100 % success (footnote 19); the
 * course cost of 91,800 kr. per citizen, borne by the municipality (§6.2.1,
 * §6.2.2 on archetype A); changes sustained for six years (footnote 22),
 * starting the year after the course (footnote 22); 2020 prices; 002 names no
 * discount rate for the scenarios, so none is applied.
 */
import type { SourceRef } from '../rules/source.ts';
import { calibrateUnitPrices, type CalibrationInput } from './calibration.ts';
import type { ScenarioChange, ScenarioInput } from './scenario.ts';
import type { UnitPriceSet } from './unit-prices.ts';

export const archetypeIds = ['A', 'B', 'C', 'D'] as const;
export type ArchetypeId = (typeof archetypeIds)[number];

export interface Archetype {
  id: ArchetypeId;
  /** Figure 6-4: more weeks a year on the labour market instead of cash benefit. */
  labourMarketWeeksPerYear: number;
  /** Figure 6-4: fewer days a year of social-pedagogical support in own home. */
  homeSupportDaysSavedPerYear: number;
  /** Figure 6-5: the published net result per citizen (2020 prices, rounded to 100 kr.). */
  published: { municipality: number; state: number; total: number };
}

export const socialSupport002ArchetypeSources: Record<'assumptions' | 'results' | 'terms', SourceRef> = {
  assumptions: { seed: '002', section: '6.2.1', note: 'Figure 6-4' },
  results: { seed: '002', section: '6.2.2', note: 'Figure 6-5 (2020 prices, rounded to 100 kr.)' },
  terms: { seed: '002', section: '6.2.1', note: 'Cost 91,800 kr. per citizen; six years (footnote 22) from the year after the course' },
};

export const socialSupport002Archetypes: readonly Archetype[] = [
  { id: 'A', labourMarketWeeksPerYear: 0, homeSupportDaysSavedPerYear: 0, published: { municipality: -91_800, state: 0, total: -91_800 } },
  { id: 'B', labourMarketWeeksPerYear: 6, homeSupportDaysSavedPerYear: 0, published: { municipality: -26_600, state: 39_200, total: 12_600 } },
  { id: 'C', labourMarketWeeksPerYear: 10, homeSupportDaysSavedPerYear: 4, published: { municipality: 27_400, state: 65_400, total: 92_800 } },
  { id: 'D', labourMarketWeeksPerYear: 12, homeSupportDaysSavedPerYear: 8, published: { municipality: 59_700, state: 78_400, total: 138_100 } },
];

/** 002 §6.2.1: the cost per citizen used directly in the archetype calculations. */
export const socialSupport002InvestmentPerCitizen = { municipality: 91_800, state: 0 } as const;
export const socialSupport002ScenarioTerms = { priceYear: 2020, horizonYears: 6, startOffsetYears: 1, discountRate: 0 } as const;

/** An archetype's changes per citizen a year. */
export function archetypeChanges(a: Archetype): ScenarioChange[] {
  return [
    { consequence: 'labour_market_week', quantityPerYear: a.labourMarketWeeksPerYear },
    { consequence: 'home_support_day', quantityPerYear: a.homeSupportDaysSavedPerYear },
  ];
}

/** The archetype as a scenario (one citizen, 002's terms). */
export function archetypeScenario(id: ArchetypeId): ScenarioInput {
  const a = socialSupport002Archetypes.find((x) => x.id === id)!;
  return {
    id: `social-stoette-002-archetype-${id}`,
    ...socialSupport002ScenarioTerms,
    investmentPerCitizen: { ...socialSupport002InvestmentPerCitizen },
    changes: archetypeChanges(a),
  };
}

/** The calibration of 002's implied unit prices from two archetypes (B and D by default). */
export function socialSupport002Calibration(from: readonly [ArchetypeId, ArchetypeId] = ['B', 'D']): CalibrationInput {
  return {
    id: 'social-stoette-002-calibrated',
    version: `2021-${from.join('')}`,
    priceYear: 2020,
    source: { seed: '002', section: '6.2.2', note: `Implied by Figure 6-5, archetypes ${from.join(' and ')}; not SØM's official prices` },
    consequences: ['labour_market_week', 'home_support_day'],
    points: from.map((id) => {
      const a = socialSupport002Archetypes.find((x) => x.id === id)!;
      return { id, changes: archetypeChanges(a), published: { municipality: a.published.municipality, state: a.published.state } };
    }),
    investmentPerCitizen: { ...socialSupport002InvestmentPerCitizen },
    horizonYears: socialSupport002ScenarioTerms.horizonYears,
    startOffsetYears: socialSupport002ScenarioTerms.startOffsetYears,
    discountRate: socialSupport002ScenarioTerms.discountRate,
  };
}

function calibrated(): UnitPriceSet {
  const result = calibrateUnitPrices(socialSupport002Calibration());
  // Static data: a failure here is a programming error, not bad input.
  if (!result.ok) throw new Error(`002 calibration failed: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** 002's implied unit prices (calibrated from B and D; 2020 prices; under no discounting, six years from year 1). */
export const socialSupport002UnitPrices: UnitPriceSet = calibrated();
