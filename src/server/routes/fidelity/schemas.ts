/**
 * The fidelity API's request and response schemas (issue 12). The web app
 * imports the inferred types from here (one contract between server and
 * web); the routes validate with them and the OpenAPI document is generated
 * from them. No response carries a staff id next to an answer: survey
 * figures are anonymous and small cells are suppressed (domain/fidelity).
 */
import { z } from 'zod';
import { respondentRoles } from '../../../domain/fidelity/instrument.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' });
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Skal være en måned (ÅÅÅÅ-MM).' });
const uuid = z.string().uuid({ error: 'Skal være et id (uuid).' });
const name = z.object({ da: z.string(), en: z.string() });
const sourceRef = z.object({ seed: z.string().optional(), section: z.string().optional(), citation: z.string().optional(), note: z.string().optional() });

export const respondentRole = z.enum(respondentRoles, { error: `Ukendt rolle; brug en af: ${respondentRoles.join(', ')}.` });
export const colour = z.enum(['green', 'yellow', 'red']);
export const wave = z.enum(['baseline', 'midway', 'end', 'named'], { error: 'Runden skal være baseline, midway, end eller named.' });

// ---- Instruments ---------------------------------------------------------

export const instrumentSummary = z.object({
  id: z.string(),
  version: z.string(),
  name,
  modelId: z.string().nullable(),
  builtin: z.boolean(),
  scoring: z.enum(['share_agreeing', 'mean', 'sum']),
  sections: z.number().int(),
  items: z.number().int(),
  respondentRoles: z.array(respondentRole),
  loadedAt: z.string(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

/** The full definition as stored (domain/fidelity/instrument.ts InstrumentSchema); typed loosely here, validated by the domain. */
export const instrumentDefinition = z.record(z.string(), z.unknown());

export const instrumentIssues = z.object({
  ok: z.boolean(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
  /** When ok: what was found. */
  summary: instrumentSummary.omit({ builtin: true, loadedAt: true }).nullable(),
});
export type InstrumentIssues = z.infer<typeof instrumentIssues>;

// ---- Rounds ----------------------------------------------------------------

export const roundStatus = z.enum(['planned', 'open', 'closed']);

export const roundSummary = z.object({
  id: uuid,
  name: z.string(),
  wave,
  modelId: z.string().nullable(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  opensOn: isoDate,
  closesOn: isoDate.nullable(),
  /** When it was closed by hand or by its date (the date's end), else null. */
  closedOn: isoDate.nullable(),
  status: roundStatus,
  origin: z.enum(['app', 'import']),
  units: z.array(z.object({ id: uuid, name: z.string() })),
  invited: z.number().int(),
  /** Responses stored: answered invitations plus imported responses. */
  answered: z.number().int(),
  /** Of `answered`, the responses imported from CSV (so answered may exceed invited). */
  imported: z.number().int(),
  createdBy: z.string(),
});
export type RoundSummary = z.infer<typeof roundSummary>;

export const roundsQuery = z.object({ model: z.string().min(1).optional() });
export const roundsResponse = z.object({ rounds: z.array(roundSummary) });

/** A staff member who may be invited, with the respondent roles they may answer as. */
export const candidate = z.object({
  staffId: uuid,
  displayName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  /** Respondent roles following from their staff roles (leder, jobformidler, virksomhedskonsulent, mentor). */
  roles: z.array(respondentRole),
});
export const candidatesQuery = z.object({
  /** Comma-separated unit ids; their subtrees are included. */
  units: z.string().min(1, { error: 'Vælg mindst én enhed.' }),
});
export const candidatesResponse = z.object({ candidates: z.array(candidate) });

export const newRound = z.object({
  instrumentId: z.string().min(1, { error: 'Vælg et måleredskab.' }),
  instrumentVersion: z.string().min(1, { error: 'Vælg en version af måleredskabet.' }),
  wave,
  name: z.string().trim().min(1, { error: 'Runden skal have et navn.' }).max(120, { error: 'Navnet må højst være 120 tegn.' }),
  unitIds: z.array(uuid).min(1, { error: 'Vælg mindst én enhed.' }),
  opensOn: isoDate,
  /** null: closes by hand. */
  closesOn: isoDate.nullable(),
  /** Who answers, and as what; empty for a round whose answers will be imported. */
  respondents: z.array(z.object({ staffId: uuid, role: respondentRole })),
  origin: z.enum(['app', 'import']).default('app'),
});
export type NewRound = z.infer<typeof newRound>;

export const roundId = z.object({ id: uuid });

// ---- Answering -----------------------------------------------------------

/** An open invitation of the signed-in staff member (also shown on their worklist). */
export const invitation = z.object({
  id: uuid,
  roundId: uuid,
  roundName: z.string(),
  modelId: z.string().nullable(),
  instrumentName: name,
  role: respondentRole,
  unitName: z.string(),
  closesOn: isoDate.nullable(),
});
export type Invitation = z.infer<typeof invitation>;
export const invitationsResponse = z.object({ invitations: z.array(invitation) });

const scalePoint = z.object({ value: z.number().int(), label: name });
/** The questionnaire for one invitation: only the items the invited role answers. */
export const questionnaire = z.object({
  invitation,
  instructions: z.string(),
  scales: z.array(z.object({ id: z.string(), kind: z.enum(['likert', 'bands']), points: z.array(scalePoint), allowDontKnow: z.boolean() })),
  sections: z.array(
    z.object({
      id: z.string(),
      title: name,
      items: z.array(z.object({ id: z.string(), statement: z.string(), statementEn: z.string().nullable(), scale: z.string() })),
    }),
  ),
});
export type Questionnaire = z.infer<typeof questionnaire>;

export const submitResponse = z.object({
  /** Every item of the questionnaire once; value null = "don't know" (only where the scale allows it). */
  answers: z.array(z.object({ item: z.string().min(1), value: z.number().int().nullable() })).min(1, { error: 'Besvarelsen er tom.' }),
});
export type SubmitResponse = z.infer<typeof submitResponse>;

// ---- Import --------------------------------------------------------------

/**
 * CSV body (text/csv): header `role,unit,<item id>...`; `unit` is a unit id
 * or a unit name in the round; an empty cell or "ved ikke" is don't know.
 */
export const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  fileName: z.string().max(200).default('svar.csv'),
});
export const importReport = z.object({
  dryRun: z.boolean(),
  rowsRead: z.number().int(),
  rowsAccepted: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), field: z.string(), reason: z.string() })),
  /** Whether anything was stored (never when dry run or when any row was rejected). */
  stored: z.boolean(),
  importId: uuid.nullable(),
});
export type ImportReport = z.infer<typeof importReport>;

// ---- Reports -------------------------------------------------------------

/** One figure of one cell; null figures are suppressed or have no answers (see `suppressed`). */
export const sectionFigure = z.object({
  respondents: z.number().int().nullable(),
  shareAgreeing: z.number().nullable(),
  mean: z.number().nullable(),
  suppressed: z.boolean(),
});
export type SectionFigure = z.infer<typeof sectionFigure>;

/** Behavioural fidelity of a core element at a date: met checks / applicable checks, from case data. */
export const behaviourFigure = z.object({
  coreElementId: z.string(),
  asOf: isoDate,
  met: z.number().int(),
  checks: z.number().int(),
  /** 0-100; null when no check applied. */
  percent: z.number().nullable(),
});
export type BehaviourFigure = z.infer<typeof behaviourFigure>;

export const reportQuery = z.object({
  model: z.string().min(1, { error: 'Modellen mangler.' }),
  /** Comma-separated round ids in the order to show; default: the model's rounds of the latest instrument, oldest first. */
  rounds: z.string().optional(),
  by: z.enum(['total', 'role', 'unit']).default('total'),
  /** Restrict to one unit (its subtree); refused when that unit's cell is suppressed in the unit breakdown. */
  unit: uuid.optional(),
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** The element × round table (003 Tables 1-3) for one breakdown. */
export const fidelityReport = z.object({
  model: z.object({ id: z.string(), name: name }),
  instrument: z.object({ id: z.string(), version: z.string(), name, scoring: z.enum(['share_agreeing', 'mean', 'sum']) }),
  colourRule: z.object({ greenAbove: z.number(), redBelow: z.number(), source: sourceRef }),
  minCellSize: z.number().int(),
  by: z.enum(['total', 'role', 'unit']),
  rounds: z.array(roundSummary.pick({ id: true, name: true, wave: true, opensOn: true, closedOn: true, status: true }).extend({ respondents: z.number().int().nullable() })),
  sections: z.array(z.object({ id: z.string(), title: name, coreElementId: z.string().nullable(), source: sourceRef })),
  /** One group per breakdown key ('total', a role, a unit id), with its label. */
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      suppressed: z.boolean(),
      /** [section][round] */
      figures: z.array(z.array(sectionFigure)),
      /** [section][round-1]: change from the previous round to this, null where either side has no figure. */
      changes: z.array(z.array(z.object({ points: z.number(), colour }).nullable())),
      /** 'sum' scoring: mean total and band per round. */
      totals: z.array(z.object({ complete: z.number().int().nullable(), meanTotal: z.number().nullable(), band: name.nullable() })).nullable(),
    }),
  ),
  /** Behavioural fidelity beside the survey, per section's core element and round (as of the round's close, or today if open); only for by=total and by=unit. */
  behaviour: z.array(
    z.object({
      groupKey: z.string(),
      coreElementId: z.string(),
      points: z.array(behaviourFigure.nullable()),
      changes: z.array(z.object({ points: z.number(), colour }).nullable()),
    }),
  ),
});
export type FidelityReport = z.infer<typeof fidelityReport>;

export const heatmapQuery = z.object({ model: z.string().min(1), round: uuid });
/** Units × sections for one round: survey share agreeing (suppressed cells null) and behavioural percent. */
export const heatmap = z.object({
  round: roundSummary.pick({ id: true, name: true, closedOn: true }),
  minCellSize: z.number().int(),
  sections: z.array(z.object({ id: z.string(), title: name, coreElementId: z.string().nullable() })),
  units: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      suppressed: z.boolean(),
      survey: z.array(z.number().nullable()),
      behaviour: z.array(z.number().nullable()),
    }),
  ),
});
export type Heatmap = z.infer<typeof heatmap>;

export const trendQuery = z.object({ model: z.string().min(1), unit: uuid.optional(), months: z.coerce.number().int().min(1).max(60).default(24) });
/** Survey share per section over rounds, and behavioural percent per core element month by month. */
export const trend = z.object({
  rounds: z.array(z.object({ id: uuid, name: z.string(), date: isoDate, sections: z.array(z.object({ sectionId: z.string(), shareAgreeing: z.number().nullable() })) })),
  behaviour: z.array(z.object({ coreElementId: z.string(), title: name, points: z.array(z.object({ month: monthKey, percent: z.number().nullable(), checks: z.number().int() })) })),
});
export type Trend = z.infer<typeof trend>;

export const outcomeQuery = z.object({
  model: z.string().min(1),
  round: uuid,
  /** A monitoring measure id (issue 11); default the model's first success measure. */
  measure: z.string().optional(),
});
/** 000 Figure 7: fidelity against outcome per unit, with Pearson's r. */
export const outcomeScatter = z.object({
  measure: z.object({ id: z.string(), name, unit: z.string(), month: monthKey }),
  measures: z.array(z.object({ id: z.string(), name })),
  points: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      /** Mean share agreeing over sections; null when suppressed. */
      survey: z.number().nullable(),
      /** Pooled behavioural percent over core elements. */
      behaviour: z.number().nullable(),
      outcome: z.number().nullable(),
    }),
  ),
  correlation: z.object({
    survey: z.object({ r: z.number().nullable(), n: z.number().int() }),
    behaviour: z.object({ r: z.number().nullable(), n: z.number().int() }),
  }),
});
export type OutcomeScatter = z.infer<typeof outcomeScatter>;

export const exportQuery = reportQuery.extend({ format: z.enum(['xlsx', 'pdf'], { error: 'Formatet skal være xlsx eller pdf.' }) });
