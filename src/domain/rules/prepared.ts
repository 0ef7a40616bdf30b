/**
 * CourseFacts with its dates as day numbers, so the evaluators compare
 * integers. Each list is converted the first time a rule reads it and then
 * kept, so a model that never looks at measurements never parses them.
 * Lists keep their order of appearance; the helpers below never assume the
 * caller sorted them.
 */
import { toDay } from './days.ts';
import type { AttendeeRole, ContactKind, CourseFacts, CourseRole, PlacementType } from './facts.ts';
import type { Milestone } from './vocabulary.ts';

export const OPEN = Number.POSITIVE_INFINITY;

export interface PreparedPlacement {
  id: string;
  type: PlacementType;
  from: number;
  /** Last day, OPEN while running. */
  to: number;
  /** Follow-up days for this placement. */
  followUps: number[];
  /** Work agreements for this placement: day made and whether it covers ordinary hours. */
  agreements: { day: number; coversOrdinaryHours: boolean }[];
}

export interface PreparedRehabilitation {
  preparationStart: number;
  teamMeeting: number;
  recommendationHandedOver: number;
  firstCaseworkerMeeting: number;
}

export interface PreparedSupport {
  start: number;
  plannedMonths: number;
  /** Actual last day, OPEN while running. */
  end: number;
  /** Day of the closing network meeting, NaN when none is recorded. */
  closingMeeting: number;
}

function opt(iso: string | undefined, missing: number): number {
  return iso === undefined ? missing : toDay(iso);
}

export class PreparedCourse {
  readonly enrolment: number;
  /** Last day of the course, OPEN while running. */
  readonly end: number;
  #phases?: { id: string; from: number }[];
  #staff?: { staffId: string; role: CourseRole; from: number; to: number }[];
  #units?: { unitId: string; from: number; to: number }[];
  #cv?: number[];
  #jobGoals?: { day: number; concrete: boolean }[];
  #plans?: number[];
  #contacts?: { day: number; kind: ContactKind; roles: readonly AttendeeRole[] }[];
  #placements?: PreparedPlacement[];
  #rehab?: PreparedRehabilitation;
  #support?: PreparedSupport | null;
  #measurements?: { instrument: string; point: number; day: number }[];

  constructor(readonly facts: CourseFacts) {
    this.enrolment = toDay(facts.enrolmentDate);
    this.end = opt(facts.endDate, OPEN);
  }

  get phases() {
    return (this.#phases ??= this.facts.phaseHistory.map((p) => ({ id: p.phaseId, from: toDay(p.from) })));
  }

  get staff() {
    return (this.#staff ??= this.facts.staff.map((s) => ({ staffId: s.staffId, role: s.role, from: toDay(s.from), to: opt(s.to, OPEN) })));
  }

  get units() {
    return (this.#units ??= this.facts.units.map((u) => ({ unitId: u.unitId, from: toDay(u.from), to: opt(u.to, OPEN) })));
  }

  get cv() {
    return (this.#cv ??= this.facts.cvVersions.map((v) => toDay(v.date)));
  }

  get jobGoals() {
    return (this.#jobGoals ??= this.facts.jobGoals.map((g) => ({ day: toDay(g.date), concrete: g.concrete })));
  }

  get plans() {
    return (this.#plans ??= this.facts.planVersions.map((v) => toDay(v.date)));
  }

  get contacts() {
    return (this.#contacts ??= this.facts.contacts.map((c) => ({ day: toDay(c.date), kind: c.kind, roles: c.attendeeRoles })));
  }

  get placements(): PreparedPlacement[] {
    if (this.#placements) return this.#placements;
    const placements: PreparedPlacement[] = this.facts.placements.map((p) => ({
      id: p.id,
      type: p.type,
      from: toDay(p.from),
      to: opt(p.to, OPEN),
      followUps: [],
      agreements: [],
    }));
    for (const f of this.facts.followUps) {
      const p = placements.find((x) => x.id === f.placementId);
      if (p) p.followUps.push(toDay(f.date));
    }
    for (const a of this.facts.workAgreements) {
      const p = placements.find((x) => x.id === a.placementId);
      if (p) p.agreements.push({ day: toDay(a.date), coversOrdinaryHours: a.ordinaryHoursClause || a.declarationOfIntent });
    }
    return (this.#placements = placements);
  }

  get rehab(): PreparedRehabilitation {
    const r = this.facts.rehabilitation;
    return (this.#rehab ??= {
      preparationStart: opt(r?.preparationStart, NaN),
      teamMeeting: opt(r?.teamMeeting, NaN),
      recommendationHandedOver: opt(r?.recommendationHandedOver, NaN),
      firstCaseworkerMeeting: opt(r?.firstCaseworkerMeeting, NaN),
    });
  }

  get support(): PreparedSupport | undefined {
    if (this.#support === undefined) {
      const s = this.facts.supportCourse;
      this.#support = s
        ? { start: toDay(s.start), plannedMonths: s.plannedMonths, end: opt(s.end, OPEN), closingMeeting: opt(s.closingMeeting, NaN) }
        : null;
    }
    return this.#support ?? undefined;
  }

  get measurements() {
    return (this.#measurements ??= this.facts.measurements.map((m) => ({ instrument: m.instrument, point: m.point, day: toDay(m.date) })));
  }
}

export function prepareCourse(facts: CourseFacts): PreparedCourse {
  return new PreparedCourse(facts);
}

/** Earliest day in the list that is on or before `day`, NaN when none. */
export function earliestUpTo(days: readonly number[], day: number): number {
  let best = NaN;
  for (const d of days) if (d <= day && !(d >= best)) best = d;
  return best;
}

/** Latest day in the list that is on or before `day`, NaN when none. */
export function latestUpTo(days: readonly number[], day: number): number {
  let best = NaN;
  for (const d of days) if (d <= day && !(d <= best)) best = d;
  return best;
}

/** The day a milestone happened, if it happened on or before `asOf`; NaN otherwise. */
export function milestoneDay(c: PreparedCourse, m: Milestone, asOf: number): number {
  let day: number;
  switch (m) {
    case 'enrolment':
      day = c.enrolment;
      break;
    case 'rehab_preparation_start':
      day = c.rehab.preparationStart;
      break;
    case 'rehab_team_meeting':
      day = c.rehab.teamMeeting;
      break;
    case 'rehab_recommendation_handed_over':
      day = c.rehab.recommendationHandedOver;
      break;
    case 'rehab_first_caseworker_meeting':
      day = c.rehab.firstCaseworkerMeeting;
      break;
    case 'first_placement_start':
      day = earliestUpTo(
        c.placements.map((p) => p.from),
        asOf,
      );
      break;
    case 'support_course_start':
      day = c.support ? c.support.start : NaN;
      break;
  }
  return day <= asOf ? day : NaN;
}

/** Id of the phase the course is in on `day`, undefined before the first phase change. */
export function phaseOn(c: PreparedCourse, day: number): string | undefined {
  let id: string | undefined;
  let from = -Infinity;
  for (const p of c.phases) {
    if (p.from <= day && p.from >= from) {
      id = p.id;
      from = p.from;
    }
  }
  return id;
}

/** Placements running on `day`. */
export function activePlacements(c: PreparedCourse, day: number): PreparedPlacement[] {
  return c.placements.filter((p) => p.from <= day && day <= p.to);
}

/** Unit the course belongs to on `day` (the latest spell that has started), undefined when none. */
export function unitOn(c: PreparedCourse, day: number): string | undefined {
  let id: string | undefined;
  let from = -Infinity;
  for (const u of c.units) {
    if (u.from <= day && day <= u.to && u.from >= from) {
      id = u.unitId;
      from = u.from;
    }
  }
  return id;
}
