/**
 * Matches, work agreements, placements, weekly hours, follow-ups and
 * aftercare for every company period the cases area made (a course's run of
 * virksomhedsforløb / TRIN 3 / CTI phases). Each period gets exactly one
 * placement that runs from the first day of the period to its last day, so
 * the engine's `placement_active` holds on the day the course moved into the
 * company phase and `placement_ended` on the day it moved back (the day
 * after the placement's last day). A placement converted to paid work is
 * followed, the next day (or the same day when the course ended with the
 * job), by an ordinary-hours, job or flexjob placement at the same company.
 *
 * What happens in a period follows how it ended: a running period may show
 * rising unpaid hours, paid ordinary hours appearing after some weeks
 * (about a third), a stall, or a conversion; a period the course went back
 * from ends with the company unwilling to pay, the work being too
 * demanding, the citizen stopping or another reason; a period that ended
 * with the course follows the course's end reason.
 *
 * Every match (agreed, withdrawn, or ahead of a start) stores the score the
 * API would have stored that day: the domain's `scoreMatch` over the rows as
 * they stood when the match was recorded (`scoreMatches`).
 */
import type { PlacementEndReason } from '../../../db/schema.ts';
import { distanceBetweenPostcodes, type PostcodeDirectory } from '../../../domain/companies/distance.ts';
import { industry10Of, sharedIndustryDigits } from '../../../domain/companies/industry.ts';
import { defaultMatchParams, scoreMatch, type AgreementFacts, type CitizenProfile, type CompanyCandidate, type OpeningFacts } from '../../../domain/companies/matching.ts';
import type { PlacementType } from '../../../domain/rules/facts.ts';
import type { DemoCourse, DemoPlacementPeriod } from '../cases.ts';
import { stamp, type Row } from '../cases/context.ts';
import type { DemoCitizen, DemoStaff } from '../context.ts';
import { addDays, daysBetween, maxDate, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type { Task } from './catalogue.ts';
import { mondayOf, plannedFor, weeklyHours, type HoursWeek, type Trajectory } from './hours.ts';
import { agreementOn, type NetworkCompany, type NetworkOpening } from './network.ts';
import type { CompanyRows } from './rows.ts';
import * as text from './texts.ts';

/** The work agreement's content, as the contract's WorkAgreementContent. */
export interface WorkAgreementContent {
  tasks: string;
  hoursPerWeek: number;
  weekdayHours?: { mon?: number; tue?: number; wed?: number; thu?: number; fri?: number; sat?: number; sun?: number } | null;
  subGoals: { text: string; targetDate: string | null }[];
  ordinaryHours: { kind: 'now' | 'declaration_of_intent' | 'none'; hoursPerWeek: number | null; from: string | null; text: string | null };
  accommodations: string | null;
  companyContact: { name: string; phone: string | null; email: string | null };
  followUpPlan: { cadenceDays: number; firstDate: string };
  mentor: { name: string; kind: 'social' | 'company' | 'retention' } | null;
  aids: string | null;
  placementType: PlacementType;
  plannedFrom: string | null;
  plannedTo: string | null;
}

export interface JobGoal {
  tier: 'A' | 'B' | 'C';
  /** DB07. */
  industry: string | null;
  /** DISCO-08, as stored. */
  occupationCode: string | null;
  /** As stored (null when none); `text` is the same with a fallback for the rationale. */
  occupationText: string | null;
  text: string;
  setOn: string;
  endedOn: string | null;
}

export interface PlacementInput {
  goals: ReadonlyMap<string, JobGoal[]>;
  citizens: ReadonlyMap<string, DemoCitizen>;
  postcodes: ReadonlyMap<string, string | null>;
  staff: ReadonlyMap<string, DemoStaff>;
  companies: readonly NetworkCompany[];
  directory: PostcodeDirectory;
  lastDay: string;
  /** Monday of the last week that is over. */
  lastFullWeek: string;
}

type Story = 'convert' | 'paid' | 'unpaid' | 'stall' | 'breakoff' | 'nopay' | 'completed' | 'other' | 'moved';
type Clause = 'now' | 'declaration_of_intent' | 'none';

interface Plan {
  story: Story;
  endReason: PlacementEndReason | null;
  followOn: 'ordinary_hours' | 'job' | 'fleksjob' | null;
}

const quality: Record<Story, number> = { convert: 0.88, paid: 0.75, unpaid: 0.6, completed: 0.6, nopay: 0.55, other: 0.5, moved: 0.5, stall: 0.38, breakoff: 0.28 };
const finalEffectiveness: Record<Story, readonly [number, number]> = {
  convert: [7, 9], paid: [5, 8], unpaid: [4, 7], completed: [4, 7], nopay: [4, 7], other: [3, 6], moved: [3, 6], stall: [2, 5], breakoff: [1, 4],
};
const capacity: Record<string, number> = { '1-9': 1, '10-49': 2, '50-249': 4, '250+': 6 };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const half = (x: number) => Math.round(x * 2) / 2;

function holder(course: DemoCourse, roles: readonly string[], date: string): string | undefined {
  return course.staff.find((s) => roles.includes(s.role) && s.from <= date && (s.to === null || date <= s.to))?.staffId;
}

/**
 * The story of a period. `paidShare` is the share of placements so far with
 * paid hours: the mix leans towards paid hours while it is below about a
 * third and away from them above, so every seed ends near the target.
 */
function planFor(random: Random, course: DemoCourse, period: DemoPlacementPeriod, weeks: number, paidShare: number): Plan {
  const lean = paidShare < 0.3 ? 2 : paidShare > 0.4 ? 0.4 : 1;
  if (period.to === null) {
    const story = random.weighted<Story>([['convert', weeks >= 10 ? 11 * lean : 0], ['paid', (weeks >= 3 ? 25 : 10) * lean], ['unpaid', 39], ['stall', 25]]);
    return { story, endReason: null, followOn: story === 'convert' ? 'ordinary_hours' : null };
  }
  if (course.endDate !== null && period.to === course.endDate) {
    switch (course.endReason) {
      case 'job': {
        // Paid hours rose until the job; most placements were converted, some simply completed.
        const endReason: PlacementEndReason = random.chance(0.75) ? 'converted_to_paid' : 'completed';
        return { story: 'convert', endReason, followOn: random.chance(0.7) ? 'job' : 'ordinary_hours' };
      }
      case 'fleksjob':
        return { story: 'unpaid', endReason: 'completed', followOn: 'fleksjob' };
      case 'uddannelse':
        return { story: 'unpaid', endReason: 'completed', followOn: null };
      case 'flyttet':
        return { story: 'moved', endReason: 'moved', followOn: null };
      default: {
        const r = random.weighted<PlacementEndReason>([['completed', 45], ['citizen_ended', 25], ['other', 30]]);
        return { story: r === 'completed' ? 'unpaid' : r === 'citizen_ended' ? 'breakoff' : 'stall', endReason: r, followOn: null };
      }
    }
  }
  // The course went back to finding a new match.
  const r = random.weighted<PlacementEndReason>([['too_demanding', 28], ['citizen_ended', 22], ['company_would_not_pay', 25], ['other', 12], ['completed', 13]]);
  const story: Story = r === 'too_demanding' ? 'breakoff' : r === 'citizen_ended' ? (random.chance(0.7) ? 'breakoff' : 'stall') : r === 'company_would_not_pay' ? 'nopay' : r === 'other' ? (random.chance(0.4 * lean) ? 'paid' : 'other') : 'completed';
  return { story, endReason: r, followOn: null };
}

function trajectoryFor(random: Random, story: Story, type: PlacementType, weeks: number, opening: NetworkOpening | null): Trajectory {
  const t: Trajectory = {
    unpaid0: random.int(4, 10),
    unpaidCap: random.int(12, 25),
    unpaidStep: random.pick([1, 1.5, 2]),
    every: random.int(2, 4),
    paidFrom: null,
    paid0: random.pick([2, 3, 4, 5]),
    paidStep: random.pick([1, 2, 2, 3]),
    paidEvery: random.int(2, 4),
    paidCap: 0,
    unpaidEndsAt: null,
    reliability: 0.85,
    breakOff: 0,
    subsidy: false,
  };
  t.unpaidCap = Math.max(t.unpaidCap, t.unpaid0);
  switch (story) {
    case 'stall':
      t.unpaidCap = t.unpaid0 + random.pick([0, 1, 2]);
      t.reliability = 0.6;
      break;
    case 'breakoff':
      t.unpaidCap = Math.max(t.unpaid0, random.int(10, 18));
      t.reliability = 0.7;
      t.breakOff = Math.min(random.int(2, 4), Math.max(0, weeks - 1));
      break;
    case 'paid':
    case 'convert': {
      t.reliability = 0.9;
      const early = type === 'hybrid' || type === 'ordinary_hours';
      t.paidFrom = early ? random.int(0, 2) : random.int(4, 12);
      // Short periods that still end in paid hours move faster.
      if (t.paidFrom > weeks * 0.4) t.paidFrom = Math.floor(weeks * random.float(0.1, 0.4));
      if (weeks < 12) t.paidEvery = random.int(1, 2);
      t.paidCap = story === 'convert' ? random.int(14, 32) : random.weighted<number>([[random.int(5, 12), 50], [random.int(12, 20), 35], [random.int(20, 30), 15]]);
      // Those heading for a job or many hours step up faster.
      if (t.paidCap >= 15) {
        t.paidStep = random.pick([2, 3, 3, 4]);
        t.paidEvery = random.int(1, 3);
      }
      break;
    }
    default:
      break;
  }
  if (type === 'ordinary_hours') {
    t.unpaid0 = 0;
    t.unpaidCap = 0;
    t.paidFrom = 0;
    t.paid0 = opening ? Math.max(2, Number(opening.row.hours_min)) : random.int(4, 8);
    t.paidCap = Math.max(t.paidCap, t.paid0 + random.int(2, 12));
  }
  if (type === 'loentilskud') {
    t.unpaid0 = random.int(10, 20);
    t.unpaidCap = t.unpaid0 + random.int(0, 12);
    t.subsidy = true;
    t.paidFrom = null;
  }
  return t;
}

/** Splits `hours` over 2-5 weekdays in half hours, summing exactly. */
function weekdaySplit(random: Random, hours: number): NonNullable<WorkAgreementContent['weekdayHours']> {
  const days = random.shuffle(['mon', 'tue', 'wed', 'thu', 'fri'] as const).slice(0, clamp(Math.ceil(hours / 5), 2, 5)).sort((a, b) => ['mon', 'tue', 'wed', 'thu', 'fri'].indexOf(a) - ['mon', 'tue', 'wed', 'thu', 'fri'].indexOf(b));
  const halves = Math.round(hours * 2);
  const out: NonNullable<WorkAgreementContent['weekdayHours']> = {};
  days.forEach((d, i) => {
    const share = Math.floor(halves / days.length) + (i < halves % days.length ? 1 : 0);
    out[d] = share / 2;
  });
  return out;
}

/**
 * An opening's status on `day` as its row stood at `at`: a filled opening
 * counts as filled from its last update (the day it was marked filled), a
 * closed one as closed after its open_to.
 */
function openingStatus(o: NetworkOpening, day: string, at: string): OpeningFacts['status'] {
  const { row } = o;
  if (row.status === 'filled') return String(row.updated_at) <= at ? 'filled' : 'open';
  if (row.status === 'closed') return row.open_to !== null && row.open_to !== undefined && String(row.open_to) < day ? 'closed' : 'open';
  return 'open';
}

interface Chosen {
  company: NetworkCompany;
  opening: NetworkOpening | null;
  fit: number;
  km: number | undefined;
  goal: JobGoal | undefined;
}

export class PlacementBuilder {
  readonly #in: PlacementInput;
  readonly #rows: CompanyRows;
  readonly #distance = new Map<string, number | undefined>();
  /** Company placements made so far, and how many of them had paid hours. */
  #placed = 0;
  #withPaid = 0;
  /** Matches whose score `scoreMatches` fills in. */
  readonly #pending: { row: Row<'job_match'>; course: DemoCourse; company: NetworkCompany; opening: NetworkOpening | null }[] = [];

  constructor(input: PlacementInput, rows: CompanyRows) {
    this.#in = input;
    this.#rows = rows;
  }

  #km(a: string | null | undefined, b: string): number | undefined {
    if (!a) return undefined;
    const key = `${a}:${b}`;
    if (!this.#distance.has(key)) this.#distance.set(key, distanceBetweenPostcodes(this.#in.directory, a, b));
    return this.#distance.get(key);
  }

  #goalsOn(course: DemoCourse, day: string): JobGoal[] {
    return (this.#in.goals.get(course.id) ?? []).filter((g) => g.setOn <= day && (g.endedOn === null || g.endedOn >= day));
  }

  /** `openOnly`: leave out openings marked filled (for a match no placement will be taken from). */
  #choose(random: Random, course: DemoCourse, from: string, to: string, exclude: ReadonlySet<string>, openOnly = false): Chosen {
    const goals = this.#goalsOn(course, from);
    const home = this.#in.postcodes.get(course.citizenId);
    const engagement = { partner: 3, regular: 1.5, occasional: 0.6, never: 0 } as const;
    const options: [Chosen, number][] = [];
    for (const c of this.#in.companies) {
      if (exclude.has(c.id) || c.createdOn > from || engagement[c.engagement] === 0) continue;
      const busy = c.busy.filter((b) => b.from <= to && from <= b.to).length;
      const agreement = agreementOn(c, from);
      if (busy >= (capacity[c.size] ?? 1) + (agreement?.places ?? 0)) continue;
      let fit = 0;
      let goal: JobGoal | undefined;
      for (const g of goals) {
        const shared = sharedIndustryDigits(g.industry, c.code);
        const f = shared >= 4 ? (g.tier === 'A' ? 12 : 9) : shared >= 2 ? 3 : industry10Of(g.industry) === industry10Of(c.code) && c.code ? 1.2 : 0.08;
        if (f > fit) {
          fit = f;
          goal = g;
        }
      }
      if (goals.length === 0) fit = 1;
      const km = this.#km(home, c.workPostcode);
      const near = km === undefined ? 0.5 : km <= 10 ? 1 : km <= 20 ? 0.7 : km <= 30 ? 0.4 : 0.08;
      const openings = c.openings.filter((o) => (!openOnly || o.row.status !== 'filled') && o.openFrom <= from && (o.openTo === null || o.openTo >= from) && o.taken.filter((t) => t.to === null || t.to >= from).length < o.places);
      const opening = openings.length > 0 && random.chance(0.7) ? random.pick(openings) : null;
      let w = fit * near * engagement[c.engagement] * (agreement?.readiness ? 1.5 : 1) * (opening ? 1.4 : 1);
      if (course.modelId === 'trin-model' && c.entry.key === 'housing' && c.name === 'Boligselskabet Fjordbo') w *= 12;
      options.push([{ company: c, opening, fit, km, goal }, w]);
    }
    if (options.length === 0) throw new Error(`Demo seed: no company can take a placement from ${from}.`);
    return random.weighted(options);
  }

  #broker(course: DemoCourse, date: string): string {
    const citizen = this.#in.citizens.get(course.citizenId);
    const id = holder(course, ['job_broker', 'caseworker', 'cti_worker'], date) ?? citizen?.responsibleStaffId;
    if (!id) throw new Error(`Demo seed: course ${course.id} has no one to make its placement.`);
    return id;
  }

  #consultant(course: DemoCourse, company: NetworkCompany, matchedOn: string, start: string): string {
    const own = company.owner.roles.includes('virksomhedskonsulent') && company.owner.unitKey === course.unitKey ? company.owner.id : undefined;
    return holder(course, ['company_consultant'], matchedOn) ?? holder(course, ['company_consultant'], start) ?? own ?? this.#broker(course, start);
  }

  #rationale(random: Random, chosen: Chosen, readiness: boolean): string {
    const parts: string[] = [];
    parts.push(chosen.goal && chosen.fit >= 3 ? random.pick(text.rationaleParts.goal).replace('{goal}', chosen.goal.text.toLowerCase()) : random.pick(text.rationaleParts.noGoal));
    const km = chosen.km;
    const kmText = km === undefined ? '' : String(Math.max(1, Math.round(km)));
    parts.push(km === undefined ? text.rationaleParts.distance.unknown : (km <= 10 ? text.rationaleParts.distance.near : km <= 25 ? text.rationaleParts.distance.mid : text.rationaleParts.distance.far).replace('{km}', kmText));
    if (readiness || chosen.company.paidSince.length > 0) parts.push(random.pick(text.rationaleParts.readiness));
    else parts.push(random.pick(text.rationaleParts.company));
    return parts.join(' ');
  }

  /**
   * Records a match; its score is filled in by `scoreMatches` once every
   * placement and week of hours is known, so it can be computed from the rows
   * as they stood when the match was made.
   */
  #match(row: Omit<Row<'job_match'>, 'score'>, course: DemoCourse, company: NetworkCompany, opening: NetworkOpening | null): void {
    const full: Row<'job_match'> = { ...row, score: null };
    this.#rows.job_match.push(full);
    this.#pending.push({ row: full, course, company, opening });
  }

  /**
   * Scores every match with the domain's `scoreMatch` and stores what the API
   * stores in job_match.score ({ score, components, distanceKm, computedOn,
   * maxKm }), computed on the match date from the seed's own rows as they
   * stood when the match was recorded (its created_at): placements recorded
   * by then that started by the match date, paid hours recorded by then
   * (placement_hours.updated_at),
   * end reasons recorded by then (placement.updated_at), agreement versions
   * made by then, the course's job goals active that day. Run after all
   * placements are made and `settleOpenings`, so the record is exact rather
   * than limited to the courses generated before this one.
   */
  scoreMatches(): void {
    const rows = this.#rows;
    const placementsAt = new Map<string, Row<'placement'>[]>();
    const placementsOn = new Map<string, Row<'placement'>[]>();
    const add = (map: Map<string, Row<'placement'>[]>, key: string, p: Row<'placement'>) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const p of rows.placement) {
      add(placementsAt, p.company_id, p);
      if (p.opening_id) add(placementsOn, p.opening_id, p);
    }
    /** When each placement's first paid hours were recorded. */
    const paidRecorded = new Map<string, string>();
    for (const w of rows.placement_hours) {
      if (!(Number(w.actual_paid_hours ?? 0) > 0)) continue;
      const at = String(w.updated_at);
      const known = paidRecorded.get(w.placement_id);
      if (known === undefined || at < known) paidRecorded.set(w.placement_id, at);
    }
    const started = (p: Row<'placement'>, day: string, at: string) => String(p.created_at) <= at && String(p.from_date) <= day;
    const running = (p: Row<'placement'>, day: string, at: string) => started(p, day, at) && (p.to_date === null || p.to_date === undefined || String(p.to_date) >= day);

    for (const { row, course, company, opening } of this.#pending) {
      const day = String(row.matched_on);
      const at = String(row.created_at);
      const here = placementsAt.get(company.id) ?? [];
      const record = { placements: 0, withPaidHours: 0 };
      for (const p of here.filter((x) => started(x, day, at))) {
        record.placements++;
        const converted = p.end_reason === 'converted_to_paid' && String(p.updated_at) <= at;
        const paidAt = paidRecorded.get(String(p.id));
        if (converted || (paidAt !== undefined && paidAt <= at)) record.withPaidHours++;
      }
      // Cooperation agreements: each one's latest version made by then, if in force that day.
      const inForce = company.agreements.flatMap((versions) => {
        const v = versions.filter((x, i) => stamp(x.madeOn, 300 + i) <= at).at(-1);
        return v && v.from <= day && (v.to === null || day <= v.to) ? [v] : [];
      });
      const fixed = inForce.filter((v) => v.kind === 'fixed_places');
      const agreement: AgreementFacts | null = inForce.length
        ? {
            ordinaryHoursReadiness: inForce.some((v) => v.readiness),
            fixedPlaces: fixed.length ? fixed.reduce((sum, v) => sum + (v.places ?? 0), 0) : null,
            placesInUse: here.filter((p) => running(p, day, at)).length,
            open: inForce.some((v) => v.kind === 'open'),
          }
        : null;
      const facts: OpeningFacts | null = opening
        ? {
            id: opening.id,
            title: opening.row.title,
            occupationCode: opening.row.occupation_code ?? null,
            industryCode: opening.row.industry_code ?? company.code,
            postcode: opening.row.postcode,
            paidFromStart: opening.paidFromStart,
            places: opening.places,
            // As the API counts them (store/companies/openings.ts placesTaken): registered by then and not ended, running or coming.
            placesTaken: (placementsOn.get(opening.id) ?? []).filter((p) => String(p.created_at) <= at && (p.to_date === null || p.to_date === undefined || String(p.to_date) >= day)).length,
            status: openingStatus(opening, day, at),
          }
        : null;
      const candidate: CompanyCandidate = {
        company: {
          id: company.id,
          name: company.name,
          industryCode: company.code,
          // As the store reads them: the DISCO codes of the company's openings opened by the match day, any status.
          occupationCodes: [...new Set(rows.opening.filter((o) => o.company_id === company.id && o.occupation_code && String(o.open_from) <= day).map((o) => o.occupation_code!))].sort(),
          postcodes: [...new Set([company.postcode, company.workPostcode])],
          openings: facts ? [facts] : [],
          record,
          agreement,
        },
        opening: facts,
      };
      // The course's job goals active that day, as the store reads them (tier, then newest first).
      const jobGoals = (this.#in.goals.get(course.id) ?? [])
        .filter((g) => g.setOn <= day && (g.endedOn === null || g.endedOn > day))
        .sort((a, b) => a.tier.localeCompare(b.tier) || b.setOn.localeCompare(a.setOn))
        .map((g) => ({ tier: g.tier, occupationCode: g.occupationCode, occupationText: g.occupationText, industryCode: g.industry }));
      const citizen: CitizenProfile = { postcode: this.#in.postcodes.get(course.citizenId) ?? null, jobGoals };
      const { score, components, distanceKm } = scoreMatch(citizen, candidate, this.#in.directory, defaultMatchParams);
      row.score = JSON.stringify({ score, components, distanceKm, computedOn: day, maxKm: defaultMatchParams.maxKm });
    }
    this.#pending.length = 0;
  }

  #lastWeekOf(to: string | null): string {
    return to === null ? this.#in.lastFullWeek : minDate(mondayOf(to), this.#in.lastFullWeek);
  }

  #countWeeks(from: string, to: string | null): number {
    const last = this.#lastWeekOf(to);
    const first = mondayOf(from);
    return last < first ? 0 : daysBetween(first, last) / 7 + 1;
  }

  #pushHours(random: Random, placementId: string, weeks: HoursWeek[], recordedBy: string): void {
    for (const w of weeks) {
      this.#rows.placement_hours.push({
        id: random.uuid(),
        placement_id: placementId,
        week_start: w.weekStart,
        planned_unpaid_hours: w.plannedUnpaid,
        planned_paid_hours: w.plannedPaid,
        actual_unpaid_hours: w.actualUnpaid,
        actual_paid_hours: w.actualPaid,
        note: w.note,
        recorded_by: recordedBy,
        updated_at: stamp(minDate(addDays(w.weekStart, 7 + random.int(0, 3)), this.#in.lastDay), random.int(0, 419)),
      });
    }
  }

  #content(
    random: Random,
    p: { task: Task; company: NetworkCompany; type: PlacementType; from: string; madeOn: string; hours: number; clause: Clause; paidHours: number; paidFrom: string | null; mentor: string | null; plannedTo: string | null; firstFollowUp: string; cadence: number; story: Story },
  ): WorkAgreementContent {
    const contact = p.company.contacts.find((c) => c.active) ?? p.company.contacts[0];
    const goals = random.shuffle(text.subGoals.filter((g) => p.clause !== 'none' || g !== 'Få de første ordinære timer')).slice(0, random.int(2, 3));
    const paidHours = Math.max(0.5, half(p.paidHours));
    // The weekly total includes the agreed ordinary hours (domain/placements/work-agreement.ts).
    const hours = Math.max(0.5, half(p.hours), p.clause === 'now' ? paidHours : 0);
    const goalsFrom = maxDate(p.from, p.madeOn);
    const taskLine = p.task.tasks.split(',')[0]?.toLowerCase() ?? 'opgaverne';
    return {
      tasks: p.task.tasks,
      hoursPerWeek: hours,
      weekdayHours: random.chance(0.4) ? weekdaySplit(random, hours) : null,
      subGoals: goals.map((g, i) => ({
        text: g.replace('{task}', taskLine).replace('{hours}', String(Math.round(hours + 4 + 2 * i))),
        targetDate: random.chance(0.85) ? addDays(goalsFrom, 7 * random.int(4 + 3 * i, 8 + 4 * i)) : null,
      })),
      ordinaryHours:
        p.clause === 'now'
          ? { kind: 'now', hoursPerWeek: paidHours, from: p.paidFrom, text: random.pick(text.nowTexts) }
          : p.clause === 'declaration_of_intent'
            ? { kind: 'declaration_of_intent', hoursPerWeek: null, from: null, text: random.pick(text.intentTexts) }
            : { kind: 'none', hoursPerWeek: null, from: null, text: null },
      accommodations: random.chance(p.story === 'breakoff' || p.story === 'stall' ? 0.55 : 0.3) ? random.pick(text.accommodations) : null,
      companyContact: { name: contact?.name ?? 'Daglig leder', phone: contact?.phone ?? null, email: contact?.email ?? null },
      followUpPlan: { cadenceDays: p.cadence, firstDate: p.firstFollowUp },
      mentor: p.mentor ? { name: p.mentor, kind: 'social' } : random.chance(0.2) && contact ? { name: p.company.contacts.at(-1)?.name ?? contact.name, kind: 'company' } : null,
      aids: random.chance(0.1) ? random.pick(text.aids) : null,
      placementType: p.type,
      plannedFrom: p.from,
      plannedTo: p.plannedTo,
    };
  }

  /** Writes everything for one company period of a course. */
  period(random: Random, course: DemoCourse, period: DemoPlacementPeriod, used: Set<string>): void {
    const { lastDay } = this.#in;
    const start = period.from;
    const weeks = this.#countWeeks(start, period.to);
    const plan = planFor(random, course, period, weeks, this.#placed === 0 ? 0.35 : this.#withPaid / this.#placed);
    const chosen = this.#choose(random, course, start, period.to ?? lastDay, used);
    const { company, opening } = chosen;
    used.add(company.id);

    let story = plan.story;
    let type: PlacementType;
    if (story === 'paid' || story === 'convert') {
      type = opening?.paidFromStart && random.chance(0.5) ? 'ordinary_hours' : random.chance(0.5) ? 'hybrid' : 'virksomhedspraktik';
    } else type = (course.modelId === 'flere-skal-med' || course.modelId === 'stv') && story !== 'stall' && random.chance(0.12) ? 'loentilskud' : 'virksomhedspraktik';
    const trajectory = trajectoryFor(random, story, type, weeks, opening);

    // Where the main placement ends, and the placement that follows a conversion.
    let mainTo = period.to;
    let followFrom: string | null = null;
    let conversionWeek: number | null = null;
    if (plan.followOn && period.to !== null) {
      followFrom = period.to;
    } else if (story === 'convert' && period.to === null) {
      const paidFrom = trajectory.paidFrom ?? 0;
      const c = Math.max(paidFrom + 3, Math.floor(weeks * random.float(0.55, 0.85)));
      if (c >= 2 && c <= weeks - 1) {
        conversionWeek = c;
        followFrom = addDays(mondayOf(start), 7 * c);
        mainTo = addDays(followFrom, -1);
        trajectory.unpaidEndsAt = c;
      } else story = 'paid';
    }
    const endReason: PlacementEndReason | null = mainTo === null ? null : conversionWeek !== null ? 'converted_to_paid' : plan.endReason;

    // Match, some days before the start, within the match phase.
    const phaseBefore = course.phases.filter((p) => p.from < start).at(-1)?.from ?? course.enrolmentDate;
    const earliest = maxDate(course.enrolmentDate, phaseBefore);
    // Not before the opening was there (the API matches open openings only).
    const matchedOn = maxDate(maxDate(earliest, opening?.openFrom ?? earliest), addDays(start, -random.int(4, 24)));
    const consultant = this.#consultant(course, company, matchedOn, start);
    const broker = this.#broker(course, start);
    const readiness = agreementOn(company, matchedOn)?.readiness ?? false;
    const rows = this.#rows;

    // Sometimes an earlier match fell through.
    if (random.chance(0.12) && daysBetween(earliest, matchedOn) >= 6) {
      const other = this.#choose(random, course, earliest, start, new Set([...used, company.id]));
      const on = random.dateBetween(earliest, addDays(matchedOn, -5));
      const withdrawnOn = minDate(addDays(on, random.int(2, 10)), addDays(matchedOn, -1));
      this.#match({
        id: random.uuid(),
        course_id: course.id,
        company_id: other.company.id,
        opening_id: null,
        consultant_id: this.#consultant(course, other.company, on, start),
        matched_on: on,
        rationale: this.#rationale(random, other, false),
        status: 'withdrawn',
        withdrawn_on: withdrawnOn,
        withdrawn_reason: random.pick(text.withdrawnReasons),
        created_by: consultant,
        created_at: stamp(on, random.int(0, 300)),
      }, course, other.company, null);
    }

    const matchId = random.uuid();
    this.#match({
      id: matchId,
      course_id: course.id,
      company_id: company.id,
      opening_id: opening?.id ?? null,
      consultant_id: consultant,
      matched_on: matchedOn,
      rationale: this.#rationale(random, chosen, readiness),
      status: 'agreed',
      withdrawn_on: null,
      withdrawn_reason: null,
      created_by: consultant,
      created_at: stamp(matchedOn, random.int(0, 300)),
    }, course, company, opening);

    // Hours first: the work agreement's versions follow them.
    const missingLatest = mainTo === null && random.chance(0.3);
    const mainWeeks = weeklyHours(random.fork(`hours:${start}`), trajectory, { from: start, to: mainTo }, this.#lastWeekOf(mainTo), { missingLatest });
    const firstPaid = mainWeeks.find((w) => w.plannedPaid > 0) ?? null;
    this.#placed++;
    if (mainWeeks.some((w) => (w.actualPaid ?? 0) > 0)) this.#withPaid++;

    // The work agreement: made before the start (a few a little late), 1-2 versions.
    const task = opening?.task ?? random.pick(company.entry.tasks);
    const paidStory = story === 'paid' || story === 'convert';
    const clause: Clause =
      type === 'hybrid' || type === 'ordinary_hours' ? 'now' : paidStory ? random.weighted<Clause>([['now', 40], ['declaration_of_intent', 60]]) : random.weighted<Clause>([['declaration_of_intent', 78], ['none', 22]]);
    const madeOn = random.chance(0.1) ? minDate(addDays(start, random.int(1, 10)), minDate(mainTo ?? lastDay, lastDay)) : random.dateBetween(matchedOn, start);
    const mentorId = holder(course, ['mentor'], start);
    const mentorName = mentorId && random.chance(0.6) ? (this.#in.staff.get(mentorId)?.displayName ?? null) : null;
    const cadence = random.chance(0.8) ? 28 : 21;
    const firstFollowUp = addDays(start, random.int(14, 28));
    const paidFromDate = trajectory.paidFrom !== null ? maxDate(start, addDays(mondayOf(start), 7 * trajectory.paidFrom)) : null;
    const plannedTo = type === 'virksomhedspraktik' || type === 'loentilskud' ? addDays(start, 7 * (type === 'loentilskud' ? 26 : 13) - 1) : null;
    const plannedHours = (i: number) => {
      const h = plannedFor(trajectory, i);
      return { total: h.unpaid + h.paid, paid: h.paid };
    };
    const firstPaidHours = trajectory.paidFrom !== null ? plannedHours(trajectory.paidFrom).paid : 0;
    const base = { task, company, type, from: start, mentor: mentorName, firstFollowUp, cadence, story };
    const versions: { madeOn: string; clause: Clause; content: WorkAgreementContent }[] = [
      { madeOn, clause, content: this.#content(random, { ...base, madeOn, hours: plannedHours(0).total || trajectory.unpaid0, clause, paidHours: firstPaidHours, paidFrom: paidFromDate, plannedTo }) },
    ];
    const until = minDate(mainTo ?? lastDay, lastDay);
    if (paidStory && clause !== 'now' && firstPaid) {
      const on = maxDate(addDays(madeOn, 1), addDays(firstPaid.weekStart, -random.int(0, 4)));
      if (on <= until) {
        const i = daysBetween(mondayOf(start), mondayOf(on)) / 7;
        versions.push({ madeOn: on, clause: 'now', content: this.#content(random, { ...base, madeOn: on, hours: plannedHours(i + 1).total, clause: 'now', paidHours: plannedHours(i + 1).paid || firstPaidHours, paidFrom: firstPaid.weekStart, plannedTo }) });
      }
    } else if (daysBetween(start, until) > 100 && random.chance(0.45)) {
      const on = addDays(start, random.int(80, 95));
      if (on <= until && on > madeOn) {
        const upgraded: Clause = clause === 'none' && random.chance(0.3) ? 'declaration_of_intent' : clause;
        const i = daysBetween(mondayOf(start), mondayOf(on)) / 7;
        versions.push({
          madeOn: on,
          clause: upgraded,
          content: this.#content(random, { ...base, madeOn: on, hours: plannedHours(i).total || trajectory.unpaid0, clause: upgraded, paidHours: plannedHours(i).paid || firstPaidHours, paidFrom: paidFromDate, plannedTo: plannedTo ? addDays(plannedTo, 7 * 13) : null }),
        });
      }
    }
    const agreementId = random.uuid();
    const agreementBy = random.chance(0.6) ? consultant : broker;
    rows.work_agreement.push({ id: agreementId, course_id: course.id, company_id: company.id, match_id: matchId, created_by: agreementBy, created_at: stamp(madeOn, random.int(0, 300)) });
    versions.forEach((v, i) => {
      const companyAgreed = minDate(addDays(v.madeOn, random.chance(0.7) ? 0 : random.int(1, 3)), lastDay);
      rows.work_agreement_version.push({
        id: random.uuid(),
        agreement_id: agreementId,
        version_no: i + 1,
        made_on: v.madeOn,
        ordinary_hours_clause: v.clause === 'now',
        declaration_of_intent: v.clause === 'declaration_of_intent',
        content: JSON.stringify(v.content),
        citizen_agreed_on: v.madeOn,
        company_agreed_on: companyAgreed,
        jobcentre_agreed_on: v.madeOn,
        created_by: agreementBy,
        created_at: stamp(v.madeOn, 300 + i),
      });
    });

    // The placement.
    const placementId = random.uuid();
    const endNote = endReason ? random.pick(text.endNotes[endReason] ?? ['']) || null : null;
    const lastActivity = mainWeeks.at(-1)?.weekStart;
    rows.placement.push({
      id: placementId,
      course_id: course.id,
      company_id: company.id,
      opening_id: opening?.id ?? null,
      match_id: matchId,
      work_agreement_id: agreementId,
      type,
      from_date: start,
      to_date: mainTo,
      end_reason: endReason,
      end_note: endNote,
      version: mainTo === null ? 1 : 2,
      created_by: consultant,
      created_at: stamp(start, random.int(0, 300)),
      updated_at: stamp(mainTo ?? minDate(lastActivity ? addDays(lastActivity, 7) : start, lastDay), 410),
    });
    this.#pushHours(random, placementId, mainWeeks, random.chance(0.5) ? broker : consultant);
    company.busy.push({ from: start, to: mainTo ?? lastDay });
    if (firstPaid) company.paidSince.push(firstPaid.weekStart);
    if (opening) opening.taken.push({ from: start, to: mainTo });
    if (start >= addDays(lastDay, -540) && random.chance(0.6)) company.events.push({ date: start, kind: 'meeting', staffId: consultant, note: text.placementStartNote });

    const staffFor = () => (random.chance(0.7) ? consultant : broker);
    this.#followUps(random, course, placementId, { from: start, to: mainTo, story, cadence, firstFollowUp, weeks: mainWeeks, staffFor, behind: mainTo === null && random.chance(0.3) });

    // After a conversion or a job: the ordinary-hours, job or flexjob placement.
    if (followFrom !== null) {
      const followType: PlacementType = plan.followOn ?? 'ordinary_hours';
      const followId = random.uuid();
      rows.placement.push({
        id: followId,
        course_id: course.id,
        company_id: company.id,
        opening_id: null,
        match_id: matchId,
        work_agreement_id: null,
        type: followType,
        from_date: followFrom,
        to_date: null,
        end_reason: null,
        end_note: null,
        version: 1,
        created_by: consultant,
        created_at: stamp(followFrom, random.int(0, 300)),
        updated_at: stamp(followFrom, 410),
      });
      company.busy.push({ from: followFrom, to: lastDay });
      company.events.push({ date: followFrom, kind: 'meeting', staffId: consultant, note: text.conversionNote });
      if (course.endDate === null) {
        const followWeeks = weeklyHours(random.fork(`follow-hours:${followFrom}`), trajectory, { from: followFrom, to: null }, this.#in.lastFullWeek, { weekOffset: conversionWeek ?? 0, missingLatest: random.chance(0.25) });
        this.#pushHours(random, followId, followWeeks, broker);
        this.#followUps(random, course, followId, { from: followFrom, to: null, story: 'convert', cadence: 42, firstFollowUp: addDays(followFrom, random.int(21, 35)), weeks: followWeeks, staffFor, behind: false });
      }
      if (random.chance(0.65)) this.#aftercare(random, followId, followFrom, staffFor);
    }
  }

  #followUps(
    random: Random,
    course: DemoCourse,
    placementId: string,
    p: { from: string; to: string | null; story: Story; cadence: number; firstFollowUp: string; weeks: HoursWeek[]; staffFor: () => string; behind: boolean },
  ): void {
    const { lastDay } = this.#in;
    let until = minDate(p.to ?? lastDay, lastDay);
    // Some running placements are behind on follow-up, so worklists have overdue items.
    if (p.behind) until = minDate(until, addDays(lastDay, -random.int(32, 60)));
    const dates: string[] = [];
    for (let d = p.firstFollowUp; d <= until; d = addDays(d, p.cadence === 42 ? random.int(35, 49) : random.int(21, 35))) dates.push(d);
    const q = clamp(quality[p.story] + random.normal(0, 0.08), 0.05, 0.98);
    const [lo, hi] = finalEffectiveness[p.story];
    const e0 = random.int(2, 4);
    const eEnd = Math.max(e0, random.int(lo, hi));
    const mentor = holder(course, ['mentor'], p.from);
    const cti = course.modelId === 'social-stoette';
    dates.forEach((held, i) => {
      const staffId = p.staffFor();
      const staffRole = this.#in.staff.get(staffId)?.roles.includes('virksomhedskonsulent') ? 'company_consultant' : 'job_broker';
      const last = i === dates.length - 1;
      const falling = p.story === 'breakoff' && last && p.to !== null;
      const rate = () => clamp(Math.round(random.normal(1.4 + 3 * (falling ? q * 0.5 : q), 0.75)), 1, 5);
      const progress = dates.length > 1 ? i / (dates.length - 1) : 1;
      const effectiveness = clamp(Math.round(e0 + (eEnd - e0) * progress + random.normal(0, 0.6)) - (falling ? 2 : 0), 0, 10);
      const paidNow = p.weeks.some((w) => w.weekStart <= held && w.plannedPaid > 0);
      const goalRight = random.chance(q > 0.5 ? 0.92 : 0.75);
      const next = addDays(held, p.cadence === 42 ? 42 : p.cadence);
      const roles = ['citizen', 'employer', staffRole, ...(mentor && random.chance(0.3) ? ['mentor'] : []), ...(cti && random.chance(0.5) ? ['cti_worker'] : [])];
      const noteKind = falling || q < 0.45 ? 'poor' : q < 0.7 ? 'ok' : 'good';
      this.#rows.follow_up.push({
        id: random.uuid(),
        placement_id: placementId,
        held_on: held,
        staff_id: staffId,
        attendee_roles: [...new Set(roles)],
        goal_still_right: goalRight,
        goal_note: goalRight ? null : random.pick(text.goalNotes),
        sub_goals_adjusted: random.chance(0.25) ? random.pick(text.subGoalAdjustments) : null,
        other_offers_needed: random.chance(noteKind === 'poor' ? 0.5 : 0.15) ? random.pick(text.otherOffers) : null,
        equal_terms_tasks: (paidNow || q > 0.7) && i > 0 && random.chance(0.6) ? random.pick(text.equalTermsTasks) : null,
        rating_tasks_solved: rate(),
        rating_stability: rate(),
        rating_independence: rate(),
        rating_cooperation: rate(),
        rating_appearance: rate(),
        effectiveness,
        note: paidNow && random.chance(0.4) ? random.pick(text.followUpNotes.paid) : random.pick(text.followUpNotes[noteKind]),
        next_follow_up_on: last && p.to !== null && next > p.to ? null : next,
        created_by: staffId,
        created_at: stamp(held, random.int(0, 419)),
      });
    });
  }

  #aftercare(random: Random, placementId: string, from: string, staffFor: () => string): void {
    const { lastDay } = this.#in;
    const stop = minDate(addDays(from, 183), lastDay);
    let n = 0;
    for (let d = addDays(from, random.int(5, 14)); d <= stop && n < 6; d = addDays(d, random.int(14, 42)), n++) {
      const staffId = staffFor();
      this.#rows.aftercare_contact.push({
        id: random.uuid(),
        placement_id: placementId,
        contact_date: d,
        kind: random.weighted<'phone' | 'meeting' | 'company_visit' | 'sms' | 'email'>([['phone', 40], ['sms', 20], ['company_visit', 20], ['meeting', 15], ['email', 5]]),
        with_whom: random.weighted<'citizen' | 'company' | 'both'>([['citizen', 50], ['company', 20], ['both', 30]]),
        staff_id: staffId,
        note: random.pick(text.aftercareNotes),
        next_contact_on: addDays(d, random.int(21, 42)),
        created_at: stamp(d, random.int(0, 419)),
      });
    }
  }

  /**
   * Courses waiting in a match phase: some have an agreed match with a
   * start date ahead (half of them with the work agreement made already),
   * a few a match that fell through.
   */
  upcoming(random: Random, course: DemoCourse): void {
    const { lastDay } = this.#in;
    const phase = course.phases.at(-1);
    if (!phase || daysBetween(phase.from, lastDay) < 7) return;
    const from = maxDate(phase.from, addDays(lastDay, -21));
    const chosen = this.#choose(random, course, from, addDays(lastDay, 60), new Set(), true);
    // While the opening is still open.
    const matchedOn = random.dateBetween(from, minDate(lastDay, chosen.opening?.openTo ?? lastDay));
    const consultant = this.#consultant(course, chosen.company, matchedOn, matchedOn);
    const withdrawn = random.chance(0.25);
    const matchId = random.uuid();
    this.#match({
      id: matchId,
      course_id: course.id,
      company_id: chosen.company.id,
      opening_id: chosen.opening?.id ?? null,
      consultant_id: consultant,
      matched_on: matchedOn,
      rationale: this.#rationale(random, chosen, agreementOn(chosen.company, matchedOn)?.readiness ?? false),
      status: withdrawn ? 'withdrawn' : 'agreed',
      withdrawn_on: withdrawn ? minDate(addDays(matchedOn, random.int(1, 7)), lastDay) : null,
      withdrawn_reason: withdrawn ? random.pick(text.withdrawnReasons) : null,
      created_by: consultant,
      created_at: stamp(matchedOn, random.int(0, 300)),
    }, course, chosen.company, chosen.opening);
    if (withdrawn || !random.chance(0.5)) return;
    const madeOn = random.dateBetween(matchedOn, lastDay);
    const start = addDays(lastDay, random.int(4, 15));
    const unpaid = random.int(4, 10);
    const clause = random.weighted<Clause>([['declaration_of_intent', 60], ['now', 20], ['none', 20]]);
    const content = this.#content(random, {
      task: chosen.opening?.task ?? random.pick(chosen.company.entry.tasks),
      company: chosen.company,
      type: 'virksomhedspraktik',
      from: start,
      madeOn,
      hours: unpaid,
      clause,
      paidHours: random.int(2, 4),
      paidFrom: clause === 'now' ? addDays(start, 7 * random.int(4, 8)) : null,
      mentor: null,
      plannedTo: addDays(start, 7 * 13 - 1),
      firstFollowUp: addDays(start, 14),
      cadence: 28,
      story: 'unpaid',
    });
    const agreementId = random.uuid();
    this.#rows.work_agreement.push({ id: agreementId, course_id: course.id, company_id: chosen.company.id, match_id: matchId, created_by: consultant, created_at: stamp(madeOn, random.int(0, 300)) });
    this.#rows.work_agreement_version.push({
      id: random.uuid(),
      agreement_id: agreementId,
      version_no: 1,
      made_on: madeOn,
      ordinary_hours_clause: clause === 'now',
      declaration_of_intent: clause === 'declaration_of_intent',
      content: JSON.stringify(content),
      citizen_agreed_on: madeOn,
      company_agreed_on: random.chance(0.7) ? madeOn : null,
      jobcentre_agreed_on: madeOn,
      created_by: consultant,
      created_at: stamp(madeOn, 300),
    });
  }
}
