/**
 * The budget net result of a scenario (SØM-like, 002 §6.2): changes per
 * citizen a year, valued at unit prices, over a horizon starting some years
 * after the course, discounted, against the course cost per citizen as the
 * investment. Year 0 is the course year; the changes run in the years
 * startOffset … startOffset + horizon − 1; an amount in year t is worth
 * (1 + r)^−t today.
 */
import { discountFactor, discountSum } from './money.ts';
import { checkPriceIndex, priceFactor, requirePriceFactor, type PriceIndex } from './price-index.ts';
import { ProblemList, type EconomicsProblem, type EconomicsResult } from './problems.ts';
import { consequenceIds, unitPriceOf, type ConsequenceId, type UnitPriceSet } from './unit-prices.ts';

/** A change per citizen a year: units of a consequence (positive = a gain to the budgets). */
export interface ScenarioChange {
  consequence: ConsequenceId;
  quantityPerYear: number;
}

/** Amounts split between the public actors. */
export interface ActorSplit {
  municipality: number;
  state: number;
  total: number;
}

export interface ScenarioInput {
  id?: string;
  /** Results in this year's prices. */
  priceYear: number;
  /** Needed when the unit prices' price year differs from `priceYear`. */
  priceIndex?: PriceIndex;
  /** The course cost per citizen, by who pays it (002: the municipality pays all). */
  investmentPerCitizen: { municipality: number; state: number };
  changes: ScenarioChange[];
  /** Years the changes last (002: 6). */
  horizonYears: number;
  /** The first year of changes after the course year (default 1: the year after the course, 002 footnote 22). */
  startOffsetYears?: number;
  /** Discount rate of the changes (default 0: 002 names none for the scenarios). */
  discountRate?: number;
  /** Citizens in the cohort (default 1). */
  cohortSize?: number;
}

export interface ScenarioYear {
  /** 0 = the course year. */
  year: number;
  /** Discounted flows of the year (investment negative in year 0). */
  flow: ActorSplit;
  cumulative: ActorSplit;
}

export interface ConsequenceResult {
  consequence: ConsequenceId;
  quantityPerYear: number;
  /** Discounted value over the horizon. */
  value: ActorSplit;
}

export interface ScenarioFigures {
  investment: ActorSplit;
  /** Discounted value of the changes over the horizon. */
  returns: ActorSplit;
  /** returns − investment. */
  net: ActorSplit;
  byConsequence: ConsequenceResult[];
  years: ScenarioYear[];
  /** First year from which the cumulative result stays ≥ 0; null if it ends below 0. */
  breakEvenYear: { municipality: number | null; state: number | null; total: number | null };
}

export interface ScenarioResult {
  id: string | null;
  priceYear: number;
  horizonYears: number;
  startOffsetYears: number;
  discountRate: number;
  cohortSize: number;
  unitPrices: { id: string; version: string; status: UnitPriceSet['status'] };
  perCitizen: ScenarioFigures;
  cohort: ScenarioFigures;
}

/** All problems of a scenario against a unit price set. */
export function validateScenario(input: ScenarioInput, prices: UnitPriceSet): EconomicsProblem[] {
  const p = new ProblemList();
  if (input === null || typeof input !== 'object') {
    p.add('', 'required');
    return p.problems;
  }
  const yearOk = p.integer('priceYear', input.priceYear, 1900, 2200);
  checkPriceIndex(input.priceIndex, 'priceIndex', p);
  if (yearOk) requirePriceFactor(input.priceIndex, prices.priceYear, input.priceYear, 'priceYear', p);
  if (!input.investmentPerCitizen || typeof input.investmentPerCitizen !== 'object') p.add('investmentPerCitizen', 'required');
  else {
    p.nonNegative('investmentPerCitizen.municipality', input.investmentPerCitizen.municipality);
    p.nonNegative('investmentPerCitizen.state', input.investmentPerCitizen.state);
  }
  p.integer('horizonYears', input.horizonYears, 1, 100);
  if (input.startOffsetYears !== undefined) p.integer('startOffsetYears', input.startOffsetYears, 0, 50);
  if (input.discountRate !== undefined) p.range('discountRate', input.discountRate, 0, 1);
  if (input.cohortSize !== undefined) p.positive('cohortSize', input.cohortSize);
  if (!Array.isArray(input.changes)) p.add('changes', 'required');
  else {
    const seen = new Set<string>();
    input.changes.forEach((change, i) => {
      const path = `changes[${i}]`;
      p.number(`${path}.quantityPerYear`, change?.quantityPerYear);
      if (!(consequenceIds as readonly string[]).includes(change?.consequence)) {
        p.add(`${path}.consequence`, 'unknown_value', { value: String(change?.consequence) });
        return;
      }
      if (seen.has(change.consequence)) p.add(`${path}.consequence`, 'duplicate_consequence', { consequence: change.consequence });
      seen.add(change.consequence);
      if (!unitPriceOf(prices, change.consequence))
        p.add(`${path}.consequence`, 'unit_price_missing', { consequence: change.consequence, unitPrices: prices.id });
    });
  }
  return p.problems;
}

const split = (municipality: number, state: number): ActorSplit => ({ municipality, state, total: municipality + state });
const scale = (s: ActorSplit, k: number): ActorSplit => split(s.municipality * k, s.state * k);

/** First year from which the cumulative value stays ≥ 0 (null when the last is < 0). */
function breakEven(years: ScenarioYear[], actor: keyof ActorSplit): number | null {
  let found: number | null = null;
  for (const y of years) {
    // A tolerance of a hundredth of a krone keeps float noise from deciding it.
    if (y.cumulative[actor] >= -0.005) found ??= y.year;
    else found = null;
  }
  return found;
}

function figures(years: ScenarioYear[], investment: ActorSplit, byConsequence: ConsequenceResult[]): ScenarioFigures {
  const returns = byConsequence.reduce((s, c) => split(s.municipality + c.value.municipality, s.state + c.value.state), split(0, 0));
  return {
    investment,
    returns,
    net: split(returns.municipality - investment.municipality, returns.state - investment.state),
    byConsequence,
    years,
    breakEvenYear: { municipality: breakEven(years, 'municipality'), state: breakEven(years, 'state'), total: breakEven(years, 'total') },
  };
}

function scaleFigures(f: ScenarioFigures, k: number): ScenarioFigures {
  const years = f.years.map((y) => ({ year: y.year, flow: scale(y.flow, k), cumulative: scale(y.cumulative, k) }));
  return figures(
    years,
    scale(f.investment, k),
    f.byConsequence.map((c) => ({ ...c, value: scale(c.value, k) })),
  );
}

/** Evaluates a scenario per citizen and for the cohort; problems when the input is not valid. */
export function evaluateScenario(input: ScenarioInput, prices: UnitPriceSet): EconomicsResult<ScenarioResult> {
  const problems = validateScenario(input, prices);
  if (problems.length > 0) return { ok: false, problems };
  const offset = input.startOffsetYears ?? 1;
  const rate = input.discountRate ?? 0;
  const cohortSize = input.cohortSize ?? 1;
  const k = priceFactor(input.priceIndex, prices.priceYear, input.priceYear)!;

  const perYearFlow = input.changes.map((c) => {
    const price = unitPriceOf(prices, c.consequence)!;
    return { change: c, municipality: c.quantityPerYear * price.municipality * k, state: c.quantityPerYear * price.state * k };
  });
  const investment = split(input.investmentPerCitizen.municipality, input.investmentPerCitizen.state);

  const years: ScenarioYear[] = [];
  let cumulative = split(0, 0);
  const lastYear = offset + input.horizonYears - 1;
  for (let year = 0; year <= lastYear; year++) {
    let m = 0;
    let s = 0;
    if (year === 0) {
      m -= investment.municipality;
      s -= investment.state;
    }
    if (year >= offset) {
      const d = discountFactor(rate, year);
      for (const f of perYearFlow) {
        m += f.municipality * d;
        s += f.state * d;
      }
    }
    cumulative = split(cumulative.municipality + m, cumulative.state + s);
    years.push({ year, flow: split(m, s), cumulative });
  }

  const sumD = discountSum(rate, offset, input.horizonYears);
  const byConsequence = perYearFlow.map((f) => ({
    consequence: f.change.consequence,
    quantityPerYear: f.change.quantityPerYear,
    value: split(f.municipality * sumD, f.state * sumD),
  }));

  const perCitizen = figures(years, investment, byConsequence);
  return {
    ok: true,
    value: {
      id: input.id ?? null,
      priceYear: input.priceYear,
      horizonYears: input.horizonYears,
      startOffsetYears: offset,
      discountRate: rate,
      cohortSize,
      unitPrices: { id: prices.id, version: prices.version, status: prices.status },
      perCitizen,
      cohort: scaleFigures(perCitizen, cohortSize),
    },
  };
}

/**
 * The course cost per citizen as a scenario's investment: the cost model's
 * total per citizen, borne by the municipality (as in 002 §6.2.2).
 */
export function investmentFromCost(cost: { total: { perCitizen: number } }): ScenarioInput['investmentPerCitizen'] {
  return { municipality: cost.total.perCitizen, state: 0 };
}
