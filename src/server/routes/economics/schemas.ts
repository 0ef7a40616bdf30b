/**
 * The economics API's request and response schemas (issue 14). The web app
 * imports the inferred types from here (one contract between server and
 * web); the routes validate with them and the OpenAPI document is generated
 * from them. The domain (domain/economics) validates the inputs' content and
 * reports each problem as { path, code, values }: a save that fails answers
 * 400 with `error.fields` mapping each path to its code, and the compute
 * routes answer 200 with `ok: false` and the problems (values included), so a
 * form can mark its fields while the user types. Amounts are kroner in the
 * input's price year, unrounded; rounding is the page's job.
 */
import { z } from 'zod';
import { consequenceIds, costPhases, otherCostCategories } from '../../../domain/economics/index.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' });
const uuid = z.uuid({ error: 'Skal være et id (uuid).' });
const name = z.object({ da: z.string(), en: z.string() });
/** A source: 002's references carry seed and section; an entered price set may name only a citation. */
const sourceRef = z.object({
  seed: z.string().optional(),
  section: z.string().optional(),
  note: z.string().optional(),
  citation: z.string().optional(),
  numbers: z.array(z.number()).optional(),
});
const quarter = z.string();

// ---- Problems --------------------------------------------------------------

export const problem = z.object({
  /** Path into the body, e.g. 'input.items[3].lines[0].roleId' ('' for the whole). */
  path: z.string(),
  code: z.string(),
  values: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});
export type Problem = z.infer<typeof problem>;

// ---- Cost model input (domain CostModelInput) ------------------------------

export const costPhase = z.enum(costPhases);
export const otherCostCategory = z.enum(otherCostCategories);
export const priceIndex = z.array(z.object({ year: z.number(), value: z.number() })).readonly();

export const costLine = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff_time'), roleId: z.string(), hours: z.number(), quarter: quarter.optional() }),
  z.object({ kind: z.literal('other'), category: otherCostCategory, amount: z.number(), roleId: z.string().optional(), priceYear: z.number().optional(), quarter: quarter.optional() }),
]);
export const costItem = z.object({ id: z.string(), phase: costPhase, lines: z.array(costLine) });
export const staffRole = z.object({ id: z.string(), annualSalary: z.number().optional(), priceYear: z.number().optional() });

/** A cost model's input without citizens a year and model (they are fields of the cost model beside it). */
export const costModelBody = z.object({
  priceYear: z.number(),
  inputPriceYear: z.number().optional(),
  priceIndex: priceIndex.optional(),
  productiveHoursPerYear: z.number().optional(),
  overheadRate: z.number().optional(),
  operatingPeriod: z.object({ years: z.number(), firstQuarter: quarter.optional() }),
  establishmentDiscountRate: z.number().optional(),
  roles: z.array(staffRole),
  items: z.array(costItem),
});
export type CostModelBody = z.infer<typeof costModelBody>;

/** The whole domain input (the CLI's file, and what a result was computed from). */
export const costModelInput = costModelBody.extend({ modelId: z.string().optional(), citizensPerYear: z.number() });
export type CostModelInput = z.infer<typeof costModelInput>;

// ---- Cost result (domain CostResult, SensitivityRow) -----------------------

const costFigures = z.object({ total: z.number(), perYear: z.number(), perCitizen: z.number() });
export const costResult = z.object({
  modelId: z.string().nullable(),
  priceYear: z.number(),
  citizensPerYear: z.number(),
  operatingPeriodYears: z.number(),
  establishmentDiscountRate: z.number(),
  establishmentAnnuityFactor: z.number(),
  productiveHoursPerYear: z.number(),
  overheadRate: z.number(),
  hourlyCost: z.array(z.object({ roleId: z.string(), hourlyCost: z.number() })),
  establishment: costFigures,
  operation: costFigures,
  total: costFigures,
  byItem: z.array(costFigures.extend({ itemId: z.string(), phase: costPhase, hours: z.number() })),
  byRole: z.array(z.object({ roleId: z.string().nullable(), phase: costPhase, hours: z.number(), total: z.number() })),
  byCategory: z.array(z.object({ category: z.union([z.literal('staff_time'), otherCostCategory]), phase: costPhase, total: z.number() })),
  byQuarter: z.array(z.object({ quarter: z.string().nullable(), phase: costPhase, hours: z.number(), total: z.number() })),
});
export type CostResult = z.infer<typeof costResult>;

export const sensitivityRow = z.object({ citizensPerYear: z.number(), establishmentPerCitizen: z.number(), operationPerCitizen: z.number(), totalPerCitizen: z.number() });
export type SensitivityRow = z.infer<typeof sensitivityRow>;

/** Citizens a year: entered, counted from the case data, and which one the result uses. */
export const citizensBasis = z.object({
  entered: z.number().nullable(),
  fromCaseData: z.object({
    /** Distinct citizens who started a course of the model in the unit (and below) in the period. */
    citizens: z.number().int(),
    /** The period in years. */
    years: z.number(),
    perYear: z.number().nullable(),
  }),
  used: z.number(),
  source: z.enum(['entered', 'case_data', 'none']),
});
export type CitizensBasis = z.infer<typeof citizensBasis>;

/** A computed cost: the result and its sensitivity, or the problems that prevented it. */
export const costOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), cost: costResult, sensitivity: z.array(sensitivityRow) }),
  z.object({ ok: z.literal(false), problems: z.array(problem) }),
]);
export type CostOutcome = z.infer<typeof costOutcome>;

// ---- Catalogue --------------------------------------------------------------

export const catalogueQuery = z.object({ modelId: z.string().min(1, { error: 'Vælg en model.' }) });
export const catalogue = z.object({
  modelId: z.string(),
  items: z.array(z.object({ id: z.string(), phase: costPhase, name, roles: z.array(z.string()), source: sourceRef })),
  roles: z.array(z.object({ id: z.string(), name })),
  phases: z.array(costPhase),
  categories: z.array(otherCostCategory),
  consequences: z.array(z.object({ id: z.enum(consequenceIds), unit: z.enum(['week', 'day']) })),
  defaults: z.object({ productiveHoursPerYear: z.number(), overheadRate: z.number(), establishmentDiscountRate: z.number(), sensitivityFactors: z.array(z.number()) }),
});
export type Catalogue = z.infer<typeof catalogue>;

// ---- Cost models -------------------------------------------------------------

/** Create or replace (PUT sends the whole) a cost model. */
export const newCostModel = z.object({
  unitId: uuid,
  modelId: z.string().min(1, { error: 'Vælg en model.' }),
  name: z.string().trim().min(1, { error: 'Omkostningsberegningen skal have et navn.' }).max(200, { error: 'Navnet må højst være 200 tegn.' }),
  periodFrom: isoDate,
  periodTo: isoDate,
  /** Entered citizens a year; null: counted from the case data. */
  citizensPerYear: z.number().positive({ error: 'Borgere pr. år skal være større end 0.' }).nullable(),
  input: costModelBody,
});
export type NewCostModel = z.infer<typeof newCostModel>;
/** What the routes accept: the input's content is checked by the domain (problems with paths and codes). */
export const newCostModelBody = newCostModel.extend({ input: z.record(z.string(), z.unknown()) });

export const costModelSummary = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  modelId: z.string(),
  name: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  citizensPerYear: z.number().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type CostModelSummary = z.infer<typeof costModelSummary>;
export const costModelsQuery = z.object({ unitId: uuid.optional(), modelId: z.string().min(1).optional() });
export const costModelsResponse = z.object({ costModels: z.array(costModelSummary) });

export const costModelDetail = costModelSummary.extend({
  input: costModelBody,
  citizens: citizensBasis,
  /** The domain input the result was computed from. */
  computedInput: costModelInput,
  result: costOutcome,
});
export type CostModelDetail = z.infer<typeof costModelDetail>;

/** ?sensitivity=38,50.4,68: citizens a year for the sensitivity table (default 0.5-1.5 × the citizens used, and the case data's number). */
export const sensitivityQuery = z.object({
  sensitivity: z
    .string()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, { error: 'Skriv antal borgere adskilt af komma, fx 38,50.4,68.' })
    .optional(),
});

/** POST /api/economics/cost/compute: a cost model without saving it (the form's live preview). */
export const costComputeBody = newCostModelBody.partial({ name: true }).extend({ sensitivity: z.array(z.number()).optional() });
export const costComputeResponse = z.object({ citizens: citizensBasis, computedInput: z.record(z.string(), z.unknown()), result: costOutcome });
export type CostComputeResponse = z.infer<typeof costComputeResponse>;

// ---- Unit prices ---------------------------------------------------------------

export const consequence = z.enum(consequenceIds);
export const unitPriceSet = z.object({
  id: z.string(),
  version: z.string(),
  priceYear: z.number(),
  status: z.enum(['official', 'calibrated', 'user']),
  source: sourceRef.nullable(),
  calibratedUnder: z.object({ discountRate: z.number(), horizonYears: z.number(), startOffsetYears: z.number() }).nullable(),
  prices: z.array(z.object({ consequence, municipality: z.number(), state: z.number() })),
});
export type UnitPriceSet = z.infer<typeof unitPriceSet>;
export const priceSetEntry = z.object({ name: z.string(), builtin: z.boolean(), createdAt: z.string(), set: unitPriceSet });
export type PriceSetEntry = z.infer<typeof priceSetEntry>;
export const priceSetsResponse = z.object({ priceSets: z.array(priceSetEntry) });
/** A new price set version: official prices typed in (e.g. from SØM's knowledge base) or the municipality's own. */
export const newPriceSet = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  priceYear: z.number(),
  status: z.enum(['official', 'user']),
  source: sourceRef.nullable().default(null),
  prices: z.array(z.object({ consequence, municipality: z.number(), state: z.number() })),
});
export type NewPriceSet = z.input<typeof newPriceSet>;
/** What the route accepts: the content is checked by validatePriceSet (problems with paths and codes). */
export const newPriceSetBody = z.record(z.string(), z.unknown());
export const priceSetParams = z.object({ id: z.string().min(1), version: z.string().min(1) });

// ---- Scenarios -------------------------------------------------------------------

export const scenarioInput = z.object({
  id: z.string().optional(),
  priceYear: z.number(),
  priceIndex: priceIndex.optional(),
  investmentPerCitizen: z.object({ municipality: z.number(), state: z.number() }),
  changes: z.array(z.object({ consequence, quantityPerYear: z.number() })),
  horizonYears: z.number(),
  startOffsetYears: z.number().optional(),
  discountRate: z.number().optional(),
  cohortSize: z.number().optional(),
});
export type ScenarioInput = z.infer<typeof scenarioInput>;

/** Where the change in one consequence comes from: a saved evaluation analysis (its effect and CI) or figures entered. */
export const scenarioEvidence = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('analysis'),
    /** A saved analysis of the caller's municipality: an ATT or difference in differences of self_sufficient_weeks in a window. */
    analysisId: z.string().min(1),
    consequence,
    /** Which interval bounds the effect: the analytic CI (default) or the bootstrap CI. */
    interval: z.enum(['analytic', 'bootstrap']).optional(),
  }),
  z.object({
    source: z.literal('entered'),
    consequence,
    estimate: z.number(),
    ciLow: z.number(),
    ciHigh: z.number(),
    /** Months of the window the effect was measured over (12 for 1-12). */
    windowMonths: z.number(),
    level: z.number().optional(),
  }),
]);
export type ScenarioEvidence = z.infer<typeof scenarioEvidence>;

export const newScenario = z.object({
  unitId: uuid,
  name: z.string().trim().min(1, { error: 'Scenariet skal have et navn.' }).max(200, { error: 'Navnet må højst være 200 tegn.' }),
  unitPrices: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  /** Take the investment per citizen from this cost model's total per citizen (all on the municipality, as 002). */
  costModelId: uuid.nullable().default(null),
  evidence: scenarioEvidence.nullable().default(null),
  input: scenarioInput,
});
export type NewScenario = z.input<typeof newScenario>;
/** What the routes accept: the input's content is checked by the domain. */
export const newScenarioBody = newScenario.extend({ input: z.record(z.string(), z.unknown()) });
export const scenarioComputeBody = newScenarioBody.partial({ unitId: true, name: true });

const actorSplit = z.object({ municipality: z.number(), state: z.number(), total: z.number() });
const scenarioFigures = z.object({
  investment: actorSplit,
  returns: actorSplit,
  net: actorSplit,
  byConsequence: z.array(z.object({ consequence, quantityPerYear: z.number(), value: actorSplit })),
  years: z.array(z.object({ year: z.number(), flow: actorSplit, cumulative: actorSplit })),
  breakEvenYear: z.object({ municipality: z.number().nullable(), state: z.number().nullable(), total: z.number().nullable() }),
});
export const scenarioResult = z.object({
  id: z.string().nullable(),
  priceYear: z.number(),
  horizonYears: z.number(),
  startOffsetYears: z.number(),
  discountRate: z.number(),
  cohortSize: z.number(),
  unitPrices: z.object({ id: z.string(), version: z.string(), status: z.enum(['official', 'calibrated', 'user']) }),
  perCitizen: scenarioFigures,
  cohort: scenarioFigures,
});
export type ScenarioResult = z.infer<typeof scenarioResult>;

const interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });
const netIntervals = z.object({ municipality: interval, state: interval, total: interval });
export const evidenceResult = z.object({
  consequence,
  level: z.number().nullable(),
  analysisId: z.string().nullable(),
  quantityPerYear: interval,
  atEstimate: scenarioResult,
  atCiLow: scenarioResult,
  atCiHigh: scenarioResult,
  netPerCitizen: netIntervals,
  netCohort: netIntervals,
});
export type EvidenceResult = z.infer<typeof evidenceResult>;

/** The effect read from a saved analysis (aggregate only). */
export const analysisEffect = z.object({
  analysisId: z.string(),
  outcome: z.string().nullable(),
  window: z.string().nullable(),
  estimand: z.string().nullable(),
  interval: z.enum(['analytic', 'bootstrap']),
  estimate: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
  windowMonths: z.number(),
  level: z.number().nullable(),
});

/** An evaluated scenario: the result (at the estimate when there is evidence) and the interval, or the problems. */
export const scenarioOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), scenario: scenarioResult, evidence: evidenceResult.nullable() }),
  z.object({ ok: z.literal(false), problems: z.array(problem) }),
]);
export type ScenarioOutcome = z.infer<typeof scenarioOutcome>;

export const scenarioSummary = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  name: z.string(),
  unitPrices: z.object({ id: z.string(), version: z.string() }),
  costModelId: uuid.nullable(),
  evidence: scenarioEvidence.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type ScenarioSummary = z.infer<typeof scenarioSummary>;
export const scenariosQuery = z.object({ unitId: uuid.optional() });
export const scenariosResponse = z.object({ scenarios: z.array(scenarioSummary) });

export const scenarioDetail = scenarioSummary.extend({
  input: scenarioInput,
  /** The input as evaluated (investment from the cost model filled in). */
  evaluatedInput: z.record(z.string(), z.unknown()),
  analysis: analysisEffect.nullable(),
  result: scenarioOutcome,
});
export type ScenarioDetail = z.infer<typeof scenarioDetail>;

export const scenarioComputeResponse = z.object({ evaluatedInput: z.record(z.string(), z.unknown()), analysis: analysisEffect.nullable(), result: scenarioOutcome });
export type ScenarioComputeResponse = z.infer<typeof scenarioComputeResponse>;

// ---- Archetypes ------------------------------------------------------------------

export const archetype = z.object({
  id: z.enum(['A', 'B', 'C', 'D']),
  labourMarketWeeksPerYear: z.number(),
  homeSupportDaysSavedPerYear: z.number(),
  /** 002 Figure 6-5's net result per citizen (rounded to 100 kr.). */
  published: actorSplit,
  /** Computed with the calibrated prices, rounded to 100 kr. as 002 prints. */
  computedRounded: actorSplit,
  /** B and D calibrate the prices; A and C are the out-of-sample check. */
  usedForCalibration: z.boolean(),
  scenario: scenarioInput,
  result: scenarioResult,
});
export type Archetype = z.infer<typeof archetype>;
export const archetypesResponse = z.object({ unitPrices: priceSetEntry.omit({ createdAt: true }), archetypes: z.array(archetype), source: z.array(sourceRef) });
export type ArchetypesResponse = z.infer<typeof archetypesResponse>;

export const idParams = z.object({ id: uuid });
