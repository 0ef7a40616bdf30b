/**
 * The monitoring API's request and response schemas (issue 11). The web app
 * imports the inferred types from here (one contract between server and
 * web); the routes validate with them and the OpenAPI document is generated
 * from them.
 */
import { z } from 'zod';

export const monthKey = z
  .string({ error: 'Måneden mangler.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Skal være en måned (ÅÅÅÅ-MM).' });

/**
 * A unit the report can be made for: 'country', 'municipality:<kommunekode>',
 * 'unit:<uuid>' (job centre, team; a municipality unit with a kommunekode is
 * reported as 'municipality:<code>'), 'staff:<uuid>'.
 */
export const unitKey = z
  .string({ error: 'Enheden mangler.' })
  .regex(/^(country|municipality:\d{3}|unit:[0-9a-f-]{36}|staff:[0-9a-f-]{36})$/, { error: 'Ukendt enhed.' });

export const reportUnitKind = z.enum(['country', 'municipality', 'jobcentre', 'team', 'staff']);

export const reportQuery = z.object({
  model: z.string({ error: 'Modellen mangler.' }).min(1),
  unit: unitKey,
  month: monthKey,
});
export type ReportQuery = z.infer<typeof reportQuery>;

const sourceRef = z.object({ seed: z.string(), section: z.string(), note: z.string().optional() });

export const figurePoint = z.object({
  month: monthKey,
  numerator: z.number(),
  denominator: z.number(),
  /** Percent, count, index ... as the measure's unit says; null when undefined (denominator 0, N_hist = 0). */
  value: z.number().nullable(),
  /** Stored version of a closed month's figure (1 = first computed); null for the open month, computed live. */
  version: z.number().int().nullable(),
});

export const thirdPlacement = z.object({
  third: z.enum(['top', 'middle', 'bottom']).nullable(),
  /** 1 = best. */
  rank: z.number().int().nullable(),
  of: z.number().int(),
});

export const reportMeasure = z.object({
  id: z.string(),
  /** The model definition's success criterion or KPI this measure computes, when there is one. */
  modelMeasureId: z.string().nullable(),
  version: z.number().int(),
  kind: z.enum(['share', 'sum', 'mean', 'index']),
  unit: z.enum(['percent', 'count', 'hours', 'weeks', 'days', 'fte', 'index']),
  /** Higher is better (true for most); decides ranks and thirds. */
  higherIsBetter: z.boolean(),
  source: sourceRef,
  target: z
    .object({ comparison: z.enum(['at_least', 'at_most', 'more_than', 'less_than']), value: z.number(), origin: z.enum(['model', 'unit']) })
    .nullable(),
  /** The unit's series: the 24 months before `month` and `month` itself, oldest first. */
  series: z.array(figurePoint),
  /** The same months for the whole country and for the unit's cluster (null values where not computed). */
  countrySeries: z.array(z.object({ month: monthKey, value: z.number().nullable() })),
  clusterSeries: z.array(z.object({ month: monthKey, value: z.number().nullable() })),
  /** The 10 municipalities with the best value in `month`. */
  top10: z.array(z.object({ unit: unitKey, name: z.string(), value: z.number() })),
  scoreboard: z.object({
    cluster: thirdPlacement,
    country: thirdPlacement,
    /** Value in `month` minus value in the month before; null when either is undefined. */
    changeSinceLastMonth: z.number().nullable(),
  }),
});
export type ReportMeasure = z.infer<typeof reportMeasure>;

export const report = z.object({
  model: z.string(),
  month: monthKey,
  unit: z.object({ key: unitKey, kind: reportUnitKind, name: z.string() }),
  /** The comparable municipalities the unit is compared with; null for the country. */
  cluster: z.object({ id: z.string(), name: z.string(), municipalities: z.number().int() }).nullable(),
  /** False for the running month: its figures are computed live and not stored. */
  closed: z.boolean(),
  computedAt: z.string(),
  measures: z.array(reportMeasure),
  /** Stored figures of the report's months that were corrected after they were first computed. */
  corrections: z.array(z.object({ measure: z.string(), month: monthKey, version: z.number().int(), correctedAt: z.string() })),
});
export type Report = z.infer<typeof report>;

/** The units a caller may open a report for, with names. */
export const reportUnits = z.object({
  units: z.array(z.object({ key: unitKey, kind: reportUnitKind, name: z.string(), parent: unitKey.nullable() })),
  /** The caller's own unit's key: the page opens on it. */
  defaultUnit: unitKey,
  /** The latest month with data (the report's default month). */
  latestMonth: monthKey.nullable(),
});
export type ReportUnits = z.infer<typeof reportUnits>;

export const personsQuery = reportQuery.extend({ measure: z.string().min(1) });
export type PersonsQuery = z.infer<typeof personsQuery>;

/** The persons behind one figure (audited). */
export const figurePersons = z.object({
  measure: z.string(),
  month: monthKey,
  numerator: z.number(),
  denominator: z.number(),
  persons: z.array(
    z.object({
      pseudonym: z.string(),
      /** Present only when the caller may see this citizen by name. */
      citizen: z.object({ id: z.string(), name: z.string() }).nullable(),
      numerator: z.number(),
      denominator: z.number(),
    }),
  ),
});
export type FigurePersons = z.infer<typeof figurePersons>;

export const exportFormat = z.enum(['xlsx', 'pdf', 'csv', 'json']);
export const exportQuery = reportQuery.extend({ format: exportFormat });

/** A target or sub-goal a leder sets for a team or staff member. */
export const target = z.object({
  model: z.string().min(1),
  measure: z.string().min(1),
  unit: unitKey,
  comparison: z.enum(['at_least', 'at_most']),
  value: z.number({ error: 'Målet skal være et tal.' }).finite().min(0, { error: 'Målet må ikke være negativt.' }),
});
export type Target = z.infer<typeof target>;
export const targets = z.object({ targets: z.array(target.extend({ setBy: z.string(), setAt: z.string() })) });

/** The municipality clusters (klynger): comparable municipalities. */
export const clusters = z.object({
  clusters: z.array(z.object({ id: z.string(), name: z.string(), municipalities: z.array(z.object({ code: z.string(), name: z.string() })) })),
  /** How the clusters were seeded (e.g. 'register:long-term-benefit-share:2018-12') or 'manual'. */
  basis: z.string(),
});
export type Clusters = z.infer<typeof clusters>;

// Added by the monitoring routes (issue 11, helper D): request bodies and answers the contract above left open.

/** PUT /api/monitoring/clusters: the clusters as a whole (replaces every cluster; basis becomes 'manual'). */
export const clustersInput = z.object({
  clusters: z.array(
    z.object({
      id: z.string().trim().min(1, { error: 'Klyngen mangler et id.' }).max(40),
      name: z.string().trim().min(1, { error: 'Klyngen mangler et navn.' }).max(200),
      municipalities: z.array(z.string().regex(/^\d{3}$/, { error: 'Skal være en kommunekode (3 cifre).' })),
    }),
  ),
});
export type ClustersInput = z.infer<typeof clustersInput>;

/** GET /api/monitoring/targets: the targets of a model and/or unit (those the caller may open). */
export const targetsQuery = z.object({ model: z.string().min(1).optional(), unit: unitKey.optional() });

/** DELETE /api/monitoring/targets: removes a unit's target (the model definition's applies again). */
export const targetKey = z.object({ model: z.string().min(1), measure: z.string().min(1), unit: unitKey });

/** POST /api/monitoring/recompute: which models (default all). */
export const recomputeInput = z.object({ models: z.array(z.string().min(1)).optional() });

/** What a recompute stored. */
export const recomputeResult = z.object({
  runId: z.number().int().nullable(),
  months: z.object({ from: monthKey, to: monthKey }).nullable(),
  persons: z.number().int(),
  inserted: z.number().int(),
  superseded: z.number().int(),
  unchanged: z.number().int(),
  durationMs: z.number().int(),
});
export type RecomputeResult = z.infer<typeof recomputeResult>;
