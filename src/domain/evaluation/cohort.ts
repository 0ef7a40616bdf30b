/**
 * Designs from data (issue 13 §1): the treated cohort (from case data or a
 * `person,time_zero` CSV), the comparison pool from the register with time
 * zero drawn like the treated ones', covariates at time zero and outcomes per
 * window after it. Pure: the store loader hands in one `CohortPerson` per
 * register person; the rows out are what match-analysis / cox take.
 *
 * Time (exact definitions, also in docs/evaluation.md "Designs"):
 *
 * - Weeks are ISO weeks, identified by the day number of their Monday
 *   (rules/days.ts). A week belongs to the month that holds its Thursday
 *   (as in the monitoring, domain/monitoring/person-periods.ts).
 * - Time zero is a date. The **time-zero week** w0 is the ISO week holding it;
 *   the **time-zero month** m0 is the calendar month holding it.
 * - Covariates are measured **strictly before** time zero: weeks w0-N .. w0-1
 *   ("last N weeks"), months m0-24 .. m0-1. The time-zero week and month
 *   belong to neither side.
 * - Outcomes are measured **strictly after**: window "months a-b" is the
 *   calendar months m0+a .. m0+b; a weekly outcome counts the weeks whose
 *   (Thursday) month is in the window and whose Monday is after w0 (so the
 *   time-zero week never counts, even when its Thursday falls in m0+1).
 * - So nothing that happens between a control's qualification and its time
 *   zero is credited to either group, and no treated person's outcome window
 *   starts before their treatment: no immortal time.
 */
import { monthOfDay, weeksInMonth } from '../monitoring/months.ts';
import type { MonthIndex } from '../monitoring/person-periods.ts';
import { parseDate } from '../registers/periods.ts';
import { benefitStateCode, benefitStates, companyOrientedStates, NO_ROW, selfSufficientStates, stateOfCode, type BenefitState } from '../registers/states.ts';
import { dayNumber, toCivil } from '../rules/days.ts';
import { mulberry32 } from '../random.ts';

/** What the store loader must provide per register person. */
export interface CohortPerson {
  /** Stable key (register person id as text, or pseudonym); the CSV's `person` column must use the same. */
  person: string;
  birthYear: number | null;
  sex: 'K' | 'M' | null;
  origin: string | null;
  /** Highest completed ISCED level 0-8 (register_person.education). */
  education: number | null;
  /** Kommunekode of residence (register_person.municipality: the latest known, not at time zero). */
  municipality: string | null;
  /** ISO date of the Monday of states[0] (register_person_timeline.first_week). */
  firstWeek: string;
  /** Weekly state codes (registers/states.ts; 0 = covered week with no public benefit). Weeks after the last are unknown. */
  states: ArrayLike<number>;
  /** Month index (year * 12 + month - 1) of ordinaryHours[0]. */
  firstMonth: MonthIndex;
  /** Ordinary (not subsidised) paid hours per month; months after the last are unknown. */
  ordinaryHours: ArrayLike<number>;
  /** Course starts of the evaluated model (case data), ISO dates. */
  courseStarts?: readonly string[];
  /** Visitations to the evaluated model (register_visitation.start_date), ISO dates. */
  visitations?: readonly string[];
}

export interface TreatedEntry {
  person: string;
  /** ISO date. */
  timeZero: string;
}

// ---------------------------------------------------------------------------
// Treated cohorts

/**
 * The cohort from case data: every person whose first course start (or, with
 * `by: 'visitation'`, first visitation) of the model within [from, to]
 * (inclusive ISO dates) is time zero. Persons with none in the period are not
 * treated (but see `exposed` below: they are not controls either when they
 * have one outside it).
 */
export function treatedFromCaseData(persons: readonly CohortPerson[], options: { from: string; to: string; by?: 'course' | 'visitation' }): TreatedEntry[] {
  const by = options.by ?? 'course';
  const out: TreatedEntry[] = [];
  for (const p of persons) {
    const dates = (by === 'course' ? p.courseStarts : p.visitations) ?? [];
    const inPeriod = dates.filter((d) => d >= options.from && d <= options.to).sort();
    if (inPeriod.length > 0) out.push({ person: p.person, timeZero: inPeriod[0]! });
  }
  return out;
}

export interface CsvProblem {
  /** 1-based; the header is line 1. */
  line: number;
  field: 'person' | 'time_zero' | 'header' | 'line';
  message: string;
}

/**
 * The cohort from a file: CSV with the columns `person` and `time_zero`
 * (case-insensitive, any order, other columns ignored; `,` or `;` as in the
 * register extracts; a byte-order mark is tolerated; blank lines skipped;
 * fields may be double-quoted). `time_zero` is `YYYY-MM-DD`. A person given
 * twice is an error (the first row is kept). Returns the rows and every
 * problem with its line and field; callers refuse the file when there are
 * problems.
 */
export function parseTimeZeroCsv(text: string): { rows: TreatedEntry[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const rows: TreatedEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const sep = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names = splitCsvLine(header, sep).map((n) => n.trim().toLowerCase());
  const personCol = names.indexOf('person');
  const timeCol = names.indexOf('time_zero');
  if (personCol < 0) problems.push({ line: 1, field: 'header', message: "missing column 'person'" });
  if (timeCol < 0) problems.push({ line: 1, field: 'header', message: "missing column 'time_zero'" });
  if (problems.length > 0) return { rows, problems };
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    let fields: string[];
    try {
      fields = splitCsvLine(raw, sep);
    } catch (e) {
      problems.push({ line, field: 'line', message: (e as Error).message });
      continue;
    }
    const person = (fields[personCol] ?? '').trim();
    const time = (fields[timeCol] ?? '').trim();
    let ok = true;
    if (person === '') {
      problems.push({ line, field: 'person', message: 'empty' });
      ok = false;
    } else if (seen.has(person)) {
      problems.push({ line, field: 'person', message: `'${person}' already given on line ${seen.get(person)}` });
      ok = false;
    }
    if (time === '') {
      problems.push({ line, field: 'time_zero', message: 'empty' });
      ok = false;
    } else if (parseDate(time) === null) {
      problems.push({ line, field: 'time_zero', message: `'${time}' is not a date YYYY-MM-DD` });
      ok = false;
    }
    if (!ok) continue;
    seen.set(person, line);
    rows.push({ person, timeZero: time });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, field: 'header', message: 'no data rows' });
  return { rows, problems };
}

function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new Error('unterminated quoted field');
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += line[i++];
      }
      if (i < line.length && line[i] !== sep) throw new Error('text after a quoted field');
      out.push(value);
    } else {
      const end = line.indexOf(sep, i);
      out.push(end < 0 ? line.slice(i) : line.slice(i, end));
      if (end < 0) return out;
      i = end;
    }
    if (i >= line.length) return out;
    i++; // the separator
    if (i === line.length) {
      out.push('');
      return out;
    }
  }
}

// ---------------------------------------------------------------------------
// Time helpers

/** Monday (day number) of the ISO week holding `day`. Day 0 (1970-01-01) was a Thursday. */
export function mondayOfDay(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

function dateDay(iso: string): number {
  const d = dayNumber(iso);
  if (Number.isNaN(d)) throw new RangeError(`'${iso}' is not a date YYYY-MM-DD`);
  return d;
}

/** A person's weekly states with the time frame resolved. */
class Timeline {
  readonly firstMonday: number;
  constructor(readonly p: CohortPerson) {
    this.firstMonday = dateDay(p.firstWeek);
    if (mondayOfDay(this.firstMonday) !== this.firstMonday) throw new RangeError(`firstWeek ${p.firstWeek} of ${p.person} is not a Monday`);
  }
  /** State code of the week starting `monday`, or -1 when unknown (outside the timeline). */
  state(monday: number): number {
    const i = (monday - this.firstMonday) / 7;
    return i >= 0 && i < this.p.states.length ? this.p.states[i]! : -1;
  }
  /** Monday of the last known week. */
  get lastMonday(): number {
    return this.firstMonday + 7 * (this.p.states.length - 1);
  }
  /** Ordinary hours of month m, or -1 when unknown. */
  hours(m: MonthIndex): number {
    const i = m - this.p.firstMonth;
    return i >= 0 && i < this.p.ordinaryHours.length ? this.p.ordinaryHours[i]! : -1;
  }
  get lastHoursMonth(): MonthIndex {
    return this.p.firstMonth + this.p.ordinaryHours.length - 1;
  }
}

// ---------------------------------------------------------------------------
// Target group

/**
 * The target-group rule: in at least `atLeast` of the `ofLast` weeks before
 * the time-zero week (w0-ofLast .. w0-1) the person was in one of `states`.
 * Unknown weeks (outside the timeline) never count as in the states.
 */
export interface TargetGroupRule {
  states: readonly BenefitState[];
  atLeast: number;
  ofLast: number;
}

const ruleCodes = new WeakMap<TargetGroupRule, ReadonlySet<number>>();

/** Throws a RangeError when the rule cannot be met or names an unknown state. */
export function checkRule(rule: TargetGroupRule): void {
  if (!Number.isInteger(rule.ofLast) || rule.ofLast < 1) throw new RangeError(`rule.ofLast must be a whole number of weeks >= 1 (got ${rule.ofLast})`);
  if (!Number.isInteger(rule.atLeast) || rule.atLeast < 1 || rule.atLeast > rule.ofLast) throw new RangeError(`rule.atLeast must be 1..ofLast (got ${rule.atLeast})`);
  for (const s of rule.states) if (!(s in benefitStateCode)) throw new RangeError(`rule.states: unknown benefit state '${s}'`);
  if (rule.states.length === 0) throw new RangeError('rule.states is empty');
}

export function qualifies(timeline: Timeline, w0: number, rule: TargetGroupRule): boolean {
  let codes = ruleCodes.get(rule);
  if (!codes) ruleCodes.set(rule, (codes = new Set(rule.states.map((s) => benefitStateCode[s]))));
  let n = 0;
  for (let k = 1; k <= rule.ofLast; k++) {
    if (codes.has(timeline.state(w0 - 7 * k))) n++;
    if (n >= rule.atLeast) return true;
  }
  return n >= rule.atLeast;
}

// ---------------------------------------------------------------------------
// Covariates and outcomes

/** The outcome windows: months after the time-zero month, inclusive. */
export const outcomeWindows = { '1-6': [1, 6], '7-12': [7, 12], '13-24': [13, 24], '1-12': [1, 12] } as const satisfies Record<string, readonly [number, number]>;
export type WindowName = keyof typeof outcomeWindows;

/** Look-back horizons of the weekly covariates, in weeks (1, 2 and 5 years). */
export const lookbackWeeks = [52, 104, 260] as const;

/** Follow-up of the survival outcomes, in months. */
export const survivalMonths = 24;

/** Hours of a full-time week: employment degree 100 %. */
export const fullTimeWeeklyHours = 37;

const exitStates: ReadonlySet<number> = new Set([benefitStateCode.fleksjob, benefitStateCode.foertidspension]);
const companyCodes: ReadonlySet<number> = new Set(companyOrientedStates.map((s) => benefitStateCode[s]));
/** Code 0 (a covered week with no public benefit) is self-sufficient too, as in DREAM. */
const selfSufficientCodes: ReadonlySet<number> = new Set([NO_ROW, ...selfSufficientStates.map((s) => benefitStateCode[s])]);

/** The covariates at time zero, named as in docs/evaluation.md "Designs". */
export function covariatesAt(timeline: Timeline, timeZero: string, clusters?: ReadonlyMap<string, string>): { covariates: Record<string, number | string>; truncated: boolean } {
  const p = timeline.p;
  const day = dateDay(timeZero);
  const w0 = mondayOfDay(day);
  const m0 = monthOfDay(day);
  const covariates: Record<string, number | string> = {};
  covariates.age = p.birthYear === null ? Number.NaN : toCivil(day).year - p.birthYear;
  covariates.sex = p.sex ?? 'unknown';
  covariates.origin = p.origin ?? 'unknown';
  covariates.education = p.education === null ? 'unknown' : String(p.education);
  covariates.municipality = p.municipality ?? 'unknown';
  if (clusters) covariates.cluster = (p.municipality !== null ? clusters.get(p.municipality) : undefined) ?? 'unknown';
  const longest = lookbackWeeks[lookbackWeeks.length - 1]!;
  const counts = lookbackWeeks.map(() => new Array<number>(benefitStates.length + 1).fill(0));
  let truncated = false;
  for (let k = 1; k <= longest; k++) {
    const code = timeline.state(w0 - 7 * k);
    if (code < 0) {
      truncated = true;
      continue;
    }
    lookbackWeeks.forEach((h, j) => {
      if (k <= h) counts[j]![code]!++;
    });
  }
  lookbackWeeks.forEach((h, j) => {
    benefitStates.forEach((s, i) => {
      covariates[`weeks_${s}_${h}`] = counts[j]![i + 1]!;
    });
  });
  let monthsWithHours = 0;
  for (let k = 1; k <= 24; k++) {
    const h = timeline.hours(m0 - k);
    if (h < 0) truncated = true;
    else if (h > 0) monthsWithHours++;
  }
  covariates.months_hours_24 = monthsWithHours;
  let company = 0;
  for (let k = 1; k <= 52; k++) if (companyCodes.has(timeline.state(w0 - 7 * k))) company++;
  covariates.weeks_company_oriented_52 = company;
  covariates.any_company_oriented_52 = company > 0 ? 1 : 0;
  return { covariates, truncated };
}

/** Outcome names per window (suffix `_<a>_<b>`, e.g. `any_hours_1_6`), plus the survival outcomes. */
export const windowOutcomes = ['any_hours', 'hours', 'self_sufficient_weeks', 'employment_degree', 'any_company_oriented', 'exit_fleksjob_fp'] as const;

export function outcomesAfter(timeline: Timeline, timeZero: string): Record<string, number | null> {
  const day = dateDay(timeZero);
  const w0 = mondayOfDay(day);
  const m0 = monthOfDay(day);
  const out: Record<string, number | null> = {};
  for (const [, [a, b]] of Object.entries(outcomeWindows) as [WindowName, readonly [number, number]][]) {
    const suffix = `_${a}_${b}`;
    const from = m0 + a;
    const to = m0 + b;
    // Hours outcomes: every month of the window must be known.
    let hours = 0;
    let hoursKnown = true;
    let weeksInWindow = 0;
    for (let m = from; m <= to; m++) {
      const h = timeline.hours(m);
      if (h < 0) hoursKnown = false;
      else hours += h;
      weeksInWindow += weeksInMonth(m);
    }
    out[`any_hours${suffix}`] = hoursKnown ? (hours > 0 ? 1 : 0) : null;
    out[`hours${suffix}`] = hoursKnown ? hours : null;
    out[`employment_degree${suffix}`] = hoursKnown ? Math.min(100, (hours / (fullTimeWeeklyHours * weeksInWindow)) * 100) : null;
    // Weekly outcomes: every week belonging to the window (after w0) must be known.
    let selfSufficient = 0;
    let company = 0;
    let exit = 0;
    let weeksKnown = true;
    for (let monday = Math.max(w0 + 7, mondayOfDay(firstDayOf(from))); ; monday += 7) {
      const m = monthOfDay(monday + 3);
      if (m < from) continue;
      if (m > to) break;
      const code = timeline.state(monday);
      if (code < 0) {
        weeksKnown = false;
        break;
      }
      if (selfSufficientCodes.has(code)) selfSufficient++;
      if (companyCodes.has(code)) company = 1;
      if (exitStates.has(code)) exit = 1;
    }
    out[`self_sufficient_weeks${suffix}`] = weeksKnown ? selfSufficient : null;
    out[`any_company_oriented${suffix}`] = weeksKnown ? company : null;
    out[`exit_fleksjob_fp${suffix}`] = weeksKnown ? exit : null;
  }
  // Survival: months to the first month with ordinary hours (m0+1 .. m0+24), censored at the end of data.
  const hoursFollowUp = Math.min(survivalMonths, timeline.lastHoursMonth - m0);
  if (hoursFollowUp < 1) {
    out.time_to_hours = null;
    out.event_hours = null;
  } else {
    let t = 0;
    for (let k = 1; k <= hoursFollowUp; k++) {
      if (timeline.hours(m0 + k) > 0) {
        t = k;
        break;
      }
    }
    out.time_to_hours = t > 0 ? t : hoursFollowUp;
    out.event_hours = t > 0 ? 1 : 0;
  }
  // Survival: months to the first month (Thursday rule) with a company-oriented week, after w0.
  const lastFullMonth = monthOfDay(timeline.lastMonday + 3) - (monthOfDay(timeline.lastMonday + 10) === monthOfDay(timeline.lastMonday + 3) ? 1 : 0);
  const placementFollowUp = Math.min(survivalMonths, lastFullMonth - m0);
  if (placementFollowUp < 1) {
    out.time_to_placement = null;
    out.event_placement = null;
  } else {
    let t = 0;
    for (let monday = w0 + 7; monday <= timeline.lastMonday; monday += 7) {
      const k = monthOfDay(monday + 3) - m0;
      if (k < 1) continue;
      if (k > placementFollowUp) break;
      if (companyCodes.has(timeline.state(monday))) {
        t = k;
        break;
      }
    }
    out.time_to_placement = t > 0 ? t : placementFollowUp;
    out.event_placement = t > 0 ? 1 : 0;
  }
  return out;
}

function firstDayOf(m: MonthIndex): number {
  const year = Math.floor(m / 12);
  const month = m - year * 12 + 1;
  return dateDay(`${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`);
}

// ---------------------------------------------------------------------------
// The design

export interface CohortRow {
  person: string;
  treat: 0 | 1;
  timeZero: string;
  covariates: Record<string, number | string>;
  outcomes: Record<string, number | null>;
}

export interface CohortOptions {
  rule: TargetGroupRule;
  /** Seed of the mulberry32 generator that draws the controls' time zeros (default 1). */
  seed?: number;
  /** Kommunekode → municipality cluster id (municipality_cluster). */
  clusters?: ReadonlyMap<string, string>;
  /** Treated persons who do not meet the rule at their own time zero are excluded (default true). */
  ruleAppliesToTreated?: boolean;
}

export interface CohortResult {
  rows: CohortRow[];
  nTreated: number;
  nControl: number;
  excluded: { person: string; reason: 'not_in_register' | 'not_in_target_group' | 'missing_birth_year' | 'never_qualifies' | 'exposed' }[];
  /** Per outcome: rows where it is null (the window runs past the end of data). */
  nullOutcomes: Record<string, number>;
  /** Rows whose 260-week or 24-month look-back reaches before the data (unknown weeks counted as none). */
  truncatedLookback: number;
}

/**
 * Builds the design. Treated: each entry's person at its time zero. Pool:
 * every person who is not treated and never exposed (no course start or
 * visitation of the model at any time: ever-treated persons are never
 * controls, also not before their own start), and who meets the rule at one
 * or more of the treated persons' time zeros.
 *
 * Time zero of a control (the draw): persons are taken in order of their key
 * (so input order does not matter); for each, the candidates are the treated
 * persons' time zeros (a date per treated person, with repetition) at whose
 * week the control meets the rule; one is drawn uniformly from the
 * candidates with mulberry32(seed). So a control's time zero follows the
 * treated persons' time-zero distribution restricted to the weeks where the
 * control qualifies, and never falls where it does not qualify.
 */
export function buildCohort(persons: readonly CohortPerson[], treated: readonly TreatedEntry[], options: CohortOptions): CohortResult {
  checkRule(options.rule);
  const byKey = new Map(persons.map((p) => [p.person, p]));
  const excluded: CohortResult['excluded'] = [];
  const rows: CohortRow[] = [];
  const nullOutcomes: Record<string, number> = {};
  let truncatedLookback = 0;
  const treatedKeys = new Set(treated.map((t) => t.person));
  const applyRule = options.ruleAppliesToTreated ?? true;

  const emit = (timeline: Timeline, treat: 0 | 1, timeZero: string): boolean => {
    const { covariates, truncated } = covariatesAt(timeline, timeZero, options.clusters);
    if (Number.isNaN(covariates.age)) {
      excluded.push({ person: timeline.p.person, reason: 'missing_birth_year' });
      return false;
    }
    if (truncated) truncatedLookback++;
    const outcomes = outcomesAfter(timeline, timeZero);
    for (const [k, v] of Object.entries(outcomes)) {
      nullOutcomes[k] ??= 0;
      if (v === null) nullOutcomes[k]!++;
    }
    rows.push({ person: timeline.p.person, treat, timeZero, covariates, outcomes });
    return true;
  };

  const zeros: { date: string; w0: number }[] = [];
  for (const t of treated) {
    const p = byKey.get(t.person);
    if (!p) {
      excluded.push({ person: t.person, reason: 'not_in_register' });
      continue;
    }
    const timeline = new Timeline(p);
    const w0 = mondayOfDay(dateDay(t.timeZero));
    if (applyRule && !qualifies(timeline, w0, options.rule)) {
      excluded.push({ person: t.person, reason: 'not_in_target_group' });
      continue;
    }
    // Only treated persons who make it into the rows shape the controls' time-zero distribution.
    if (emit(timeline, 1, t.timeZero)) zeros.push({ date: t.timeZero, w0 });
  }
  const nTreatedRows = rows.length;

  const random = mulberry32(options.seed ?? 1);
  const candidates = persons.filter((p) => !treatedKeys.has(p.person)).sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
  // Treated time zeros grouped by week, weeks ascending, dates ascending within a week: a fixed order, so the
  // draw depends on neither input order. A control is tested once per distinct week (not per treated person).
  const byWeek = new Map<number, string[]>();
  for (const z of zeros) {
    const list = byWeek.get(z.w0);
    if (list) list.push(z.date);
    else byWeek.set(z.w0, [z.date]);
  }
  const weeks = [...byWeek.entries()].sort((a, b) => a[0] - b[0]).map(([w0, dates]) => ({ w0, dates: dates.sort() }));
  for (const p of candidates) {
    if ((p.courseStarts?.length ?? 0) > 0 || (p.visitations?.length ?? 0) > 0) {
      excluded.push({ person: p.person, reason: 'exposed' });
      continue;
    }
    const timeline = new Timeline(p);
    const eligible = weeks.filter((w) => qualifies(timeline, w.w0, options.rule));
    let total = 0;
    for (const w of eligible) total += w.dates.length;
    if (total === 0) {
      excluded.push({ person: p.person, reason: 'never_qualifies' });
      continue;
    }
    // Uniform over the treated time zeros (with repetition) at the weeks where the control qualifies.
    let r = Math.min(total - 1, Math.floor(random() * total));
    let pick = '';
    for (const w of eligible) {
      if (r < w.dates.length) {
        pick = w.dates[r]!;
        break;
      }
      r -= w.dates.length;
    }
    emit(timeline, 0, pick);
  }
  return { rows, nTreated: nTreatedRows, nControl: rows.length - nTreatedRows, excluded, nullOutcomes, truncatedLookback };
}

// ---------------------------------------------------------------------------
// Monthly outcomes (the DiD panel)

/** Months of a window outcome as a monthly series (the DiD panel of analysis.ts). */
export type MonthlyOutcome = (typeof windowOutcomes)[number];

/**
 * The outcome of one calendar month `m` (month index), the monthly counterpart of the window
 * outcomes: any_hours = 1 when the month's ordinary hours are > 0; hours = the month's ordinary
 * hours; employment_degree = hours / (37 × the month's Thursdays) × 100, capped at 100;
 * self_sufficient_weeks = weeks whose Thursday is in the month in a self-sufficient state;
 * any_company_oriented / exit_fleksjob_fp = 1 when such a week is in the month. Unlike a window
 * outcome, a calendar month's weeks all count (the panel does not exclude the time-zero week).
 * Null when the month (or one of its weeks) is outside the person's data.
 */
export function monthlyOutcome(timeline: Timeline, m: MonthIndex, outcome: MonthlyOutcome): number | null {
  if (outcome === 'any_hours' || outcome === 'hours' || outcome === 'employment_degree') {
    const h = timeline.hours(m);
    if (h < 0) return null;
    if (outcome === 'any_hours') return h > 0 ? 1 : 0;
    if (outcome === 'hours') return h;
    return Math.min(100, (h / (fullTimeWeeklyHours * weeksInMonth(m))) * 100);
  }
  const codes = outcome === 'self_sufficient_weeks' ? selfSufficientCodes : outcome === 'any_company_oriented' ? companyCodes : exitStates;
  let count = 0;
  for (let monday = mondayOfDay(firstDayOf(m)); ; monday += 7) {
    const mm = monthOfDay(monday + 3);
    if (mm < m) continue;
    if (mm > m) break;
    const code = timeline.state(monday);
    if (code < 0) return null;
    if (codes.has(code)) count++;
  }
  return outcome === 'self_sufficient_weeks' ? count : count > 0 ? 1 : 0;
}

/**
 * The monthly outcome of a person in the calendar months m0+fromK .. m0+toK around the time-zero
 * month m0 of `timeZero`: one entry per k (null where unknown).
 */
export function monthlyOutcomeSeries(
  person: CohortPerson,
  timeZero: string,
  fromK: number,
  toK: number,
  outcome: MonthlyOutcome,
): { k: number; month: MonthIndex; y: number | null }[] {
  const timeline = new Timeline(person);
  const m0 = monthOfDay(dateDay(timeZero));
  const out: { k: number; month: MonthIndex; y: number | null }[] = [];
  for (let k = fromK; k <= toK; k++) out.push({ k, month: m0 + k, y: monthlyOutcome(timeline, m0 + k, outcome) });
  return out;
}

/** The state name of a code, for messages ('none' for 0). */
export function stateName(code: number): BenefitState | 'none' | undefined {
  return code === NO_ROW ? 'none' : stateOfCode(code);
}

export { Timeline };
