/**
 * A fidelity instrument: a versioned questionnaire that measures how
 * faithfully a unit works to a model (issue 12). It is data, validated like a
 * model definition: sections (usually the model's core elements), items with
 * a statement and an answer scale, which answers count as agreement,
 * reverse-scored items, how answers are scored, and who answers.
 *
 * Jobspor ships one instrument per seed model (instruments/); an organisation
 * may load another scale it holds the rights to (for example one shaped like
 * IPS-25: 25 items scored 1-5, summed 25-125 and banded).
 */
import { z } from 'zod';
import { formatPath, type DefinitionIssue } from '../models/schema.ts';
import { IdSchema, NameSchema, SourceRefSchema } from '../rules/source.ts';

/**
 * Who answers a survey. 003 asked leaders, project leaders, caseworkers,
 * company consultants and mentors (Tabel 2); Jobspor's staff roles add the
 * job broker. 'projektleder' and 'sagsbehandler' are not staff roles in
 * Jobspor: a round may invite a staff member in one of them, and imported
 * answers may carry them.
 */
export const respondentRoles = ['leder', 'projektleder', 'sagsbehandler', 'jobformidler', 'virksomhedskonsulent', 'mentor'] as const;
export type RespondentRole = (typeof respondentRoles)[number];

/** A seed report section, or for a scale loaded by an organisation, its own citation. */
export const InstrumentSourceSchema = z.union([
  SourceRefSchema,
  z.object({ citation: z.string().min(1), note: z.string().min(1).optional() }).strict(),
]);
export type InstrumentSource = z.infer<typeof InstrumentSourceSchema>;

/**
 * An answer scale: Likert points with an anchor text per score, or share
 * bands (< 40 % / 40-60 % / > 60 %) numbered from the lowest. `agreement`
 * lists the values that count as agreement / high fidelity.
 */
export const AnswerScaleSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['likert', 'bands']),
    /** Lowest first; values strictly increasing. */
    points: z.array(z.object({ value: z.number().int(), label: NameSchema }).strict()).min(2),
    agreement: z.array(z.number().int()).min(1),
    /** Whether a respondent may answer "don't know" (stored as no value, left out of every score). */
    allowDontKnow: z.boolean().default(true),
  })
  .strict()
  .superRefine((scale, ctx) => {
    const values = scale.points.map((p) => p.value);
    values.forEach((v, i) => {
      if (i > 0 && v <= values[i - 1]!) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `values must increase (${values[i - 1]} then ${v})` });
    });
    scale.agreement.forEach((v, i) => {
      if (!values.includes(v)) ctx.addIssue({ code: 'custom', path: ['agreement', i], message: `${v} is not one of the scale's values (${values.join(', ')})` });
    });
  });
export type AnswerScale = z.infer<typeof AnswerScaleSchema>;

export const InstrumentItemSchema = z
  .object({
    id: IdSchema,
    /** The statement in Danish, in Jobspor's words (or the rights holder's, for a loaded scale). */
    statement: z.string().min(1),
    /** English wording for the second locale; the Danish is shown when absent. */
    statementEn: z.string().min(1).optional(),
    scale: IdSchema,
    /** Scored as (lowest + highest - value) before anything else. */
    reverse: z.boolean().default(false),
    /** Roles that answer this item; all the instrument's roles when absent. */
    roles: z.array(z.enum(respondentRoles)).min(1).optional(),
  })
  .strict();
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>;

export const InstrumentSectionSchema = z
  .object({
    /** As the source numbers it (003: 1a ... 3a; 000: KE1 ...). */
    id: IdSchema,
    title: NameSchema,
    /** The model's core element this section measures, for behavioural fidelity beside it. */
    coreElement: IdSchema.optional(),
    source: InstrumentSourceSchema,
    items: z.array(InstrumentItemSchema).min(1),
  })
  .strict();
export type InstrumentSection = z.infer<typeof InstrumentSectionSchema>;

/** Total-score bands for 'sum' scoring, e.g. 25-73 / 74-99 / 100-114 / 115-125. */
export const ScoreBandSchema = z.object({ from: z.number(), to: z.number(), label: NameSchema }).strict();
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

/**
 * How answers become scores. Every method reports the share agreeing and the
 * mean per section (the colours always follow the share); 'sum' also sums
 * each complete response over all items and bands the total.
 */
export const ScoringSchema = z
  .object({
    method: z.enum(['share_agreeing', 'mean', 'sum']),
    bands: z.array(ScoreBandSchema).min(1).optional(),
  })
  .strict();

/**
 * The colour rule for change between rounds, in percentage points of the
 * share agreeing: green above `greenAbove`, red below `redBelow`, yellow
 * between, both bounds included (003 §3.1: +5 exactly is yellow).
 */
export const ColourRuleSchema = z
  .object({ greenAbove: z.number().min(0).max(100), redBelow: z.number().min(-100).max(0), source: InstrumentSourceSchema })
  .strict();
export type ColourRule = z.infer<typeof ColourRuleSchema>;

const instrumentShape = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9.-]*$/, 'must be lower-case letters, digits, "." and "-"'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'),
    name: NameSchema,
    description: z.string().min(1),
    source: InstrumentSourceSchema,
    /** The model this instrument measures fidelity to; absent for a free-standing scale. */
    modelId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    respondentRoles: z.array(z.enum(respondentRoles)).min(1),
    scales: z.array(AnswerScaleSchema).min(1),
    sections: z.array(InstrumentSectionSchema).min(1),
    scoring: ScoringSchema,
    /** Absent: the model definition's rule, or ±5 pp (003 §3.1). */
    colourRule: ColourRuleSchema.optional(),
  })
  .strict();

export const InstrumentSchema = instrumentShape.superRefine((inst, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const seen = new Map<string, string>();
  const unique = (id: string, path: (string | number)[], what: string) => {
    const key = `${what}:${id}`;
    const earlier = seen.get(key);
    if (earlier) issue([...path, 'id'], `duplicate ${what} id '${id}' (also at ${earlier})`);
    else seen.set(key, formatPath(path));
  };
  inst.scales.forEach((s, i) => unique(s.id, ['scales', i], 'scale'));
  const scales = new Map(inst.scales.map((s) => [s.id, s]));
  inst.sections.forEach((section, i) => {
    unique(section.id, ['sections', i], 'section');
    section.items.forEach((item, k) => {
      const path = ['sections', i, 'items', k];
      unique(item.id, path, 'item');
      if (!scales.has(item.scale)) issue([...path, 'scale'], `unknown scale '${item.scale}' (scales: ${[...scales.keys()].join(', ')})`);
      item.roles?.forEach((role, r) => {
        if (!inst.respondentRoles.includes(role)) issue([...path, 'roles', r], `'${role}' is not one of the instrument's respondent roles (${inst.respondentRoles.join(', ')})`);
      });
    });
  });
  const { method, bands } = inst.scoring;
  // With an item on an unknown scale the possible totals are unknown; that item's issue is enough.
  const totalsKnown = inst.sections.every((s) => s.items.every((i) => scales.has(i.scale)));
  if (method === 'sum') {
    if (!bands) issue(['scoring', 'bands'], "'sum' scoring needs bands over the possible totals");
    else if (totalsKnown) {
      const [min, max] = totalRange(inst);
      const sorted = [...bands].sort((a, b) => a.from - b.from);
      sorted.forEach((b, i) => {
        if (b.from > b.to) issue(['scoring', 'bands'], `band ${b.from}-${b.to} runs backwards`);
        const prev = sorted[i - 1];
        if (prev && b.from !== prev.to + 1) issue(['scoring', 'bands'], `bands must follow each other without gap or overlap (${prev.to} then ${b.from})`);
      });
      if (sorted[0] && sorted[0].from !== min) issue(['scoring', 'bands'], `the lowest band must start at the lowest possible total ${min}, not ${sorted[0].from}`);
      const last = sorted[sorted.length - 1];
      if (last && last.to !== max) issue(['scoring', 'bands'], `the highest band must end at the highest possible total ${max}, not ${last.to}`);
    }
  } else if (bands) issue(['scoring', 'bands'], `bands apply only to 'sum' scoring, not '${method}'`);
});
export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentInput = z.input<typeof InstrumentSchema>;

/** The lowest and highest possible total of a complete response (sum scoring). */
export function totalRange(inst: Pick<Instrument, 'scales' | 'sections'>): [number, number] {
  const scales = new Map(inst.scales.map((s) => [s.id, s]));
  let min = 0;
  let max = 0;
  for (const item of inst.sections.flatMap((s) => s.items)) {
    const scale = scales.get(item.scale);
    if (!scale) continue;
    min += scale.points[0]!.value;
    max += scale.points[scale.points.length - 1]!.value;
  }
  return [min, max];
}

/** The items a respondent in `role` answers, in order, with their section id. */
export function itemsFor(inst: Instrument, role: RespondentRole): (InstrumentItem & { sectionId: string })[] {
  return inst.sections.flatMap((s) => s.items.filter((i) => !i.roles || i.roles.includes(role)).map((i) => ({ ...i, sectionId: s.id })));
}

export type InstrumentValidation = { ok: true; instrument: Instrument } | { ok: false; issues: DefinitionIssue[] };

/** Validates anything that claims to be an instrument; each problem as '<path>: <reason>'. */
export function validateInstrument(input: unknown): InstrumentValidation {
  const parsed = InstrumentSchema.safeParse(input);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}
