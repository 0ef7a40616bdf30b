/**
 * Behavioural fidelity: per core element of a model, the share of the
 * model's checkable rules that case data shows were kept, per unit at a date
 * (a round's close date, month ends for a trend). The survey asks staff
 * whether they work as the model says; this answers the same question from
 * what was recorded (docs/fidelity.md).
 *
 * A check is one rule held against one subject:
 * - (course, course rule) for every course of the model in the unit on the
 *   day, as the rule engine evaluates it (engine.ts). not_applicable is no
 *   check; 'satisfied' in time and 'due' (a deadline not yet passed is no
 *   breach) are met; 'overdue', 'warning' and done late are not;
 * - (staff member, caseload rule) for each staff member whose caseload the
 *   rule applies to on the day (caseload.ts): met when the total is within
 *   the maximum;
 * - (unit, team rule) for each unit with running courses of the model
 *   (team.ts): met when the team size is within the range.
 * Fidelity of an element = checks met / checks. Elements without rules have
 * no figure (they are absent); an element with rules but no check that
 * applied on the day has checks = 0 (no percentage).
 *
 * Only what was known on the day counts: factsAsOf drops every fact dated
 * after it (contacts, CVs, plans, placements, follow-ups, agreements, ...)
 * and the group of a course visited later, so a past date is judged as it
 * stood then, whatever the rule evaluators do with later facts.
 */
import type { ModelDefinition } from '../models/schema.ts';
import { checkCaseload } from '../rules/caseload.ts';
import { addMonths, fromDay, toCivil, toDay } from '../rules/days.ts';
import { DEFAULT_DUE_SOON_DAYS, evaluatePrepared, ruleSetOn, type RuleSetResolver } from '../rules/engine.ts';
import type { CourseFacts, IsoDate } from '../rules/facts.ts';
import { prepareCourse, unitOn } from '../rules/prepared.ts';
import type { RuleResult } from '../rules/result.ts';
import { checkTeamSize } from '../rules/team.ts';

/** Behavioural fidelity of one core element for one unit at one date: checks met of checks that applied. */
export interface ElementBehaviour {
  coreElementId: string;
  met: number;
  checks: number;
}

/** Sums met and checks element by element (pooling units or staff). */
export function poolBehaviour(lists: readonly (readonly ElementBehaviour[])[]): ElementBehaviour[] {
  const out = new Map<string, ElementBehaviour>();
  for (const list of lists) {
    for (const e of list) {
      const acc = out.get(e.coreElementId) ?? { coreElementId: e.coreElementId, met: 0, checks: 0 };
      acc.met += e.met;
      acc.checks += e.checks;
      out.set(e.coreElementId, acc);
    }
  }
  return [...out.values()];
}

/** Percentage of checks met (0-100), null when no check applied. */
export function behaviourPercent(e: Pick<ElementBehaviour, 'met' | 'checks'>): number | null {
  return e.checks === 0 ? null : (100 * e.met) / e.checks;
}

/**
 * Whether a course rule's result counts as kept: 'due' (its deadline has not
 * passed: no breach yet) or 'satisfied' in time. Something done after its
 * deadline ('satisfied' with `late`: a CV made on day 40 of 30, a preparation
 * of 13 weeks where the model says 12) is the breach the rule describes, so
 * it is not met; 'overdue' and 'warning' are not met.
 */
export function resultMet(result: Pick<RuleResult, 'status' | 'late'>): boolean {
  return result.status === 'due' || (result.status === 'satisfied' && !result.late);
}

/** A course with the day its visitation group was set (CourseFacts has the group, not when it was given). */
export type DatedCourseFacts = CourseFacts & { visitationDate?: IsoDate };

/** One check: a rule held against a course, a staff member's caseload or a unit's team. */
export interface BehaviourCheck {
  coreElementId: string;
  ruleId: string;
  subject: { kind: 'course'; courseId: string } | { kind: 'staff'; staffId: string } | { kind: 'team'; unitId: string };
  /** The unit the check counts for: the course's unit on the day, the staff member's unit, the team's unit. */
  unitId: string;
  met: boolean;
}

export interface BehaviourInput {
  modelId: string;
  /** The model's definition whose core elements are reported (normally the latest version), in its order. */
  definition: ModelDefinition;
  /** Rule sets per (model, version, unit), with the overrides in force on the day. */
  resolve: RuleSetResolver;
  /** Courses of the model; those in `units` on the day are checked. */
  courses: readonly DatedCourseFacts[];
  /** The units counted (a unit and its subtree). */
  units: ReadonlySet<string>;
  /** Staff counted for caseload rules: those whose unit is in `units`. */
  staff?: readonly { staffId: string; unitId: string }[];
  /**
   * Every course (any model) the counted staff hold a role on, for their
   * total caseload; defaults to `courses`.
   */
  caseloadCourses?: readonly DatedCourseFacts[];
}

const keep = (date: IsoDate | undefined, asOf: IsoDate) => date !== undefined && date <= asOf;

/**
 * The course as it stood on `asOf`: facts dated after the day are dropped,
 * ends after the day are open, and a group given at a later visitation is
 * not yet known. Dates are ISO strings, so they compare as text.
 */
export function factsAsOf(course: DatedCourseFacts, asOf: IsoDate): CourseFacts {
  const { visitationDate, ...facts } = course;
  const open = <T extends { from: string; to?: string }>(p: T): T => {
    if (p.to === undefined || p.to <= asOf) return p;
    const { to: _to, ...rest } = p;
    return rest as T;
  };
  const placements = facts.placements.filter((p) => p.from <= asOf).map((p) => {
    if (p.to === undefined || p.to <= asOf) return p;
    const { to: _to, endReason: _reason, ...rest } = p;
    return rest;
  });
  const placementIds = new Set(placements.map((p) => p.id));
  const out: CourseFacts = {
    ...facts,
    units: facts.units.filter((u) => u.from <= asOf).map(open),
    phaseHistory: facts.phaseHistory.filter((p) => p.from <= asOf),
    staff: facts.staff.filter((s) => s.from <= asOf).map(open),
    cvVersions: facts.cvVersions.filter((v) => v.date <= asOf),
    jobGoals: facts.jobGoals
      .filter((g) => g.date <= asOf)
      .map((g) => {
        if (g.ended === undefined || g.ended <= asOf) return g;
        const { ended: _ended, ...rest } = g;
        return rest;
      }),
    planVersions: facts.planVersions.filter((v) => v.date <= asOf),
    contacts: facts.contacts.filter((c) => c.date <= asOf),
    placements,
    followUps: facts.followUps.filter((f) => f.date <= asOf && placementIds.has(f.placementId)),
    workAgreements: facts.workAgreements.filter((a) => a.date <= asOf && placementIds.has(a.placementId)),
    measurements: facts.measurements.filter((m) => m.date <= asOf),
  };
  if (facts.endDate !== undefined && facts.endDate > asOf) {
    delete out.endDate;
    delete out.endReason;
  }
  if (facts.group !== undefined && visitationDate !== undefined && visitationDate > asOf) delete out.group;
  if (facts.rehabilitation) {
    const r = facts.rehabilitation;
    out.rehabilitation = {
      ...(keep(r.preparationStart, asOf) ? { preparationStart: r.preparationStart } : {}),
      ...(keep(r.teamMeeting, asOf) ? { teamMeeting: r.teamMeeting } : {}),
      ...(keep(r.recommendationHandedOver, asOf) ? { recommendationHandedOver: r.recommendationHandedOver } : {}),
      ...(keep(r.firstCaseworkerMeeting, asOf) ? { firstCaseworkerMeeting: r.firstCaseworkerMeeting } : {}),
    };
  }
  if (facts.supportCourse) {
    const s = facts.supportCourse;
    if (s.start > asOf) delete out.supportCourse;
    else {
      out.supportCourse = {
        start: s.start,
        plannedMonths: s.plannedMonths,
        ...(keep(s.end, asOf) ? { end: s.end } : {}),
        ...(keep(s.closingMeeting, asOf) ? { closingMeeting: s.closingMeeting } : {}),
      };
    }
  }
  return out;
}

/** Every check that applied on `asOf` to the courses, staff and teams of the units. */
export function behaviourChecks(input: BehaviourInput, asOf: IsoDate): BehaviourCheck[] {
  const day = toDay(asOf);
  const checks: BehaviourCheck[] = [];
  const atDay: CourseFacts[] = [];
  for (const course of input.courses) {
    if (course.modelId !== input.modelId || course.enrolmentDate > asOf || (course.endDate !== undefined && course.endDate < asOf)) continue;
    const facts = factsAsOf(course, asOf);
    const c = prepareCourse(facts);
    const unit = unitOn(c, day);
    if (unit === undefined || !input.units.has(unit)) continue;
    atDay.push(facts);
    const ruleSet = ruleSetOn(input.resolve, c, day);
    if (!ruleSet) continue;
    for (const r of evaluatePrepared(ruleSet, c, day, DEFAULT_DUE_SOON_DAYS)) {
      if (r.status === 'not_applicable') continue;
      checks.push({ coreElementId: r.coreElementId, ruleId: r.ruleId, subject: { kind: 'course', courseId: c.facts.courseId }, unitId: unit, met: resultMet(r) });
    }
  }

  // Caseloads: each counted staff member's total on the day, on the courses as they stood then (a group given later is not yet known).
  if (input.staff?.length) {
    const pool = input.caseloadCourses ?? input.courses;
    const byStaff = new Map<string, CourseFacts[]>();
    for (const dated of pool) {
      if (dated.enrolmentDate > asOf || (dated.endDate !== undefined && dated.endDate < asOf)) continue;
      const course = factsAsOf(dated, asOf);
      for (const s of course.staff) {
        if (s.from > asOf || (s.to !== undefined && s.to < asOf)) continue;
        const list = byStaff.get(s.staffId) ?? [];
        if (list.at(-1) !== course) list.push(course);
        byStaff.set(s.staffId, list);
      }
    }
    for (const s of input.staff) {
      if (!input.units.has(s.unitId)) continue;
      const own = byStaff.get(s.staffId);
      if (!own) continue;
      for (const check of checkCaseload(s.staffId, s.unitId, own, input.resolve, asOf).checks) {
        if (check.modelId !== input.modelId) continue;
        checks.push({ coreElementId: check.coreElementId, ruleId: check.ruleId, subject: { kind: 'staff', staffId: s.staffId }, unitId: s.unitId, met: check.status === 'within' });
      }
    }
  }

  // Teams: each unit with running courses of the model on the day.
  const unitsWithCourses = new Set<string>();
  for (const f of atDay) {
    const u = unitOn(prepareCourse(f), day);
    if (u !== undefined) unitsWithCourses.add(u);
  }
  for (const unitId of unitsWithCourses) {
    for (const t of checkTeamSize(unitId, atDay, input.resolve, asOf)) {
      if (t.modelId !== input.modelId) continue;
      checks.push({ coreElementId: t.coreElementId, ruleId: t.ruleId, subject: { kind: 'team', unitId }, unitId, met: t.status === 'within' });
    }
  }
  return checks;
}

/** The core elements of the definition that have checkable rules, in its order. */
export function elementsWithRules(definition: ModelDefinition): string[] {
  return definition.coreElements.filter((e) => e.rules.length > 0).map((e) => e.id);
}

/** Checks met and checks per element: every element of the definition with rules (checks 0 when none applied), then any other element checked. */
export function summariseChecks(definition: ModelDefinition, checks: readonly BehaviourCheck[]): ElementBehaviour[] {
  const out = new Map<string, ElementBehaviour>(elementsWithRules(definition).map((id) => [id, { coreElementId: id, met: 0, checks: 0 }]));
  for (const check of checks) {
    let e = out.get(check.coreElementId);
    if (!e) out.set(check.coreElementId, (e = { coreElementId: check.coreElementId, met: 0, checks: 0 }));
    e.checks += 1;
    if (check.met) e.met += 1;
  }
  return [...out.values()];
}

/** Behavioural fidelity of each core element with rules, for the units on `asOf`. */
export function behaviouralFidelity(input: BehaviourInput, asOf: IsoDate): ElementBehaviour[] {
  return summariseChecks(input.definition, behaviourChecks(input, asOf));
}

/** The last day of each of the `n` months up to and including the month of `asOf`, oldest first; the running month's is `asOf` itself. */
export function monthEnds(asOf: IsoDate, n: number): IsoDate[] {
  const day = toDay(asOf);
  const { year, month } = toCivil(day);
  const first = toDay(`${year}-${String(month).padStart(2, '0')}-01`);
  const out: IsoDate[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const end = addMonths(first, 1 - k) - 1;
    out.push(fromDay(Math.min(end, day)));
  }
  return out;
}
