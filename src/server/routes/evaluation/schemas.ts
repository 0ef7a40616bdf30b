/**
 * The evaluation API's request and response schemas (issue 13). The web app
 * imports the inferred types from here (one contract between server and
 * web); the routes validate with them and the OpenAPI document is generated
 * from them. Results are aggregates: no response names a person.
 */
import { z } from 'zod';
import { benefitStates } from '../../../domain/registers/states.ts';
import {
  analysisStages,
  evaluationMethods,
  survivalOutcomes,
  windowOutcomes,
  type AnalysisResult,
  type CohortSummary,
} from '../../../domain/evaluation/analysis-spec.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' });
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Skal være en måned (ÅÅÅÅ-MM).' });
const uuid = z.string().uuid({ error: 'Skal være et id (uuid).' });
const name = z.object({ da: z.string(), en: z.string() });

export const evaluationMethod = z.enum(evaluationMethods, { error: `Ukendt metode; brug en af: ${evaluationMethods.join(', ')}.` });
export const analysisOutcome = z.enum([...windowOutcomes, ...survivalOutcomes], { error: 'Ukendt effektmål.' });
export const outcomeWindow = z.enum(['1-6', '7-12', '13-24', '1-12'], { error: 'Vinduet skal være 1-6, 7-12, 13-24 eller 1-12.' });

export const targetGroupRule = z.object({
  states: z.array(z.enum(benefitStates, { error: 'Ukendt ydelsestilstand.' })).min(1, { error: 'Vælg mindst én ydelse.' }),
  atLeast: z.number().int().min(1, { error: 'Skal være mindst 1 uge.' }),
  ofLast: z.number().int().min(1, { error: 'Skal være mindst 1 uge.' }).max(260, { error: 'Højst 260 uger.' }),
});

export const treatedSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('case_data'),
    unitId: uuid,
    from: isoDate,
    to: isoDate,
    by: z.enum(['course', 'visitation']).default('course'),
  }),
  z.object({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(200),
    csv: z.string().min(1, { error: 'Filen er tom.' }).max(20_000_000, { error: 'Filen er for stor (højst 20 MB).' }),
  }),
]);

export const cohortSpec = z.object({
  modelId: z.string().min(1, { error: 'Vælg en model.' }),
  treated: treatedSource,
  rule: targetGroupRule.optional(),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
});

export const analysisSpec = z.object({
  method: evaluationMethod,
  outcome: analysisOutcome,
  window: outcomeWindow.default('1-12'),
  covariates: z.array(z.string().min(1)).optional(),
  ratio: z.number().int().min(1, { error: 'Forholdet skal være mindst 1.' }).max(10, { error: 'Højst 10 kontroller pr. deltager.' }).optional(),
  replace: z.boolean().optional(),
  caliper: z.number().positive({ error: 'Caliper skal være positiv.' }).nullable().optional(),
  exact: z.array(z.string().min(1)).optional(),
  distance: z.enum(['ps', 'logit']).optional(),
  cutpoints: z.record(z.string(), z.union([z.number(), z.array(z.number()), z.string()])).optional(),
  leads: z.number().int().min(2).max(24).optional(),
  lags: z.number().int().min(0).max(24).optional(),
  bootstrap: z
    .object({ replicates: z.number().int().min(50, { error: 'Mindst 50 gentagelser.' }).max(5000, { error: 'Højst 5000 gentagelser.' }), seed: z.number().int().min(0).optional() })
    .nullable()
    .optional(),
  level: z.number().gt(0.5).lt(1).optional(),
});

export const runRequest = z.object({ cohort: cohortSpec, analysis: analysisSpec });
export type RunRequest = z.infer<typeof runRequest>;

// ---- Results ---------------------------------------------------------------

const estimate = z.object({ estimate: z.number(), se: z.number(), ciLow: z.number(), ciHigh: z.number(), p: z.number() });
const balanceRow = z.object({
  name: z.string(),
  meansTreated: z.number(),
  meansControl: z.number(),
  stdMeanDiff: z.number().nullable(),
  varRatio: z.number().nullable(),
  ecdfMean: z.number().nullable(),
  ecdfMax: z.number().nullable(),
  stdPairDist: z.number().nullable(),
});
const sizes = z.object({ allEss: z.number(), all: z.number(), matchedEss: z.number(), matched: z.number(), unmatched: z.number(), discarded: z.number() });

export const analysisResult = z.object({
  method: evaluationMethod,
  outcome: analysisOutcome,
  window: outcomeWindow.nullable(),
  estimand: z.enum(['att', 'hazard_ratio', 'did']),
  level: z.number(),
  effect: estimate,
  bootstrap: z.object({ ciLow: z.number(), ciHigh: z.number(), replicates: z.number(), seed: z.number() }).nullable(),
  naive: estimate.nullable(),
  meanTreated: z.number().nullable(),
  meanControl: z.number().nullable(),
  nTreated: z.number(),
  nControl: z.number(),
  nMatchedTreated: z.number(),
  nMatchedControl: z.number(),
  covariates: z.array(z.string()),
  droppedCovariates: z.array(z.object({ name: z.string(), reason: z.enum(['constant', 'constant_in_treated', 'unknown', 'aliased']) })),
  balance: z.object({ before: z.array(balanceRow), after: z.array(balanceRow) }).nullable(),
  sampleSizes: z.object({ control: sizes, treated: sizes }).nullable(),
  survival: z
    .object({
      outcome: z.enum(survivalOutcomes),
      sample: z.enum(['matched', 'all']),
      curves: z.array(
        z.object({
          group: z.enum(['treated', 'control']),
          n: z.number(),
          events: z.number(),
          time: z.array(z.number()),
          surv: z.array(z.number()),
          lower: z.array(z.number().nullable()),
          upper: z.array(z.number().nullable()),
          nRisk: z.array(z.number()),
          median: z.number().nullable(),
        }),
      ),
      logRank: z.object({ chiSquare: z.number(), df: z.number(), p: z.number() }).nullable(),
      hazardRatio: estimate.nullable(),
    })
    .nullable(),
  eventStudy: z
    .object({
      points: z.array(estimate.extend({ k: z.number() })),
      preTrend: z.object({ statistic: z.number(), df: z.number(), p: z.number() }).nullable(),
    })
    .nullable(),
  warnings: z.array(
    z.object({
      code: z.enum(['pre_trends_not_flat', 'few_treated', 'few_matched', 'poor_balance', 'glm_not_converged', 'glm_separation', 'outcome_missing_rows', 'lookback_truncated']),
      values: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
    }),
  ),
});
export type AnalysisResultBody = z.infer<typeof analysisResult>;

export const cohortSummary = z.object({
  nTreated: z.number(),
  nControl: z.number(),
  excluded: z.object({
    not_in_register: z.number(),
    not_in_target_group: z.number(),
    missing_birth_year: z.number(),
    never_qualifies: z.number(),
    exposed: z.number(),
  }),
  nullOutcomes: z.record(z.string(), z.number()),
  truncatedLookback: z.number(),
  rule: targetGroupRule,
  seed: z.number(),
  timeZeroFrom: isoDate.nullable(),
  timeZeroTo: isoDate.nullable(),
});

/** What makes a result reproducible: the inputs' hashes, the data period and the software. */
export const reproducibility = z.object({
  /** SHA-256 of the canonical JSON of cohort spec + analysis spec (the CSV is hashed, not embedded). */
  specSha256: z.string(),
  /** SHA-256 of the treated list actually used (sorted person,time_zero lines). */
  treatedSha256: z.string(),
  /** SHA-256 of the CSV file when the treated came from a file. */
  fileSha256: z.string().nullable(),
  /** The register imports in force (kind, file name, sha256 of the file, period). */
  registerImports: z.array(z.object({ id: z.number(), kind: z.string(), fileName: z.string(), sha256: z.string(), periodFrom: isoDate.nullable(), periodTo: isoDate.nullable() })),
  /** Weeks and months the register covers. */
  dataPeriod: z.object({ benefitFrom: isoDate.nullable(), benefitTo: isoDate.nullable(), hoursFrom: monthKey.nullable(), hoursTo: monthKey.nullable() }),
  software: z.object({ jobspor: z.string(), node: z.string(), mlMatrix: z.string(), commit: z.string().nullable() }),
  computedAt: z.string(),
});
export type Reproducibility = z.infer<typeof reproducibility>;

export const runStatus = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export const run = z.object({
  id: z.string(),
  status: runStatus,
  stage: z.enum(analysisStages),
  /** Overall progress 0..1. */
  progress: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  request: runRequest,
  error: z.object({ code: z.string(), field: z.string().nullable(), message: z.string() }).nullable(),
  cohort: cohortSummary.nullable(),
  result: analysisResult.nullable(),
  reproducibility: reproducibility.nullable(),
});
export type Run = z.infer<typeof run>;

export const saveAnalysis = z.object({
  runId: z.string().min(1),
  name: z.string().trim().min(1, { error: 'Giv analysen et navn.' }).max(200, { error: 'Højst 200 tegn.' }),
});

export const savedAnalysisSummary = z.object({
  id: uuid,
  name: z.string(),
  modelId: z.string(),
  method: evaluationMethod,
  outcome: analysisOutcome,
  window: outcomeWindow.nullable(),
  estimand: z.enum(['att', 'hazard_ratio', 'did']),
  effect: estimate,
  nTreated: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type SavedAnalysisSummary = z.infer<typeof savedAnalysisSummary>;

export const savedAnalysis = savedAnalysisSummary.extend({
  request: runRequest,
  cohort: cohortSummary,
  result: analysisResult,
  reproducibility,
});
export type SavedAnalysis = z.infer<typeof savedAnalysis>;

// ---- Options for the form ------------------------------------------------

export const evaluationOptions = z.object({
  models: z.array(z.object({ id: z.string(), version: z.string(), name, defaultRule: targetGroupRule, mainOutcome: analysisOutcome, mainWindow: outcomeWindow })),
  units: z.array(z.object({ id: uuid, name: z.string(), kind: z.string(), parentId: uuid.nullable() })),
  methods: z.array(evaluationMethod),
  outcomes: z.object({ window: z.array(analysisOutcome), survival: z.array(analysisOutcome) }),
  windows: z.array(outcomeWindow),
  /** Every covariate the cohort builds, and the default set. */
  covariates: z.array(z.string()),
  defaultCovariates: z.array(z.string()),
  dataPeriod: reproducibility.shape.dataPeriod,
});
export type EvaluationOptions = z.infer<typeof evaluationOptions>;

// ---- Continuous evaluation -------------------------------------------------

export const continuousPoint = z.object({
  month: monthKey,
  /** null when too few treated or controls for an estimate (reason says why). */
  effect: estimate.nullable(),
  nTreated: z.number(),
  nControl: z.number(),
  reason: z.enum(['few_treated', 'few_controls', 'no_outcome_data', 'failed']).nullable(),
});
export const continuousSeries = z.object({
  modelId: z.string(),
  unitId: uuid,
  outcome: analysisOutcome,
  window: outcomeWindow,
  /** Treated cohort per point: time zeros in the 12 months ending when the window closes at the point's month. */
  cohortMonths: z.number(),
  points: z.array(continuousPoint),
  computedAt: z.string().nullable(),
});
export type ContinuousSeries = z.infer<typeof continuousSeries>;

// Compile-time checks: the API schemas carry the domain's types unchanged.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultMatches: Same<z.infer<typeof analysisResult>, AnalysisResult> = true;
// The domain's rule has a readonly states list, the API's a plain array: same keys, and the API's fits the domain's.
const cohortMatches: Same<keyof z.infer<typeof cohortSummary>, keyof CohortSummary> & (z.infer<typeof cohortSummary> extends CohortSummary ? true : false) = true;
void resultMatches;
void cohortMatches;
