/**
 * Per-person running facts the measures read: computed once per person (and
 * once per enrolment), then shared by every measure and every month. The KPI
 * engine reuses one PersonFacts for all persons, so its buffers are
 * allocated only when a person has a longer series than any before.
 *
 * Months outside the person's series are "nothing known": no hours, no
 * benefit coverage.
 */
import { STATE_SLOTS, benefitStateCode, publicBenefitStates } from '../registers/states.ts';
import { dayNumber } from '../rules/days.ts';
import { monthOfDate, monthOfDay } from './months.ts';
import type { Enrolment, MonthIndex, PersonPeriods } from './person-periods.ts';

const NEVER = Number.POSITIVE_INFINITY;
const INTERNSHIP = benefitStateCode.company_internship;
const WAGE_SUBSIDY = benefitStateCode.wage_subsidy;
const EDUCATION = benefitStateCode.education;
const FLEKSJOB = benefitStateCode.fleksjob;
/** Per state code: 1 when a week in it is on public benefit / is self-sufficient (code 0, self_supporting, education). */
const IS_PUBLIC = new Uint8Array(STATE_SLOTS);
for (const s of publicBenefitStates) IS_PUBLIC[benefitStateCode[s]] = 1;
const IS_SELF = new Uint8Array(STATE_SLOTS);
IS_SELF[0] = IS_SELF[benefitStateCode.self_supporting] = IS_SELF[benefitStateCode.education] = 1;

/** Monthly facts of one person, indexed by slot (month - firstMonth). */
export class PersonFacts {
  person!: PersonPeriods;
  first = 0;
  months = 0;
  /** Weeks the benefit extract covers; weeks on public benefit; self-sufficient weeks (code 0, self_supporting, education). */
  coveredWeeks = new Uint8Array(0);
  publicWeeks = new Uint8Array(0);
  selfWeeks = new Uint8Array(0);
  /** 1 when any week is company-oriented (register state or case placement). */
  company = new Uint8Array(0);
  /** 1 when any week is virksomhedspraktik (register state or case placement). */
  internship = new Uint8Array(0);
  /** 1 when the month qualifies for the FSM result target (000 §3.1). */
  qualifying = new Uint8Array(0);
  /** 1 when the person was in fleksjob or løntilskud in the month (a state week or subsidised hours). */
  supported = new Uint8Array(0);
  /** Prefix counts: cumX[i] = months among slots 0..i-1 with X. */
  cumHours = new Int32Array(1);
  cumCompany = new Int32Array(1);
  cumInternship = new Int32Array(1);

  /** Fills the facts for a person (reusing the buffers). */
  load(p: PersonPeriods): this {
    this.person = p;
    this.first = p.firstMonth;
    const n = (this.months = p.months);
    if (this.company.length < n) this.grow(n);
    const { stateWeeks, benefitCovered, ordinaryHours, subsidisedHours } = p;
    let cumH = 0;
    let cumC = 0;
    let cumI = 0;
    for (let i = 0; i < n; i++) {
      const base = i * STATE_SLOTS;
      let covered = 0;
      let pub = 0;
      let self = 0;
      if (benefitCovered[i]) {
        for (let c = 0; c < STATE_SLOTS; c++) {
          const weeks = stateWeeks[base + c]!;
          if (weeks === 0) continue;
          covered += weeks;
          pub += IS_PUBLIC[c]! * weeks;
          self += IS_SELF[c]! * weeks;
        }
      }
      this.coveredWeeks[i] = covered;
      this.publicWeeks[i] = pub;
      this.selfWeeks[i] = self;
      const internship = covered && stateWeeks[base + INTERNSHIP]! > 0 ? 1 : 0;
      const company = internship || (covered && stateWeeks[base + WAGE_SUBSIDY]! > 0) ? 1 : 0;
      this.internship[i] = internship;
      this.company[i] = company;
      const hours = ordinaryHours[i]! > 0 ? 1 : 0;
      this.supported[i] =
        subsidisedHours[i]! > 0 || (covered && (stateWeeks[base + FLEKSJOB]! > 0 || stateWeeks[base + WAGE_SUBSIDY]! > 0)) ? 1 : 0;
      this.qualifying[i] =
        company || hours || subsidisedHours[i]! > 0 || (covered && (stateWeeks[base + EDUCATION]! > 0 || stateWeeks[base + FLEKSJOB]! > 0)) ? 1 : 0;
      this.cumHours[i] = cumH;
      cumH += hours;
    }
    this.cumHours[n] = cumH;
    const placements = p.caseFacts?.placements;
    if (placements?.length) this.markPlacements(placements);
    for (let i = 0; i < n; i++) {
      this.cumCompany[i] = cumC;
      this.cumInternship[i] = cumI;
      cumC += this.company[i]!;
      cumI += this.internship[i]!;
    }
    this.cumCompany[n] = cumC;
    this.cumInternship[n] = cumI;
    return this;
  }

  /** Case-data placements of the company kinds make their months company-oriented (and qualifying). */
  private markPlacements(placements: NonNullable<PersonPeriods['caseFacts']>['placements']): void {
    for (const placement of placements) {
      if (placement.kind === 'ordinary') continue; // its hours are in ordinaryHours already
      const from = Math.max(monthOfDate(placement.from) - this.first, 0);
      const to = Math.min(placement.to === null ? this.months - 1 : monthOfDate(placement.to) - this.first, this.months - 1);
      for (let i = from; i <= to; i++) {
        this.company[i] = 1;
        this.qualifying[i] = 1;
        if (placement.kind === 'company_internship') this.internship[i] = 1;
        else this.supported[i] = 1; // a løntilskud placement
      }
    }
  }

  private grow(n: number): void {
    const size = Math.max(n, this.company.length * 2);
    this.coveredWeeks = new Uint8Array(size);
    this.publicWeeks = new Uint8Array(size);
    this.selfWeeks = new Uint8Array(size);
    this.company = new Uint8Array(size);
    this.internship = new Uint8Array(size);
    this.qualifying = new Uint8Array(size);
    this.supported = new Uint8Array(size);
    this.cumHours = new Int32Array(size + 1);
    this.cumCompany = new Int32Array(size + 1);
    this.cumInternship = new Int32Array(size + 1);
  }

  /** Slot of a month, or -1 outside the series. */
  slot(month: MonthIndex): number {
    const i = month - this.first;
    return i >= 0 && i < this.months ? i : -1;
  }

  /** Months with ordinary hours > 0 in [from, to] (clipped to the series). */
  hoursMonths(from: MonthIndex, to: MonthIndex): number {
    return range(this.cumHours, from - this.first, to - this.first, this.months);
  }

  companyMonths(from: MonthIndex, to: MonthIndex): number {
    return range(this.cumCompany, from - this.first, to - this.first, this.months);
  }

  internshipMonths(from: MonthIndex, to: MonthIndex): number {
    return range(this.cumInternship, from - this.first, to - this.first, this.months);
  }

  /**
   * The month's hours are known: an hours extract covers it, or the person
   * has case data (their placements' hours are recorded as they happen).
   * Otherwise the month is left out of the hours-in-the-month measures rather
   * than counted as 0 hours: the register arrives a month or more late.
   */
  hoursKnown(month: MonthIndex): boolean {
    const i = this.slot(month);
    return i >= 0 && (this.person.hoursCovered[i] === 1 || this.person.caseFacts !== null);
  }

  /** Every month from..to is covered by an hours extract (the register, not case data). */
  hoursCoveredThrough(from: MonthIndex, to: MonthIndex): boolean {
    if (to < from) return false;
    for (let m = from; m <= to; m++) {
      const i = this.slot(m);
      if (i < 0 || this.person.hoursCovered[i] !== 1) return false;
    }
    return true;
  }

  ordinaryHours(month: MonthIndex): number {
    const i = this.slot(month);
    return i < 0 ? 0 : this.person.ordinaryHours[i]!;
  }

  /** Ordinary plus subsidised paid hours in the month. */
  paidHours(month: MonthIndex): number {
    const i = this.slot(month);
    return i < 0 ? 0 : this.person.ordinaryHours[i]! + this.person.subsidisedHours[i]!;
  }
}

function range(cum: Int32Array, from: number, to: number, months: number): number {
  const a = Math.max(from, 0);
  const b = Math.min(to, months - 1);
  return b < a ? 0 : cum[b + 1]! - cum[a]!;
}

/** Visitation groups each model's figures count (000 §3.1: "indsatsgruppen (gruppe 1)"); absent = every group. */
export const modelPopulationGroups: Readonly<Record<string, readonly string[]>> = {
  'flere-skal-med': ['1'],
};

/** Facts of one enrolment of a person: months are absolute indexes; NEVER = not (yet). */
export class EnrolmentFacts {
  enrolment!: Enrolment;
  /** The enrolment's group is one the model's figures count (modelPopulationGroups). */
  inModelGroups = true;
  startMonth = 0;
  startDay = 0;
  /** Month of the end date; Infinity while running. */
  endMonth = NEVER;
  /** First month from the start month in which three consecutive qualifying months are complete. */
  resultTargetMonth = NEVER;
  /** First placement start on or after the enrolment date: its month and the days from the enrolment date. */
  firstPlacementMonth = NEVER;
  daysToFirstPlacement = NEVER;
  cvMonth = NEVER;
  jobGoalMonth = NEVER;
  planMonth = NEVER;
  agreementMonth = NEVER;

  load(e: Enrolment, facts: PersonFacts): this {
    this.enrolment = e;
    const groups = modelPopulationGroups[e.model];
    this.inModelGroups = !groups || (e.group !== null && groups.includes(e.group));
    this.startMonth = monthOfDate(e.date);
    this.startDay = dayNumber(e.date);
    this.endMonth = e.end === null ? NEVER : monthOfDate(e.end);
    this.resultTargetMonth = NEVER;
    let run = 0;
    for (let i = Math.max(this.startMonth - facts.first, 0); i < facts.months; i++) {
      run = facts.qualifying[i] ? run + 1 : 0;
      if (run === 3) {
        this.resultTargetMonth = facts.first + i;
        break;
      }
    }
    const cf = facts.person.caseFacts;
    this.firstPlacementMonth = this.daysToFirstPlacement = NEVER;
    this.cvMonth = this.jobGoalMonth = this.planMonth = this.agreementMonth = NEVER;
    if (cf) {
      let first = NEVER;
      const consider = (from: string | null) => {
        if (from === null) return;
        const day = dayNumber(from);
        if (day >= this.startDay && day < first) first = day;
      };
      consider(cf.firstPlacementFrom);
      for (const placement of cf.placements) consider(placement.from);
      if (first !== NEVER) {
        this.daysToFirstPlacement = first - this.startDay;
        this.firstPlacementMonth = monthOfDay(first);
      }
      this.cvMonth = monthOfDateOrNever(cf.cvFrom);
      this.jobGoalMonth = monthOfDateOrNever(cf.jobGoalFrom);
      this.planMonth = monthOfDateOrNever(cf.planFrom);
      this.agreementMonth = monthOfDateOrNever(cf.ordinaryHoursAgreementFrom);
    }
    return this;
  }

  /** In the model's population in month m: visited by the end of m and not ended before m starts. */
  enrolledIn(month: MonthIndex): boolean {
    return this.startMonth <= month && this.endMonth >= month;
  }

  /** Visited by the end of m, whether or not the enrolment has ended since (cumulative measures). */
  visitedBy(month: MonthIndex): boolean {
    return this.startMonth <= month;
  }
}

function monthOfDateOrNever(date: string | null | undefined): number {
  return date ? monthOfDate(date) : NEVER;
}
