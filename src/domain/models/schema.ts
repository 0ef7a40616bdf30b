/**
 * The Zod schema of a model definition and the validation that turns any
 * problem into '<path>: <reason>', e.g.
 * 'coreElements[1].rules[0].params.days.value: default 400 is outside the
 * allowed bounds [1, 365]'. Structure is checked by the schema, references
 * between parts (phases, groups, ids) by the cross-checks at the end.
 */
import { z } from 'zod';
import { HOURS_MAX, hoursGoalPeriods } from '../placements/hours.ts';
import { IdSchema, NameSchema, SourceRefSchema } from '../rules/source.ts';
import { courseRoles } from '../rules/facts.ts';
import { RuleSchema, ruleTypes } from '../rules/vocabulary.ts';
import { EligibilityRuleSchema } from './eligibility.ts';
import { PhaseSchema, TransitionSchema, type Condition } from './phases.ts';
import { VisitationSchema } from './visitation.ts';

export const FidelityScaleSchema = z
  .object({
    description: z.string().min(1),
    /** Answer options, lowest first. */
    points: z.array(z.object({ value: z.number().int(), label: z.string().min(1) }).strict()).min(2),
    /** Values counted as agreement / high fidelity when a share is computed. */
    positive: z.array(z.number().int()).min(1),
    source: SourceRefSchema,
    /**
     * Thresholds (pp) for colouring the change in the share agreeing between
     * rounds; absent: ±5 as in 003 §3.1 (domain/fidelity/colour.ts).
     */
    colourRule: z
      .object({ greenAbove: z.number().min(0).max(100), redBelow: z.number().min(-100).max(0), source: SourceRefSchema })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((scale, ctx) => {
    const values = scale.points.map((p) => p.value);
    scale.positive.forEach((v, i) => {
      if (!values.includes(v)) ctx.addIssue({ code: 'custom', path: ['positive', i], message: `${v} is not one of the scale's values (${values.join(', ')})` });
    });
  });

export const FidelityItemSchema = z.object({ id: IdSchema, statement: z.string().min(1) }).strict();

export const CoreElementSchema = z
  .object({
    /** As in the source (KE1, 1A, TRIN1 ...). */
    id: IdSchema,
    /** 'framework' marks a frame requirement around the model (organisation, caseloads), not one of its core elements. */
    kind: z.enum(['core_element', 'framework']),
    title: NameSchema,
    description: z.string().min(1),
    source: SourceRefSchema,
    rules: z.array(RuleSchema),
    fidelity: z.array(FidelityItemSchema),
  })
  .strict();
export type CoreElement = z.infer<typeof CoreElementSchema>;

export const measureUnits = ['percent', 'count', 'days', 'hours_per_week', 'hours_per_month', 'index', 'score', 'ratio', 'percentage_points'] as const;

export const MeasureSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    /** The exact definition of what is counted, in Danish. */
    wording: z.string().min(1),
    unit: z.enum(measureUnits),
    /** What is counted over; null for a plain count or level. */
    denominator: z.string().min(1).nullable(),
    target: z.object({ comparison: z.enum(['at_least', 'at_most', 'more_than', 'less_than']), value: z.number() }).strict().optional(),
    source: SourceRefSchema,
  })
  .strict();
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * The model's goal of actual paid (ordinary) hours a citizen works towards:
 * at least `hours` a week or a calendar month. The hours screens draw it and
 * say whether it was reached (domain/placements/hours.ts). A model without
 * one has no goal line.
 */
export const HoursGoalSchema = z
  .object({
    hours: z.number().positive().max(HOURS_MAX * 5),
    period: z.enum(hoursGoalPeriods),
    source: SourceRefSchema,
  })
  .strict();
export type HoursGoalDefinition = z.infer<typeof HoursGoalSchema>;

const goalUnit = { hours_per_week: 'week', hours_per_month: 'month' } as const;

const modelShape = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and "-"'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'),
    name: NameSchema,
    shortName: z.string().min(1),
    source: SourceRefSchema,
    description: z.string().min(1),
    targetGroup: z.object({ description: z.string().min(1), rules: z.array(EligibilityRuleSchema).min(1) }).strict(),
    visitation: VisitationSchema.optional(),
    initialPhase: IdSchema,
    /**
     * The course roles staff hold in this model, lead role first: the one a
     * staff member takes at enrolment unless another is chosen, and so the
     * one the model's caseload figures count.
     */
    staffRoles: z.array(z.enum(courseRoles)).min(1),
    phases: z.array(PhaseSchema).min(1),
    transitions: z.array(TransitionSchema),
    coreElements: z.array(CoreElementSchema).min(1),
    fidelityScale: FidelityScaleSchema,
    successCriteria: z.array(MeasureSchema),
    kpis: z.array(MeasureSchema),
    hoursGoal: HoursGoalSchema.optional(),
  })
  .strict();

export const ModelDefinitionSchema = modelShape.superRefine((m, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (ids: { id: string; path: (string | number)[] }[], what: string) => {
    const seen = new Map<string, string>();
    for (const { id, path } of ids) {
      const earlier = seen.get(id);
      if (earlier !== undefined) issue([...path, 'id'], `duplicate ${what} id '${id}' (also at ${earlier})`);
      else seen.set(id, formatPath(path));
    }
  };

  const phaseIds = m.phases.map((p) => p.id);
  const knownPhase = (id: string, path: (string | number)[]) => {
    if (!phaseIds.includes(id)) issue(path, `unknown phase '${id}' (phases: ${phaseIds.join(', ')})`);
  };
  unique(m.phases.map((p, i) => ({ id: p.id, path: ['phases', i] })), 'phase');
  knownPhase(m.initialPhase, ['initialPhase']);
  m.transitions.forEach((t, i) => {
    knownPhase(t.from, ['transitions', i, 'from']);
    knownPhase(t.to, ['transitions', i, 'to']);
    if (t.from === t.to) issue(['transitions', i, 'to'], `a transition must change phase ('${t.from}' -> '${t.to}')`);
  });
  const pairs = new Set<string>();
  m.transitions.forEach((t, i) => {
    const key = `${t.from}->${t.to}`;
    if (pairs.has(key)) issue(['transitions', i], `duplicate transition ${key}`);
    pairs.add(key);
  });

  const groupIds = m.visitation?.groups.map((g) => g.id) ?? [];
  unique(m.visitation?.groups.map((g, i) => ({ id: g.id, path: ['visitation', 'groups', i] })) ?? [], 'visitation group');
  unique(m.coreElements.map((e, i) => ({ id: e.id, path: ['coreElements', i] })), 'core element');
  unique(m.coreElements.flatMap((e, i) => e.rules.map((r, k) => ({ id: r.id, path: ['coreElements', i, 'rules', k] }))), 'rule');
  unique(m.coreElements.flatMap((e, i) => e.fidelity.map((f, k) => ({ id: f.id, path: ['coreElements', i, 'fidelity', k] }))), 'fidelity item');
  unique(m.targetGroup.rules.map((r, i) => ({ id: r.id, path: ['targetGroup', 'rules', i] })), 'eligibility rule');
  unique(
    [...m.successCriteria.map((s, i) => ({ id: s.id, path: ['successCriteria', i] })), ...m.kpis.map((k, i) => ({ id: k.id, path: ['kpis', i] }))],
    'success criterion / KPI',
  );

  // A success criterion of paid hours a week or month is the hours goal, so the two must agree.
  m.successCriteria.forEach((c, i) => {
    const period = c.unit === 'hours_per_week' || c.unit === 'hours_per_month' ? goalUnit[c.unit] : undefined;
    if (!period || c.target?.comparison !== 'at_least') return;
    const goal = m.hoursGoal;
    if (!goal || goal.hours !== c.target.value || goal.period !== period) {
      issue(['hoursGoal'], `must be ${c.target.value} hours a ${period}, as success criterion '${c.id}' (successCriteria[${i}]) says`);
    }
  });
  m.staffRoles.forEach((role, i) => {
    if (m.staffRoles.indexOf(role) !== i) issue(['staffRoles', i], `duplicate staff role '${role}'`);
  });
  m.coreElements.forEach((e, i) =>
    e.rules.forEach((r, k) => {
      if ('role' in r && r.role !== undefined && !(m.staffRoles as readonly string[]).includes(r.role)) {
        issue(['coreElements', i, 'rules', k, 'role'], `role '${r.role}' is not one of the model's staff roles (${m.staffRoles.join(', ')})`);
      }
    }),
  );

  const knownGroup = (g: string, path: (string | number)[]) => {
    if (!groupIds.includes(g)) {
      issue(path, groupIds.length ? `unknown visitation group '${g}' (groups: ${groupIds.join(', ')})` : `the model has no visitation groups, so '${g}' cannot be used`);
    }
  };
  const conditionGroups = (conditions: readonly Condition[], path: (string | number)[]) =>
    conditions.forEach((c, n) => {
      if (c.kind === 'group_is') c.groups.forEach((g, k) => knownGroup(g, [...path, n, 'groups', k]));
    });
  m.phases.forEach((p, i) => {
    conditionGroups(p.entry, ['phases', i, 'entry']);
    conditionGroups(p.exit, ['phases', i, 'exit']);
  });
  m.transitions.forEach((t, i) => conditionGroups(t.when, ['transitions', i, 'when']));
  m.coreElements.forEach((e, i) =>
    e.rules.forEach((r, k) => {
      const at = ['coreElements', i, 'rules', k, 'appliesTo'];
      r.appliesTo?.phases?.forEach((p, n) => knownPhase(p, [...at, 'phases', n]));
      r.appliesTo?.groups?.forEach((g, n) => knownGroup(g, [...at, 'groups', n]));
    }),
  );
});

export type ModelDefinition = z.infer<typeof ModelDefinitionSchema>;

export interface DefinitionIssue {
  /** e.g. 'coreElements[1].rules[0].params.days.value' ('' for the whole definition). */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; definition: ModelDefinition } | { ok: false; issues: DefinitionIssue[] };

/** Validates anything that claims to be a model definition. */
export function validateDefinition(input: unknown): ValidationResult {
  const parsed = ModelDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => toIssue(i, input)) };
}

/** 'coreElements[1].rules[0].params' from ['coreElements', 1, 'rules', 0, 'params']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

function toIssue(issue: z.core.$ZodIssue, input: unknown): DefinitionIssue {
  const path = formatPath(issue.path);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const got = valueAt(input, issue.path);
    const field = String(issue.discriminator);
    const isRule = issue.path.includes('rules') && field === 'type' && issue.path.includes('coreElements');
    const known = isRule ? ruleTypes : ((issue as { options?: unknown[] }).options ?? []).map(String);
    const what = isRule ? 'rule type' : `value for '${field}'`;
    return { path, message: `${got === undefined ? `missing ${what}` : `unknown ${what} ${JSON.stringify(got)}`}; expected one of: ${known.join(', ')}` };
  }
  return { path, message: issue.message };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
