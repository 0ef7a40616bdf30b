/**
 * A seeded synthetic population with a known, planted treatment effect and selection on observables,
 * for checking the evaluation estimators end to end (issue 13, section 4: "the naive difference is
 * biased, the matched estimate covers the true effect in its 95 % CI"). This is not register import:
 * the persons are invented, with covariates shaped like the register covariates at time zero.
 *
 * Data-generating process, per person (all randomness from one seeded mulberry32 stream, so a seed
 * always gives the same population, on every platform):
 * - a latent distance from the labour market z ~ N(0, 1), used ONLY to make the covariates correlated;
 *   it does not enter treatment or outcomes directly, so conditioning on the observed covariates removes
 *   all confounding (selection on observables holds by construction);
 * - age: 18 + 47 * U, in whole years; sex 'F'/'M' with equal probability; origin 'danish' (75 %),
 *   'western' (8 %), 'nonwestern' (17 %); education 'basic' / 'upper_secondary' / 'higher', with
 *   probabilities shifted by z (more basic education when z is high);
 * - weeksBenefit1y in 0..52: round(26 + 12 z + 8 e1), clamped; weeksBenefit2y = weeksBenefit1y +
 *   (weeks in the year before, round(24 + 12 z + 8 e2) clamped to 0..52), so 0..104;
 *   monthsOrdinaryHours2y in 0..24: round(10 - 5 z + 3 e3), clamped;
 * - treatment: Bernoulli(logistic(a + s * lp)) with lp = 0.03 (weeksBenefit1y - 26) + 0.0075
 *   (weeksBenefit2y - 50) - 0.04 (monthsOrdinaryHours2y - 10) - 0.01 (age - 40) + 0.15 [nonwestern]
 *   + 0.1 [basic education]: more weeks on benefit and fewer months with ordinary hours make
 *   treatment more likely. `selection` (s, default 1) scales the strength of selection; the intercept a is
 *   solved by bisection so that the mean treatment probability equals `treatedShare` in this population;
 * - outcome `monthsOrdinaryHours1to12` (months with ordinary hours in months 1-12 after time zero, a
 *   continuous stand-in, not clamped to 0..12 so that the effect is exactly additive):
 *   Y0 = 4 + 0.25 monthsOrdinaryHours2y - 0.05 weeksBenefit1y - 0.01 weeksBenefit2y - 0.03 (age - 40)
 *   - 0.5 [nonwestern] + 0.6 [higher] - 0.4 [basic] + 0.3 [M] + N(0, 1.5^2), Y1 = Y0 + `att`. Both
 *   potential outcomes are returned, so the in-sample ATT mean(Y1 - Y0 | treated) equals `att` exactly;
 * - survival outcome: time to the first month with ordinary hours, exponential with hazard
 *   baseHazard * exp(0.06 monthsOrdinaryHours2y - 0.02 weeksBenefit1y - 0.01 (age - 40) - 0.3
 *   [nonwestern] + 0.2 [higher] + log(hazardRatio) * treat), i.e. proportional hazards with the planted
 *   conditional hazard ratio `hazardRatio` for treatment given the covariates (what a Cox model adjusting
 *   for the covariates estimates); administrative censoring at `followUpMonths` (default 24).
 *   Times are continuous (no ties).
 *
 * The outcome and hazard models are linear in the observed covariates, so a correctly specified
 * propensity model (the logistic model above, fitted with `logisticRegression`), matching on it, IPW,
 * and a covariate-adjusted Cox model are all consistent, while the naive treated-minus-control
 * difference is biased downwards (the treated have more weeks on benefit and fewer months with ordinary
 * hours, hence a lower Y0).
 */
import { mulberry32 } from '../random.ts';
import type { DesignRow } from './design.ts';

export type Sex = 'F' | 'M';
export type Origin = 'danish' | 'western' | 'nonwestern';
export type Education = 'basic' | 'upper_secondary' | 'higher';

export interface PlantedPerson {
  id: string;
  age: number;
  sex: Sex;
  origin: Origin;
  education: Education;
  weeksBenefit1y: number;
  weeksBenefit2y: number;
  monthsOrdinaryHours2y: number;
  /** True propensity score P(treat = 1 | covariates). */
  propensity: number;
  treat: 0 | 1;
  /** Potential outcome without treatment. */
  y0: number;
  /** Potential outcome with treatment (= y0 + att). */
  y1: number;
  /** Observed outcome: y1 for treated, y0 for controls. */
  monthsOrdinaryHours1to12: number;
  /** Months to the first month with ordinary hours, or to censoring. */
  timeToOrdinaryHours: number;
  /** Whether the first month with ordinary hours was observed before `followUpMonths`. */
  ordinaryHoursEvent: boolean;
}

export interface PlantedEffectOptions {
  /** Number of persons, default 3000. */
  n?: number;
  /** Seed of the mulberry32 generator, default 1. */
  seed?: number;
  /** Expected share treated (the intercept is solved for it), default 0.2. */
  treatedShare?: number;
  /** Multiplier of the selection coefficients (0 = randomised treatment), default 1. */
  selection?: number;
  /** Planted additive effect on months with ordinary hours in months 1-12, default 1.0. */
  att?: number;
  /** Planted hazard ratio of the first month with ordinary hours, default 1.6. */
  hazardRatio?: number;
  /** Baseline hazard per month (all covariate terms zero), default 0.06. */
  baseHazard?: number;
  /** Administrative censoring time in months, default 24. */
  followUpMonths?: number;
}

export interface PlantedPopulation {
  persons: PlantedPerson[];
  /** The planted truth and the options used. */
  truth: { att: number; hazardRatio: number; sampleAtt: number };
  options: Required<PlantedEffectOptions>;
  /** Names of the covariates as columns of {@link PlantedPerson}, in the order used for designs. */
  covariates: readonly ['age', 'sex', 'origin', 'education', 'weeksBenefit1y', 'weeksBenefit2y', 'monthsOrdinaryHours2y'];
  /** The treatment-model intercept solved for `treatedShare`. */
  intercept: number;
}

export const PLANTED_COVARIATES = [
  'age',
  'sex',
  'origin',
  'education',
  'weeksBenefit1y',
  'weeksBenefit2y',
  'monthsOrdinaryHours2y',
] as const;

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Standard normal draws by the Box-Muller transform (two uniforms per draw; the second value is discarded for simplicity). */
function normal(rand: () => number): number {
  const u1 = 1 - rand(); // (0, 1]
  const u2 = rand();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Generates the population described in the module comment. */
export function plantedEffectPopulation(options: PlantedEffectOptions = {}): PlantedPopulation {
  const o: Required<PlantedEffectOptions> = {
    n: options.n ?? 3000,
    seed: options.seed ?? 1,
    treatedShare: options.treatedShare ?? 0.2,
    selection: options.selection ?? 1,
    att: options.att ?? 1.0,
    hazardRatio: options.hazardRatio ?? 1.6,
    baseHazard: options.baseHazard ?? 0.06,
    followUpMonths: options.followUpMonths ?? 24,
  };
  if (!(Number.isInteger(o.n) && o.n >= 10)) throw new Error('planted effect: n must be an integer >= 10');
  if (!(o.treatedShare > 0 && o.treatedShare < 1)) throw new Error('planted effect: treatedShare must lie in (0, 1)');
  if (!(o.hazardRatio > 0) || !(o.baseHazard > 0) || !(o.followUpMonths > 0)) {
    throw new Error('planted effect: hazardRatio, baseHazard and followUpMonths must be positive');
  }
  const rand = mulberry32(o.seed);

  interface Draft extends Omit<PlantedPerson, 'propensity' | 'treat' | 'monthsOrdinaryHours1to12' | 'timeToOrdinaryHours' | 'ordinaryHoursEvent' | 'y1'> {
    lp: number;
    logHazard: number;
    uTreat: number;
    uTime: number;
  }
  const drafts: Draft[] = [];
  for (let i = 0; i < o.n; i++) {
    const z = normal(rand);
    const age = 18 + Math.floor(47 * rand());
    const sex: Sex = rand() < 0.5 ? 'F' : 'M';
    const uo = rand();
    const origin: Origin = uo < 0.75 ? 'danish' : uo < 0.83 ? 'western' : 'nonwestern';
    const ue = rand();
    const pBasic = clamp(0.35 + 0.15 * z, 0.05, 0.9);
    const pHigher = clamp(0.2 - 0.08 * z, 0.02, 0.9 - pBasic);
    const education: Education = ue < pBasic ? 'basic' : ue < pBasic + pHigher ? 'higher' : 'upper_secondary';
    const weeksBenefit1y = clamp(Math.round(26 + 12 * z + 8 * normal(rand)), 0, 52);
    const weeksBenefit2y = weeksBenefit1y + clamp(Math.round(24 + 12 * z + 8 * normal(rand)), 0, 52);
    const monthsOrdinaryHours2y = clamp(Math.round(10 - 5 * z + 3 * normal(rand)), 0, 24);
    const nonwestern = origin === 'nonwestern' ? 1 : 0;
    const lp =
      0.03 * (weeksBenefit1y - 26) +
      0.0075 * (weeksBenefit2y - 50) -
      0.04 * (monthsOrdinaryHours2y - 10) -
      0.01 * (age - 40) +
      0.15 * nonwestern +
      0.1 * (education === 'basic' ? 1 : 0);
    const y0 =
      4 +
      0.25 * monthsOrdinaryHours2y -
      0.05 * weeksBenefit1y -
      0.01 * weeksBenefit2y -
      0.03 * (age - 40) -
      0.5 * nonwestern +
      0.6 * (education === 'higher' ? 1 : 0) -
      0.4 * (education === 'basic' ? 1 : 0) +
      0.3 * (sex === 'M' ? 1 : 0) +
      1.5 * normal(rand);
    const logHazard =
      Math.log(o.baseHazard) +
      0.06 * monthsOrdinaryHours2y -
      0.02 * weeksBenefit1y -
      0.01 * (age - 40) -
      0.3 * nonwestern +
      0.2 * (education === 'higher' ? 1 : 0);
    drafts.push({
      id: `p${String(i + 1).padStart(5, '0')}`,
      age, sex, origin, education, weeksBenefit1y, weeksBenefit2y, monthsOrdinaryHours2y,
      y0, lp, logHazard, uTreat: rand(), uTime: rand(),
    });
  }

  // Intercept so that the mean propensity equals treatedShare (bisection; the mean is increasing in a).
  const meanP = (a: number): number => drafts.reduce((s, d) => s + logistic(a + o.selection * d.lp), 0) / o.n;
  let lo = -30;
  let hi = 30;
  for (let k = 0; k < 200 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2;
    if (meanP(mid) < o.treatedShare) lo = mid;
    else hi = mid;
  }
  const intercept = (lo + hi) / 2;

  const logHr = Math.log(o.hazardRatio);
  const persons: PlantedPerson[] = drafts.map((d) => {
    const propensity = logistic(intercept + o.selection * d.lp);
    const treat: 0 | 1 = d.uTreat < propensity ? 1 : 0;
    const y1 = d.y0 + o.att;
    const hazard = Math.exp(d.logHazard + logHr * treat);
    const t = -Math.log(1 - d.uTime) / hazard;
    const event = t < o.followUpMonths;
    const { lp: _lp, logHazard: _lh, uTreat: _ut, uTime: _uti, ...rest } = d;
    return {
      ...rest,
      propensity,
      treat,
      y1,
      monthsOrdinaryHours1to12: treat === 1 ? y1 : d.y0,
      timeToOrdinaryHours: event ? t : o.followUpMonths,
      ordinaryHoursEvent: event,
    };
  });
  const treated = persons.filter((p) => p.treat === 1);
  const sampleAtt = treated.reduce((s, p) => s + (p.y1 - p.y0), 0) / Math.max(1, treated.length);
  return {
    persons,
    truth: { att: o.att, hazardRatio: o.hazardRatio, sampleAtt },
    options: o,
    covariates: PLANTED_COVARIATES,
    intercept,
  };
}

/** The covariates of each person as rows for `designMatrix` (categorical columns as strings). */
export function plantedCovariateRows(persons: readonly PlantedPerson[]): DesignRow[] {
  return persons.map((p) => {
    const row: Record<string, number | string> = {};
    for (const name of PLANTED_COVARIATES) row[name] = p[name];
    return row;
  });
}
