/**
 * The work agreement (arbejdsaftale) between citizen, company and job centre,
 * made before a company placement starts (000 §4.4, Flere skal med KE4: tasks,
 * working hours, sub-goals for progression, the possibility of paid hours,
 * health considerations, a fixed contact person at the company and a
 * follow-up plan; ordinary hours raised as early as possible, ideally as a
 * declaration of intent. 002 asks the same of its written agreement, and the
 * TRIN model's step 2 an agreement on ordinary hours "now or later").
 *
 * Every saved version is kept. This module says what a valid version is, which
 * ordinary-hours flags it carries (the rule `work_agreement_ordinary_hours`
 * reads them), and which of the seeds' points it still lacks.
 *
 * Rules across fields (content, `WorkAgreementContentSchema`):
 * - hours have at most one decimal; the week 0.5-80 hours,
 *   a weekday 0-24 hours; when hours per weekday are given they add up to the
 *   hours per week;
 * - ordinary hours 'now' name the paid hours per week, more than 0 and no more
 *   than the week's total (paid hours are part of the working week);
 *   'declaration_of_intent' names the intent in words (hours optional, up to
 *   80: the intent may reach beyond today's week); 'none' carries no hours and
 *   no start date;
 * - the planned period ends on or after its start; at least one sub-goal.
 * Rules against the day the version is made (`checkAgreementDates`): madeOn
 * not in the future and not before the course's enrolment nor before the
 * previous version; the first follow-up, sub-goal target dates and each
 * party's agreed-on date not before madeOn; agreed-on dates not in the
 * future. A later version may keep a first follow-up or a sub-goal (same text
 * and date) from the version before it, even when that date has passed. The
 * planned start and ordinary hours' start are not tied to madeOn: a later
 * version keeps the dates of a placement already running.
 */
import { z } from 'zod';
import { formatHours } from '../companies/company.ts';
import { isIsoDate } from '../rules/days.ts';
import { placementTypes, type PlacementType } from '../rules/facts.ts';
import { hasOneDecimal } from './hours.ts';

export { placementTypes, type PlacementType };

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Mandag',
  tue: 'Tirsdag',
  wed: 'Onsdag',
  thu: 'Torsdag',
  fri: 'Fredag',
  sat: 'Lørdag',
  sun: 'Søndag',
};

export const ordinaryHoursKinds = ['now', 'declaration_of_intent', 'none'] as const;
export type OrdinaryHoursKind = (typeof ordinaryHoursKinds)[number];

export const ordinaryHoursKindLabels: Record<OrdinaryHoursKind, string> = {
  now: 'Ordinære timer fra start',
  declaration_of_intent: 'Hensigtserklæring om ordinære timer',
  none: 'Ingen aftale om ordinære timer endnu',
};

export const mentorKinds = ['social', 'company', 'retention'] as const;
export type MentorKind = (typeof mentorKinds)[number];

export const mentorKindLabels: Record<MentorKind, string> = {
  social: 'Social mentor',
  company: 'Virksomhedsmentor',
  retention: 'Fastholdelsesmentor',
};

export const workAgreementLimits = {
  tasks: 4000,
  text: 2000,
  subGoals: 20,
  subGoalText: 500,
  name: 120,
  phone: 40,
  email: 200,
  weekHoursMin: 0.5,
  weekHoursMax: 80,
  dayHoursMax: 24,
  cadenceDaysMin: 7,
  cadenceDaysMax: 90,
} as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Skal være en af: ${values.join(', ')}.` });

/** Hours as tenths, so sums compare exactly (0.1 + 0.2 is not 0.3 in floating point). */
const tenths = (hours: number) => Math.round(hours * 10);

/**
 * The content's shape, strict (what a save must satisfy) or loose (what a
 * stored version is returned as: same fields and types, no limits, so a
 * version saved under older rules or imported stays readable).
 */
function contentSchema(strict: boolean) {
  const L = workAgreementLimits;
  const text = (max: number) => (strict ? z.string({ error: 'Skal være tekst.' }).trim().max(max, { error: `Højst ${max} tegn.` }) : z.string());
  const required = (max: number) => (strict ? text(max).min(1, { error: 'Skal udfyldes.' }) : z.string());
  /** Optional text: omitted, null and '' all mean "no value" (null). */
  const optionalText = (max: number) =>
    strict
      ? text(max)
          .nullable()
          .optional()
          .transform((v) => (v === undefined || v === '' ? null : v))
      : z.string().nullable();
  const date = strict ? z.string({ error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' }).refine(isIsoDate, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' }) : z.string();
  const optionalDate = strict
    ? date
        .nullable()
        .optional()
        .transform((v) => v ?? null)
    : z.string().nullable();
  const hours = (min: number, max: number, minMessage: string) =>
    strict
      ? z
          .number({ error: 'Skal være et antal timer.' })
          .min(min, { error: minMessage })
          .max(max, { error: `Højst ${formatHours(max)} timer.` })
          .refine(hasOneDecimal, { error: 'Højst én decimal (fx 7,5).' })
      : z.number();
  const dayHours = hours(0, L.dayHoursMax, 'Kan ikke være negativ.').optional();
  const weekdayHours = z.object(Object.fromEntries(weekdays.map((d) => [d, dayHours])) as Record<Weekday, typeof dayHours>, {
    error: 'Skal være timer pr. ugedag (mon-sun) eller tom.',
  });
  const mentor = z.object({ name: required(L.name), kind: oneOf(mentorKinds) }, { error: 'Skal være en mentor (navn og type) eller tom.' });
  const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: 'Skal udfyldes.' });

  return object({
    tasks: required(L.tasks).describe('The tasks the citizen will do at the company'),
    hoursPerWeek: hours(L.weekHoursMin, L.weekHoursMax, `Mindst ${formatHours(L.weekHoursMin)} time om ugen.`).describe(
      `Total planned hours per week (${L.weekHoursMin}-${L.weekHoursMax}), paid ordinary hours included`,
    ),
    weekdayHours: (strict
      ? weekdayHours
          .nullable()
          .optional()
          .transform((v) => v ?? null)
      : weekdayHours.nullable().optional()
    ).describe('Hours per weekday; when given they must add up to hoursPerWeek'),
    subGoals: (strict
      ? z
          .array(z.object({ text: required(L.subGoalText), targetDate: optionalDate }), { error: 'Skal være en liste af delmål.' })
          .min(1, { error: 'Angiv mindst ét delmål for progression.' })
          .max(L.subGoals, { error: `Højst ${L.subGoals} delmål.` })
      : z.array(z.object({ text: z.string(), targetDate: z.string().nullable() }))
    ).describe('Sub-goals for progression in the placement (at least one)'),
    ordinaryHours: object({
        kind: oneOf(ordinaryHoursKinds),
        hoursPerWeek: (strict ? hours(0, L.weekHoursMax, 'Kan ikke være negativ.').nullable().optional().transform((v) => v ?? null) : z.number().nullable()).describe(
          "Paid ordinary hours per week: agreed ('now') or aimed at ('declaration_of_intent')",
        ),
        from: optionalDate.describe('When the ordinary hours start (or are expected to)'),
        text: optionalText(L.text).describe('The declaration of intent in words (required for declaration_of_intent), or conditions'),
      })
      .describe('Ordinary paid hours: agreed now, a declaration of intent, or none yet'),
    accommodations: optionalText(L.text).describe('Health considerations (skånehensyn)'),
    companyContact: object({
        name: required(L.name),
        phone: optionalText(L.phone),
        email: strict ? optionalText(L.email).refine((v) => v === null || z.email().safeParse(v).success, { error: 'Skal være en gyldig e-mailadresse.' }) : z.string().nullable(),
      })
      .describe('The fixed contact person at the company'),
    followUpPlan: object({
        cadenceDays: strict
          ? z
              .number({ error: 'Skal være et antal dage.' })
              .int({ error: 'Skal være et helt antal dage.' })
              .min(L.cadenceDaysMin, { error: `Mindst ${L.cadenceDaysMin} dage mellem opfølgningerne.` })
              .max(L.cadenceDaysMax, { error: `Højst ${L.cadenceDaysMax} dage mellem opfølgningerne.` })
          : z.number(),
        firstDate: date.describe('The first follow-up at the company'),
      })
      .describe(`Follow-up at the company every ${L.cadenceDaysMin}-${L.cadenceDaysMax} days from the first date`),
    mentor: (strict
      ? mentor
          .nullable()
          .optional()
          .transform((v) => v ?? null)
      : mentor.nullable()
    ).describe('Mentor support, if any'),
    aids: optionalText(L.text).describe('Aids (hjælpemidler)'),
    placementType: oneOf(placementTypes),
    plannedFrom: optionalDate,
    plannedTo: optionalDate,
  });
}

type Issue = { path: (string | number)[]; message: string };

/** Rules across the content's own fields (see the module comment). */
export function contentIssues(content: StoredWorkAgreementContent): Issue[] {
  const issues: Issue[] = [];
  const { ordinaryHours: oh } = content;
  if (content.weekdayHours) {
    const sum = weekdays.reduce((total, d) => total + tenths(content.weekdayHours?.[d] ?? 0), 0);
    if (sum !== tenths(content.hoursPerWeek)) {
      issues.push({
        path: ['weekdayHours'],
        message: `Timerne på ugedagene giver ${formatHours(sum / 10)} i alt, men timer om ugen er ${formatHours(content.hoursPerWeek)}. Ret dem, så de passer.`,
      });
    }
  }
  if (oh.kind === 'now') {
    if (oh.hoursPerWeek === null || oh.hoursPerWeek <= 0) {
      issues.push({ path: ['ordinaryHours', 'hoursPerWeek'], message: 'Angiv hvor mange ordinære (lønnede) timer om ugen, der er aftalt.' });
    } else if (tenths(oh.hoursPerWeek) > tenths(content.hoursPerWeek)) {
      issues.push({
        path: ['ordinaryHours', 'hoursPerWeek'],
        message: `De ordinære timer (${formatHours(oh.hoursPerWeek)}) kan ikke være flere end timerne i alt om ugen (${formatHours(content.hoursPerWeek)}).`,
      });
    }
  }
  if (oh.kind === 'declaration_of_intent') {
    if (!oh.text?.trim()) {
      issues.push({ path: ['ordinaryHours', 'text'], message: 'Skriv hensigtserklæringen: hvornår og på hvilke betingelser virksomheden vil ansætte i ordinære timer.' });
    }
    if (oh.hoursPerWeek !== null && oh.hoursPerWeek <= 0) {
      issues.push({ path: ['ordinaryHours', 'hoursPerWeek'], message: 'Et mål for ordinære timer skal være mere end 0 – eller lad feltet stå tomt.' });
    }
  }
  if (oh.kind === 'none') {
    if (oh.hoursPerWeek !== null) issues.push({ path: ['ordinaryHours', 'hoursPerWeek'], message: "Uden aftale om ordinære timer kan der ikke stå et timetal. Vælg 'nu' eller 'hensigtserklæring', eller fjern timetallet." });
    if (oh.from !== null) issues.push({ path: ['ordinaryHours', 'from'], message: "Uden aftale om ordinære timer kan der ikke stå en startdato. Vælg 'nu' eller 'hensigtserklæring', eller fjern datoen." });
  }
  if (content.plannedFrom && content.plannedTo && content.plannedTo < content.plannedFrom) {
    issues.push({ path: ['plannedTo'], message: 'Slutdatoen kan ikke ligge før startdatoen.' });
  }
  return issues;
}

/** A work agreement's content as saved: the fields above with the cross-field rules. */
export const WorkAgreementContentSchema = contentSchema(true).superRefine((content, ctx) => {
  for (const issue of contentIssues(content)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** A stored version's content as returned: same fields, no limits. */
export const StoredWorkAgreementContentSchema = contentSchema(false);

export type WorkAgreementContent = z.output<typeof WorkAgreementContentSchema>;
export type StoredWorkAgreementContent = z.output<typeof StoredWorkAgreementContentSchema>;

/** The flags stored beside the content, read by the rule `work_agreement_ordinary_hours`. */
export function clauseFlags(content: {
  ordinaryHours: { kind: OrdinaryHoursKind; hoursPerWeek?: number | null; text?: string | null };
}): { ordinaryHoursClause: boolean; declarationOfIntent: boolean } {
  const oh = content.ordinaryHours;
  return {
    ordinaryHoursClause: oh.kind === 'now' && (oh.hoursPerWeek ?? 0) > 0,
    declarationOfIntent: oh.kind === 'declaration_of_intent' && Boolean(oh.text?.trim()),
  };
}

/** The three parties and the body fields holding the day each agreed to a version. */
export const parties = [
  { key: 'citizen', field: 'citizenAgreedOn', label: 'Borger' },
  { key: 'company', field: 'companyAgreedOn', label: 'Virksomhed' },
  { key: 'jobcentre', field: 'jobcentreAgreedOn', label: 'Jobcenter' },
] as const;
export type PartyField = (typeof parties)[number]['field'];

/** The dates of a version besides its content. */
export interface AgreementTerms {
  madeOn: string;
  content: StoredWorkAgreementContent;
  citizenAgreedOn?: string | null;
  companyAgreedOn?: string | null;
  jobcentreAgreedOn?: string | null;
}

/**
 * Date rules against the day the version is made (see the module comment).
 * Returns Danish reasons keyed by field path; empty when the dates are valid.
 */
export function checkAgreementDates(
  terms: AgreementTerms,
  context: { today: string; enrolmentDate: string; previous?: { madeOn: string; content: StoredWorkAgreementContent } | null },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const { madeOn, content } = terms;
  const previous = context.previous ?? null;
  if (madeOn > context.today) errors.madeOn = 'Datoen ligger i fremtiden. Angiv den dag, aftalen blev lavet.';
  else if (madeOn < context.enrolmentDate) errors.madeOn = `Aftalen kan ikke være lavet før forløbets start (${context.enrolmentDate}).`;
  else if (previous && madeOn < previous.madeOn) {
    errors.madeOn = `En ny version kan ikke være lavet før den forrige version (${previous.madeOn}).`;
  }
  // Dates carried over unchanged from the previous version were agreed then; only new or changed ones must lie ahead.
  if (content.followUpPlan.firstDate < madeOn && content.followUpPlan.firstDate !== previous?.content.followUpPlan.firstDate) {
    errors['content.followUpPlan.firstDate'] = `Den første opfølgning kan ikke ligge før aftalens dato (${madeOn}).`;
  }
  const previousGoals = new Set(previous?.content.subGoals.map((g) => `${g.targetDate}|${g.text}`));
  content.subGoals.forEach((goal, i) => {
    if (goal.targetDate && goal.targetDate < madeOn && !previousGoals.has(`${goal.targetDate}|${goal.text}`)) {
      errors[`content.subGoals.${i}.targetDate`] = `Måldatoen kan ikke ligge før aftalens dato (${madeOn}).`;
    }
  });
  for (const party of parties) {
    const agreedOn = terms[party.field];
    if (!agreedOn) continue;
    if (agreedOn < madeOn) errors[party.field] = `${party.label} kan ikke have godkendt aftalen før den blev lavet (${madeOn}).`;
    else if (agreedOn > context.today) errors[party.field] = 'Datoen ligger i fremtiden. Angiv datoen, når aftalen er godkendt.';
  }
  return errors;
}

/** Content that may be incomplete (a draft in a form); every field optional. */
export type WorkAgreementDraft = {
  [K in keyof StoredWorkAgreementContent]?: StoredWorkAgreementContent[K] extends (infer T)[]
    ? Partial<T>[] | null
    : StoredWorkAgreementContent[K] extends object | null
      ? Partial<NonNullable<StoredWorkAgreementContent[K]>> | null
      : StoredWorkAgreementContent[K] | null;
};

export type ChecklistKey =
  | 'tasks'
  | 'workingHours'
  | 'subGoals'
  | 'paidHours'
  | 'healthConsiderations'
  | 'contactPerson'
  | 'followUpPlan'
  | 'madeBeforeStart'
  | 'agreedByAll';

export interface ChecklistItem {
  key: ChecklistKey;
  /** The point as the seeds name it, in Danish. */
  label: string;
  done: boolean;
  /** What to add when the point is missing (Danish). */
  hint: string;
}

const filled = (value: string | null | undefined) => Boolean(value?.trim());

/**
 * The seeds' points of a clear agreement (000 §4.4, KE4) and whether this
 * version covers them. Works on drafts, so a form can show it while typing.
 * `madeOn` is the day the agreement was first made (the first version), for
 * "made before the placement starts"; agreed-on dates are this version's.
 * Accommodations count only when written down: "no special considerations"
 * is an answer the parties should give explicitly.
 */
export function agreementChecklist(
  content: WorkAgreementDraft,
  dates: { madeOn?: string | null; citizenAgreedOn?: string | null; companyAgreedOn?: string | null; jobcentreAgreedOn?: string | null } = {},
): ChecklistItem[] {
  const oh = content.ordinaryHours;
  const flags = clauseFlags({ ordinaryHours: { kind: oh?.kind ?? 'none', hoursPerWeek: oh?.hoursPerWeek ?? null, text: oh?.text ?? null } });
  const plannedFrom = content.plannedFrom ?? null;
  const madeOn = dates.madeOn ?? null;
  return [
    { key: 'tasks', label: 'Opgaver', done: filled(content.tasks), hint: 'Beskriv de opgaver, borgeren skal løse på virksomheden.' },
    { key: 'workingHours', label: 'Arbejdstid', done: (content.hoursPerWeek ?? 0) > 0, hint: 'Angiv timer om ugen (og gerne fordelingen på ugedage).' },
    {
      key: 'subGoals',
      label: 'Delmål for progression',
      done: (content.subGoals ?? []).some((g) => filled(g.text)),
      hint: 'Aftal mindst ét delmål, som viser progression i forløbet.',
    },
    {
      key: 'paidHours',
      label: 'Mulighed for lønnede timer',
      done: flags.ordinaryHoursClause || flags.declarationOfIntent,
      hint: 'Tag ordinære timer op så tidligt som muligt – aftal timer fra start eller skriv en hensigtserklæring.',
    },
    { key: 'healthConsiderations', label: 'Hensyn til helbred (skånehensyn)', done: filled(content.accommodations), hint: "Skriv borgerens skånehensyn – eller 'Ingen særlige hensyn'." },
    { key: 'contactPerson', label: 'Fast kontaktperson på virksomheden', done: filled(content.companyContact?.name), hint: 'Angiv navnet på den faste kontaktperson på virksomheden.' },
    {
      key: 'followUpPlan',
      label: 'Plan for opfølgning',
      done: (content.followUpPlan?.cadenceDays ?? 0) > 0 && filled(content.followUpPlan?.firstDate),
      hint: 'Aftal hvor ofte der følges op på virksomheden og datoen for første opfølgning.',
    },
    {
      key: 'madeBeforeStart',
      label: 'Aftalt før forløbet starter',
      done: plannedFrom !== null && madeOn !== null && madeOn <= plannedFrom,
      hint: plannedFrom === null ? 'Angiv den planlagte startdato.' : 'Aftalen skal laves, før borgeren starter på virksomheden.',
    },
    {
      key: 'agreedByAll',
      label: 'Godkendt af borger, virksomhed og jobcenter',
      done: parties.every((p) => filled(dates[p.field])),
      hint: 'Notér datoen, hvor hver af de tre parter har godkendt aftalen.',
    },
  ];
}

/** The points still missing (see agreementChecklist); empty when the agreement covers them all. */
export function missingAgreementContent(...args: Parameters<typeof agreementChecklist>): ChecklistItem[] {
  return agreementChecklist(...args).filter((item) => !item.done);
}
