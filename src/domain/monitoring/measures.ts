/**
 * One definition per monitoring measure (issue 11 §2). Every figure the
 * report page, the API, the CLI and the exports show comes from here: a
 * measure says who is in its population in a month, what each person
 * contributes to the numerator and the denominator, and how the summed counts
 * become the figure. Shares are sums of counts over persons, never means of
 * percentages (004 Bilag 1). docs/measures.md gives each definition in words.
 *
 * Population of every measure in month m: persons with an enrolment in the
 * model whose visitation (start) date lies on or before the last day of m and
 * whose end date, if any, is not before the first day of m; for Flere skal med
 * only visitation group 1 (the indsatsgruppe: 000 §3.1's denominator). A
 * measure may narrow it further (e.g. benefit measures need a covered month).
 *
 * Each measure is written once as `contribute`, reading the per-person facts
 * (facts.ts) the engine computes once per person; `evaluate` is the same
 * function over a bare PersonPeriods, for single-person use.
 */
import { dayNumber } from '../rules/days.ts';
import type { SourceRef } from '../rules/source.ts';
import { EnrolmentFacts, PersonFacts } from './facts.ts';
import { firstDayOfMonth, lastDayOfMonth, monthIndex, monthOfDate, weeksInMonth } from './months.ts';
import type { Enrolment, MonthIndex, PersonPeriods, Span } from './person-periods.ts';

export interface Contribution {
  numerator: number;
  denominator: number;
}

/** What a measure's `contribute` reads: the person's and the enrolment's facts. */
export interface MeasureContext {
  person: PersonFacts;
  enrolment: EnrolmentFacts;
}

export type MeasureKind = 'share' | 'sum' | 'mean' | 'index';
export type MeasureUnit = 'percent' | 'count' | 'hours' | 'weeks' | 'days' | 'fte' | 'index';

export interface MeasureDefinition {
  id: string;
  /** Bump when the definition changes: stored figures keep the version they were computed with. */
  version: number;
  /** Model id → the model definition's KPI or success-criterion id this measure computes. */
  modelMeasureId: Readonly<Record<string, string>>;
  kind: MeasureKind;
  unit: MeasureUnit;
  higherIsBetter: boolean;
  models: readonly string[] | 'all';
  source: SourceRef;
  /** One line in English; docs/measures.md has the full definition. */
  description: string;
  /**
   * For 'mean' measures whose denominator counts distinct things rather than
   * persons (caseload: persons per distinct job broker): the key each
   * contributing person adds to the cell's set; the denominator is the size
   * of the set. The person's own contribution then carries denominator 1.
   */
  distinctDenominator?(context: MeasureContext, month: MonthIndex): string | null;
  /** The population needs case data (CaseFacts): the engine skips the measure for register-only persons. */
  needsCaseFacts?: boolean;
  /**
   * A "since visitation" measure: its population is everyone visited by the
   * end of m, also after their course ended, because 000 counts the whole
   * indsatsgruppe "i løbet af projektperioden" (§3.1) and "efter
   * visitationen og frem til udløb af datasættet" (§3.3). Without it a
   * citizen who left for a job would drop out of the very figure the job
   * should raise.
   */
  cumulative?: boolean;
  /** Writes the person's contribution in month m into `out`; false = not in the measure's population. */
  contribute(context: MeasureContext, month: MonthIndex, out: Contribution): boolean;
  /** The person's contribution in month m for this enrolment; null = not in the population. */
  evaluate(p: PersonPeriods, e: Enrolment, month: MonthIndex): Contribution | null;
}

export { modelPopulationGroups } from './facts.ts';

/** In the model's population in month m (see the module comment); a cumulative measure keeps ended enrolments. */
export function inPopulation(enrolment: EnrolmentFacts, month: MonthIndex, cumulative = false): boolean {
  return enrolment.inModelGroups && (cumulative ? enrolment.visitedBy(month) : enrolment.enrolledIn(month));
}

/** FSM's aim of 30 ordinary hours a week as hours a month: 30 × 52 / 12 = 130 (000 §1; weeks per year / months). */
export const HOURS_30_PER_WEEK_AS_MONTH = (30 * 52) / 12;

/** Full time in 002's employment degree, 37 hours a week, as hours a month: 37 × 52 / 12 ≈ 160.3. */
export const FULL_TIME_HOURS_PER_MONTH = (37 * 52) / 12;

type Spec = Omit<MeasureDefinition, 'evaluate'>;

function define(spec: Spec): MeasureDefinition {
  return {
    ...spec,
    evaluate(p, e, month) {
      const person = new PersonFacts().load(p);
      const enrolment = new EnrolmentFacts().load(e, person);
      if (!inPopulation(enrolment, month, spec.cumulative)) return null;
      const out = { numerator: 0, denominator: 0 };
      return spec.contribute({ person, enrolment }, month, out) ? out : null;
    },
  };
}

function ref(seed: SourceRef['seed'], section: string, note?: string): SourceRef {
  return note ? { seed, section, note } : { seed, section };
}

function put(out: Contribution, numerator: number, denominator: number): true {
  out.numerator = numerator;
  out.denominator = denominator;
  return true;
}

/** A share of persons: 1/1 when `yes`, 0/1 otherwise. */
function yesNo(out: Contribution, yes: boolean): true {
  return put(out, yes ? 1 : 0, 1);
}

// ---------------------------------------------------------------- register measures

const companyMonth = define({
  id: 'company.month',
  version: 1,
  modelMeasureId: { stv: 'stv.in-company' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '3.4'),
  description: 'Share in company-oriented activity (virksomhedspraktik or løntilskud) in the month.',
  contribute: ({ person }, m, out) => yesNo(out, person.companyMonths(m, m) > 0),
});

const companySince = define({
  id: 'company.since-visitation',
  version: 1,
  cumulative: true,
  modelMeasureId: { 'flere-skal-med': 'fsm.company-activity', stv: 'stv.company-activity' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '3.4'),
  description: 'Share with at least one month of company-oriented activity from the visitation month to the month.',
  contribute: ({ person, enrolment }, m, out) => yesNo(out, person.companyMonths(enrolment.startMonth, m) > 0),
});

const internshipSince = define({
  id: 'internship.since-visitation',
  version: 1,
  cumulative: true,
  modelMeasureId: { 'trin-model': 'trin.unpaid-placement-share', 'social-stoette': 'sst.placement-started' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('004', 'Bilag 1 – Resultater'),
  description: 'Share started in virksomhedspraktik (unpaid placement) from the visitation month to the month.',
  contribute: ({ person, enrolment }, m, out) => yesNo(out, person.internshipMonths(enrolment.startMonth, m) > 0),
});

const hoursMonth = define({
  id: 'ordinary-hours.month',
  version: 1,
  modelMeasureId: {},
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '3.3'),
  description: 'Share with ordinary hours > 0 in the month (the person-months with hours).',
  contribute: ({ person }, m, out) => person.hoursKnown(m) && yesNo(out, person.ordinaryHours(m) > 0),
});

const hoursSum = define({
  id: 'ordinary-hours.sum',
  version: 1,
  modelMeasureId: {},
  kind: 'sum',
  unit: 'hours',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '3.3'),
  description: 'Sum of ordinary hours in the month (denominator: persons, so the mean per person is numerator / denominator).',
  contribute: ({ person }, m, out) => person.hoursKnown(m) && put(out, person.ordinaryHours(m), 1),
});

const hours30Week = define({
  id: 'ordinary-hours.30-per-week',
  version: 1,
  modelMeasureId: { 'flere-skal-med': 'fsm.hours-aim' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '1', '30 timer om ugen; 30 × 52 / 12 = 130 timer om måneden'),
  description: 'Share with at least 130 ordinary hours in the month (30 hours a week × 52 weeks / 12 months).',
  contribute: ({ person }, m, out) => person.hoursKnown(m) && yesNo(out, person.ordinaryHours(m) >= HOURS_30_PER_WEEK_AS_MONTH),
});

const hours30Month = define({
  id: 'ordinary-hours.30-per-month',
  version: 1,
  modelMeasureId: {},
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('004', 'Om indsatsmodellen', 'endemålet: min. 30 ordinære løntimer om måneden'),
  description: 'Share with at least 30 ordinary hours in the month.',
  contribute: ({ person }, m, out) => person.hoursKnown(m) && yesNo(out, person.ordinaryHours(m) >= 30),
});

const trinEndGoal = define({
  id: 'end-goal.30-hours-or-self-supporting',
  version: 1,
  modelMeasureId: { 'trin-model': 'trin.end-goal' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('004', 'Om indsatsmodellen', 'endemålet'),
  description: 'Share with at least 30 ordinary hours in the month or self-sufficient in every covered week of it.',
  contribute: ({ person }, m, out) => {
    const i = person.slot(m);
    const benefitKnown = i >= 0 && person.coveredWeeks[i]! > 0;
    if (!benefitKnown && !person.hoursKnown(m)) return false; // nothing known of the month
    const selfSupporting = benefitKnown && person.selfWeeks[i] === person.coveredWeeks[i];
    return yesNo(out, (person.hoursKnown(m) && person.ordinaryHours(m) >= 30) || selfSupporting);
  },
});

const employmentDegree = define({
  id: 'employment-degree',
  version: 1,
  modelMeasureId: { 'social-stoette': 'sst.employment-degree' },
  kind: 'mean',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('002', '5.2.2', 'Tabel 5-1: 100 pct. svarer til fuldtidsbeskæftigelse på 37 timer om ugen'),
  description: 'Mean employment degree in the month: paid hours (ordinary and subsidised) / 37 hours a week, capped at 100 %.',
  contribute: ({ person }, m, out) => person.hoursKnown(m) && put(out, Math.min(person.paidHours(m) / FULL_TIME_HOURS_PER_MONTH, 1) * 100, 1),
});

const unsupportedDegree = define({
  id: 'employment-degree.unsupported',
  version: 1,
  modelMeasureId: {},
  kind: 'mean',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('002', '5.2.2', 'Tabel 5-1: udstøttet beskæftigelsesgrad, renset for samtidig fleksjob og løntilskud'),
  description: 'Mean unsupported employment degree: ordinary hours / 37 hours a week (capped at 100 %), 0 in a month with fleksjob or løntilskud.',
  contribute: ({ person }, m, out) => {
    const i = person.slot(m);
    const supported = i >= 0 && person.supported[i] === 1;
    if (!person.hoursKnown(m)) return false;
    return put(out, supported ? 0 : Math.min(person.ordinaryHours(m) / FULL_TIME_HOURS_PER_MONTH, 1) * 100, 1);
  },
});

const touched = define({
  id: 'ordinary-hours.touched',
  version: 1,
  cumulative: true,
  modelMeasureId: { 'flere-skal-med': 'fsm.ordinary-hours', 'trin-model': 'trin.ordinary-hours-share', stv: 'stv.ordinary-hours' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '3.3', 'berørte: minimum en måned med ordinære timer over 0'),
  description: '"Berørte": share with at least one month of ordinary hours > 0 from the visitation month to the month.',
  contribute: ({ person, enrolment }, m, out) => yesNo(out, person.hoursMonths(enrolment.startMonth, m) > 0),
});

export interface ChangeIndexOptions {
  /**
   * The historical window: a fixed span of months (000 Figure 6: June 2015 –
   * June 2017, read as the 24 months 2015-06 .. 2017-05), or the
   * `monthsBefore` months before each person's visitation month (default 24).
   */
  history?: { from: string; to: string } | { monthsBefore: number };
}

/**
 * The change index of 000 Figure 6: (N_project − N_hist) / N_hist × 100,
 * where N_project = persons touched (≥ 1 month of ordinary hours > 0) from
 * visitation to the month and N_hist = the same persons touched in the
 * historical window; undefined when N_hist = 0. Numerator = N_project,
 * denominator = N_hist, summed over persons like any other count.
 */
export function changeIndexMeasure(options: ChangeIndexOptions = {}): MeasureDefinition {
  const history = options.history ?? { monthsBefore: 24 };
  const fixed = 'from' in history ? { from: monthIndex(history.from), to: monthIndex(history.to) } : null;
  const before = 'monthsBefore' in history ? history.monthsBefore : 0;
  return define({
    id: 'ordinary-hours.change-index',
    version: 1,
    cumulative: true,
    modelMeasureId: { 'flere-skal-med': 'fsm.change-index' },
    kind: 'index',
    unit: 'index',
    higherIsBetter: true,
    models: 'all',
    source: ref('000', '3.3', 'Figur 6 med note'),
    description: 'Change index (N_project − N_hist) / N_hist × 100 of persons touched by ordinary hours; undefined when N_hist = 0.',
    contribute: ({ person, enrolment }, m, out) => {
      const from = fixed ? fixed.from : enrolment.startMonth - before;
      const to = fixed ? fixed.to : enrolment.startMonth - 1;
      // "The same persons" two years back: only persons whose whole historical window an hours extract
      // covers count, so a register that starts later cannot pass for a history without hours.
      if (!person.hoursCoveredThrough(from, to)) return false;
      return put(out, person.hoursMonths(enrolment.startMonth, m) > 0 ? 1 : 0, person.hoursMonths(from, to) > 0 ? 1 : 0);
    },
  });
}

const resultTarget = define({
  id: 'result-target',
  version: 1,
  cumulative: true,
  modelMeasureId: { 'flere-skal-med': 'fsm.result-target' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: ['flere-skal-med'],
  source: ref('000', '3.1'),
  description:
    'Share with three consecutive qualifying months (company-oriented activity, ordinary hours > 0, ordinary education or fleksjob in any week) from the visitation month to the month.',
  contribute: ({ enrolment }, m, out) => yesNo(out, enrolment.resultTargetMonth <= m),
});

const selfWeeks = define({
  id: 'self-sufficiency.weeks',
  version: 1,
  modelMeasureId: {},
  kind: 'sum',
  unit: 'weeks',
  higherIsBetter: true,
  models: 'all',
  source: ref('004', 'Bilag 1 – Resultater', 'selvforsørgelse i form af job eller uddannelse'),
  description: 'Weeks without public benefit (no row, self-supporting or education) in the month; denominator: covered weeks.',
  contribute: ({ person }, m, out) => {
    const i = person.slot(m);
    if (i < 0 || person.coveredWeeks[i] === 0) return false;
    return put(out, person.selfWeeks[i]!, person.coveredWeeks[i]!);
  },
});

const selfShare = define({
  id: 'self-sufficiency.share',
  version: 1,
  modelMeasureId: { 'trin-model': 'trin.self-sufficiency-share' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('004', 'Bilag 1 – Resultater', 'selvforsørgelse i form af job eller uddannelse'),
  description: 'Share self-sufficient in every covered week of the month (persons with a covered month).',
  contribute: ({ person }, m, out) => {
    const i = person.slot(m);
    if (i < 0 || person.coveredWeeks[i] === 0) return false;
    return yesNo(out, person.selfWeeks[i] === person.coveredWeeks[i]);
  },
});

const fte = define({
  id: 'fte.public-benefit',
  version: 1,
  modelMeasureId: {},
  kind: 'sum',
  unit: 'fte',
  higherIsBetter: false,
  models: 'all',
  source: ref('000', '3.1', 'volumenmål fra issue 11; rapporterne definerer ikke fuldtidspersoner: DREAM-konventionen ydelsesuger / 52'),
  description: 'Fuldtidspersoner on public benefit: per person the share of the month’s weeks on public benefit, summed.',
  contribute: ({ person }, m, out) => {
    const i = person.slot(m);
    if (i < 0 || person.coveredWeeks[i] === 0) return false;
    return put(out, person.publicWeeks[i]! / weeksInMonth(m), 1);
  },
});

// ---------------------------------------------------------------- process measures (case data)

/** A share of persons with case data whose artefact exists by the end of the month. */
function byEndOfMonth(
  id: string,
  pick: (e: EnrolmentFacts) => number,
  modelMeasureId: Record<string, string>,
  source: SourceRef,
  description: string,
): MeasureDefinition {
  return define({
    id,
    version: 1,
    modelMeasureId,
    kind: 'share',
    unit: 'percent',
    higherIsBetter: true,
    models: 'all',
    source,
    description,
    needsCaseFacts: true,
    contribute: ({ person, enrolment }, m, out) => (person.person.caseFacts ? yesNo(out, pick(enrolment) <= m) : false),
  });
}

const cv = byEndOfMonth(
  'process.cv',
  (e) => e.cvMonth,
  { 'flere-skal-med': 'fsm.cv-share', 'trin-model': 'trin.cv-share', stv: 'stv.cv-share' },
  ref('000', '4.1.1'),
  'Share with a CV by the end of the month (persons with case data).',
);
const jobGoal = byEndOfMonth('process.job-goal', (e) => e.jobGoalMonth, {}, ref('000', '4.1.1'), 'Share with a concrete job goal by the end of the month.');
const plan = byEndOfMonth('process.plan', (e) => e.planMonth, {}, ref('000', '4'), 'Share with a plan by the end of the month.');
const agreementPersons = byEndOfMonth(
  'process.ordinary-hours-agreement',
  (e) => e.agreementMonth,
  {},
  ref('000', '4.4.3'),
  'Share with a signed work agreement holding an ordinary-hours clause by the end of the month.',
);

const agreements = define({
  id: 'process.agreements-with-hours',
  version: 1,
  modelMeasureId: { 'flere-skal-med': 'fsm.agreement-hours-share' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '4.4.3'),
  description: 'Share of work agreements signed by the end of the month that hold ordinary hours or a declared intent of them.',
  needsCaseFacts: true,
  contribute: ({ person }, m, out) => {
    const list = person.person.caseFacts?.workAgreements;
    if (!list) return false;
    let all = 0;
    let withHours = 0;
    for (const a of list) {
      if (monthOfDate(a.from) > m) continue;
      all++;
      if (a.ordinaryHours) withHours++;
    }
    return put(out, withHours, all);
  },
});

/** The span of `spans` covering month m (the latest-starting one), or null. */
export function spanInMonth<T>(spans: readonly Span<T>[], month: MonthIndex): Span<T> | null {
  if (spans.length === 0) return null;
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  let best: Span<T> | null = null;
  for (const span of spans) {
    const from = dayNumber(span.from);
    if (from > last || (span.to !== null && dayNumber(span.to) < first)) continue;
    if (best === null || span.from > best.from) best = span;
  }
  return best;
}

/**
 * The span holding the person in month m, or else the last one that started
 * before it: a citizen whose course has ended still counts, in the
 * cumulative measures, in the unit and with the job broker that last had
 * them.
 */
export function spanAsOf<T>(spans: readonly Span<T>[], month: MonthIndex): Span<T> | null {
  const during = spanInMonth(spans, month);
  if (during) return during;
  const last = lastDayOfMonth(month);
  let best: Span<T> | null = null;
  for (const span of spans) if (dayNumber(span.from) <= last && (best === null || span.from > best.from)) best = span;
  return best;
}

const jobBroker = define({
  id: 'process.job-broker',
  version: 1,
  modelMeasureId: { 'flere-skal-med': 'fsm.job-broker-share' },
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '4.2'),
  description: 'Share with a personal job broker at some time in the month (persons with case data).',
  needsCaseFacts: true,
  contribute: ({ person }, m, out) => (person.person.caseFacts ? yesNo(out, spanInMonth(person.person.jobBrokers, m) !== null) : false),
});

const daysToPlacement = define({
  id: 'process.days-to-first-placement',
  version: 1,
  cumulative: true,
  modelMeasureId: { 'social-stoette': 'sst.days-to-placement' },
  kind: 'mean',
  unit: 'days',
  higherIsBetter: false,
  models: 'all',
  source: ref('002', '4.1'),
  description: 'Mean days from the enrolment date to the first placement start, over persons whose first placement started by the end of the month.',
  needsCaseFacts: true,
  contribute: ({ enrolment }, m, out) => (enrolment.firstPlacementMonth <= m ? put(out, enrolment.daysToFirstPlacement, 1) : false),
});

const cadence = define({
  id: 'process.contact-cadence',
  version: 1,
  modelMeasureId: {},
  kind: 'share',
  unit: 'percent',
  higherIsBetter: true,
  models: 'all',
  source: ref('000', '4.2'),
  description: "Share whose model contact cadence was kept in the month (persons for whom it is assessable).",
  needsCaseFacts: true,
  contribute: ({ person }, m, out) => {
    const kept = person.person.caseFacts?.contactCadenceKept.get(m);
    return kept === undefined ? false : yesNo(out, kept);
  },
});

const caseload = define({
  id: 'process.caseload',
  version: 1,
  modelMeasureId: { 'flere-skal-med': 'fsm.caseload' },
  kind: 'mean',
  unit: 'count',
  higherIsBetter: false,
  models: 'all',
  source: ref('000', '5.2'),
  description: 'Courses per personal job broker: persons with a broker in the month / distinct brokers.',
  distinctDenominator: ({ person }, m) => spanInMonth(person.person.jobBrokers, m)?.value ?? null,
  contribute: ({ person }, m, out) => (spanInMonth(person.person.jobBrokers, m) ? put(out, 1, 1) : false),
});

/** Every measure, in report order. */
export const measures: readonly MeasureDefinition[] = [
  resultTarget,
  touched,
  changeIndexMeasure(),
  hoursMonth,
  hoursSum,
  hours30Week,
  hours30Month,
  trinEndGoal,
  employmentDegree,
  unsupportedDegree,
  companyMonth,
  companySince,
  internshipSince,
  selfShare,
  selfWeeks,
  fte,
  cv,
  jobGoal,
  plan,
  jobBroker,
  agreementPersons,
  agreements,
  daysToPlacement,
  cadence,
  caseload,
];

/** The measures a model's report shows. */
export function measuresFor(modelId: string): MeasureDefinition[] {
  return measures.filter((m) => m.models === 'all' || m.models.includes(modelId));
}

/** A measure by id; throws naming it when unknown. */
export function measureById(id: string): MeasureDefinition {
  const found = measures.find((m) => m.id === id);
  if (!found) throw new RangeError(`measure: unknown measure '${id}'`);
  return found;
}

/**
 * The figure from summed counts: share = n / d × 100; mean = n / d; sum = n;
 * index = (n − d) / d × 100. null when the denominator is 0 (share, mean,
 * index: undefined, 000 Figure 6's "(*)").
 */
export function figureValue(m: Pick<MeasureDefinition, 'kind'>, numerator: number, denominator: number): number | null {
  switch (m.kind) {
    case 'sum':
      return numerator;
    case 'share':
      return denominator === 0 ? null : (numerator / denominator) * 100;
    case 'mean':
      return denominator === 0 ? null : numerator / denominator;
    case 'index':
      return denominator === 0 ? null : ((numerator - denominator) / denominator) * 100;
  }
}
