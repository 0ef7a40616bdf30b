/**
 * CourseBuilder: one citizen's course under one model, written as the case
 * tables expect it. It refuses what the engine would never produce: a first
 * phase other than the model's initial phase on the enrolment day, a phase
 * change the model does not declare, dates out of order, before enrolment,
 * after the course's end or after the last seeded day.
 */
import { getModel } from '../../../domain/models/registry.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';
import type { CourseRole } from '../../../domain/rules/facts.ts';
import type { DemoCitizen, UnitKey } from '../context.ts';
import { addDays } from '../dates.ts';
import type { Random } from '../random.ts';
import { stamp, unitId, type CaseContext, type DemoCourse, type DemoPlacementPeriod, type Row } from './context.ts';

export const modelVersion = '1.0.0';

/** Phases in which the citizen is at a company, per model. */
export const companyPhases: Record<string, readonly string[]> = {
  'flere-skal-med': ['virksomhedsforloeb'],
  stv: ['virksomhedsforloeb'],
  'social-stoette': ['cti-1', 'cti-2', 'cti-3'],
  'bedre-ressourceforloeb': [],
  'trin-model': ['TRIN3'],
};

/** Reasons a course ends. */
export const endReasons = ['job', 'uddannelse', 'flyttet', 'fleksjob', 'andet'] as const;
export type EndReason = (typeof endReasons)[number];

export interface CourseInit {
  modelId: string;
  citizen: DemoCitizen;
  enrolment: string;
  /** Unit at enrolment; default the citizen's unit. */
  unitKey?: UnitKey;
  createdBy: string;
  group?: string;
  visitation?: { date: string; by: string; note?: string };
  notification?: { date: string; note: string };
  /** FSM group 3 without a notification: why none was relevant (000 §1). */
  notificationNotRelevant?: string;
  housingArea?: string;
  servedFromOutreach?: boolean;
}

type Omit2<T, K extends keyof T> = Omit<T, K>;

export class CourseBuilder {
  readonly id: string;
  readonly def: ModelDefinition;
  readonly citizen: DemoCitizen;
  readonly enrolment: string;
  readonly group: string | null;
  readonly phases: { phase: string; from: string; by: string | null; reason: string | null }[] = [];
  ended: { date: string; reason: EndReason } | null = null;
  readonly staff: { staffId: string; role: CourseRole; from: string; to: string | null }[] = [];
  units: { unitKey: UnitKey; from: string; to: string | null }[];
  /** Number of plan versions so far. */
  planCount = 0;
  readonly #cc: CaseContext;
  readonly #random: Random;
  readonly #init: CourseInit;
  #minute = 0;
  readonly #dated: { what: string; date: string }[] = [];
  readonly #plans: Omit2<Row<'plan_version'>, 'course_id'>[] = [];
  readonly #goals: Omit2<Row<'job_goal'>, 'course_id'>[] = [];
  readonly #contacts: Row<'contact'>[] = [];
  readonly #measurements: Row<'measurement'>[] = [];
  #support: Omit2<Row<'support_course'>, 'course_id'> | null = null;
  #rehab: Omit2<Row<'rehab_track'>, 'course_id'> | null = null;

  constructor(cc: CaseContext, random: Random, init: CourseInit) {
    this.#cc = cc;
    this.#random = random;
    this.#init = init;
    this.id = random.uuid();
    this.def = getModel(init.modelId, modelVersion);
    this.citizen = init.citizen;
    this.enrolment = init.enrolment;
    this.group = init.group ?? null;
    this.units = [{ unitKey: init.unitKey ?? init.citizen.unitKey, from: init.enrolment, to: null }];
    if (init.group !== undefined && !this.def.visitation?.groups.some((g) => g.id === init.group)) {
      throw new Error(`Demo seed: '${init.group}' is not a group of ${init.modelId}.`);
    }
    if (init.visitation) this.#date('visitation', init.visitation.date);
    if (init.notification) this.#date('notification', init.notification.date);
    this.moveTo(this.def.initialPhase, init.enrolment, init.createdBy);
  }

  get currentPhase(): string {
    return this.phases.at(-1)?.phase ?? this.def.initialPhase;
  }

  /** The next timestamp minute for this course, so same-day events keep their order. */
  stamp(date: string): string {
    return stamp(date, this.#minute++);
  }

  #date(what: string, date: string): void {
    this.#dated.push({ what, date });
  }

  /** Changes phase on `date` through a transition the model declares. */
  moveTo(phase: string, date: string, by: string | null = null, reason: string | null = null): this {
    const last = this.phases.at(-1);
    if (!last) {
      if (phase !== this.def.initialPhase || date !== this.enrolment) {
        throw new Error(`Demo seed: a ${this.def.id} course must start in '${this.def.initialPhase}' on its enrolment day.`);
      }
    } else {
      if (!this.def.transitions.some((t) => t.from === last.phase && t.to === phase)) {
        throw new Error(`Demo seed: ${this.def.id} has no transition ${last.phase} -> ${phase}.`);
      }
      if (date < last.from) throw new Error(`Demo seed: phase change to ${phase} on ${date} is before the previous one (${last.from}).`);
    }
    this.#date(`phase ${phase}`, date);
    this.phases.push({ phase, from: date, by, reason });
    return this;
  }

  /** Adds a staff assignment; `to` is the last day (null = open). */
  assign(staffId: string, role: CourseRole, from: string, to: string | null = null): this {
    if (to !== null && to < from) throw new Error(`Demo seed: staff assignment ends (${to}) before it starts (${from}).`);
    this.#date(`staff ${role}`, from);
    if (to !== null) this.#date(`staff ${role} end`, to);
    this.staff.push({ staffId, role, from, to });
    return this;
  }

  /** Hands a role over on `date`: the current holder ends the day before. */
  handOver(role: CourseRole, staffId: string, date: string): this {
    const open = this.staff.filter((s) => s.role === role && s.to === null);
    for (const s of open) s.to = date <= s.from ? s.from : addDays(date, -1);
    return this.assign(staffId, role, date);
  }

  /** The staff member holding the role on `date`, if any. */
  holder(role: CourseRole, date: string): string | undefined {
    return this.staff.find((s) => s.role === role && s.from <= date && (s.to === null || date <= s.to))?.staffId;
  }

  end(date: string, reason: EndReason): this {
    this.#date('end', date);
    this.ended = { date, reason };
    return this;
  }

  plan(date: string, content: unknown, by: string | null): this {
    this.#date('plan', date);
    this.planCount++;
    this.#plans.push({ version_no: this.planCount, content: JSON.stringify(content), created_by: by, created_at: this.stamp(date) });
    return this;
  }

  jobGoal(goal: {
    tier: 'A' | 'B' | 'C';
    code: string | null;
    text: string;
    industry: string | null;
    concrete: boolean;
    ownWish: boolean;
    setOn: string;
    endedOn?: string | null;
    note?: string | null;
    by: string | null;
  }): this {
    this.#date('job goal', goal.setOn);
    if (goal.endedOn) this.#date('job goal end', goal.endedOn);
    this.#goals.push({
      id: this.#random.uuid(),
      tier: goal.tier,
      occupation_code: goal.code,
      occupation_text: goal.text,
      industry_code: goal.industry,
      concrete: goal.concrete,
      own_wish: goal.ownWish,
      set_on: goal.setOn,
      ended_on: goal.endedOn ?? null,
      note: goal.note ?? null,
      created_by: goal.by,
      created_at: this.stamp(goal.setOn),
    });
    return this;
  }

  /** Current (not ended) job goals so far. */
  get goalCount(): number {
    return this.#goals.filter((g) => !g.ended_on).length;
  }

  contact(c: {
    kind: string;
    date: string;
    duration: 'lt30' | '30to59' | 'ge60' | null;
    place: string | null;
    categories: string[];
    attendees: string[];
    staffId: string | null;
    note: string | null;
  }): this {
    this.#date(`contact ${c.kind}`, c.date);
    this.#contacts.push({
      id: this.#random.uuid(),
      citizen_id: this.citizen.id,
      course_id: this.id,
      kind: c.kind,
      contact_date: c.date,
      duration_band: c.duration,
      place: c.place,
      content_categories: c.categories,
      attendee_roles: c.attendees,
      staff_id: c.staffId,
      note: c.note,
      created_at: this.stamp(c.date),
    });
    return this;
  }

  get contactDates(): string[] {
    return this.#contacts.map((c) => c.contact_date);
  }

  measurement(m: {
    instrument: string;
    point: number;
    date: string;
    answers: Record<string, number | null>;
    score: number | null;
    respondentRole: string;
    by: string | null;
  }): this {
    this.#date(`measurement ${m.instrument}`, m.date);
    this.#measurements.push({
      id: this.#random.uuid(),
      citizen_id: this.citizen.id,
      course_id: this.id,
      instrument: m.instrument,
      scheduled_point: m.point,
      measured_on: m.date,
      answers: JSON.stringify(m.answers),
      score: m.score,
      respondent_role: m.respondentRole,
      created_by: m.by,
      created_at: this.stamp(m.date),
    });
    return this;
  }

  supportCourse(s: Omit2<Row<'support_course'>, 'course_id' | 'id'>): this {
    this.#date('support course start', s.start_date);
    for (const d of [s.contact_building_end, s.closing_meeting_date, s.end_date]) if (d) this.#date('support course', d);
    this.#support = { id: this.#random.uuid(), ...s };
    return this;
  }

  rehabTrack(r: Omit2<Row<'rehab_track'>, 'course_id'>): this {
    for (const d of [r.preparation_start, r.team_meeting_date, r.recommendation_handed_over, r.first_caseworker_meeting]) {
      if (d) this.#date('rehab track', d);
    }
    this.#rehab = { ...r };
    return this;
  }

  /** Checks every date and writes the course's rows; returns the course for later areas. */
  finish(): DemoCourse {
    const cc = this.#cc;
    const end = this.ended?.date ?? null;
    for (const { what, date } of this.#dated) {
      const tooEarly = what !== 'visitation' && what !== 'notification' && date < this.enrolment;
      if (date > cc.lastDay || tooEarly || (end !== null && date > end && !what.startsWith('staff'))) {
        throw new Error(`Demo seed: ${this.def.id} course of ${this.citizen.pseudonym}: ${what} on ${date} is outside ${this.enrolment}..${end ?? cc.lastDay}.`);
      }
    }
    if (this.#init.visitation && this.#init.visitation.date > cc.lastDay) throw new Error('Demo seed: visitation in the future.');
    // Open assignments and units end with the course.
    if (end !== null) {
      for (const s of this.staff) if (s.to === null || s.to > end) s.to = end;
      for (const u of this.units) if (u.to === null || u.to > end) u.to = end;
    }
    const staff = this.staff.filter((s) => s.to === null || s.to >= s.from);
    const last = this.phases.at(-1);
    if (!last) throw new Error('Demo seed: a course without phases.');
    const current = this.units.at(-1);
    if (!current) throw new Error('Demo seed: a course without a unit.');
    const init = this.#init;
    const updated = [last.from, end ?? last.from, ...this.#dated.map((d) => d.date)].filter((d) => d <= cc.lastDay).sort().at(-1) ?? this.enrolment;

    const rows = cc.rows;
    rows.course.push({
      id: this.id,
      citizen_id: this.citizen.id,
      model_id: this.def.id,
      model_version: this.def.version,
      unit_id: unitId(cc, current.unitKey),
      enrolment_date: this.enrolment,
      group_code: this.group,
      visitation_date: init.visitation?.date ?? null,
      visitation_by: init.visitation?.by ?? null,
      visitation_note: init.visitation?.note ?? null,
      notification_date: init.notification?.date ?? null,
      notification_note: init.notification?.note ?? init.notificationNotRelevant ?? null,
      housing_area: init.housingArea ?? null,
      served_from_outreach: init.servedFromOutreach ?? null,
      current_phase: last.phase,
      end_date: end,
      end_reason: this.ended?.reason ?? null,
      version: 1 + this.phases.length - 1 + (end ? 1 : 0),
      created_by: init.createdBy,
      created_at: stamp(this.enrolment, 0),
      updated_at: stamp(updated, 400),
    });
    for (const u of this.units) {
      rows.course_unit.push({ id: this.#random.uuid(), course_id: this.id, unit_id: unitId(cc, u.unitKey), from_date: u.from, to_date: u.to });
    }
    let previous: string | null = null;
    for (const p of this.phases) {
      rows.phase_change.push({
        id: this.#random.uuid(),
        course_id: this.id,
        from_phase: previous,
        to_phase: p.phase,
        change_date: p.from,
        changed_by: p.by,
        reason: p.reason,
        created_at: this.stamp(p.from),
      });
      previous = p.phase;
    }
    for (const s of staff) {
      rows.course_staff.push({ id: this.#random.uuid(), course_id: this.id, staff_id: s.staffId, role: s.role, from_date: s.from, to_date: s.to });
    }
    for (const p of this.#plans) rows.plan_version.push({ ...p, id: this.#random.uuid(), course_id: this.id });
    for (const g of this.#goals) rows.job_goal.push({ ...g, course_id: this.id });
    rows.contact.push(...this.#contacts);
    rows.measurement.push(...this.#measurements);
    if (this.#support) rows.support_course.push({ ...this.#support, course_id: this.id });
    if (this.#rehab) rows.rehab_track.push({ ...this.#rehab, course_id: this.id });

    cc.used.add(this.citizen.id);
    const course: DemoCourse = {
      id: this.id,
      citizenId: this.citizen.id,
      modelId: this.def.id,
      unitKey: current.unitKey,
      enrolmentDate: this.enrolment,
      endDate: end,
      endReason: this.ended?.reason ?? null,
      group: this.group,
      currentPhase: last.phase,
      phases: this.phases.map((p) => ({ phase: p.phase, from: p.from })),
      placements: placementPeriods(this.phases, companyPhases[this.def.id] ?? [], end),
      staff: staff.map((s) => ({ ...s })),
    };
    cc.courses.push(course);
    return course;
  }
}

/** Consecutive runs of company phases as periods. */
export function placementPeriods(phases: readonly { phase: string; from: string }[], company: readonly string[], end: string | null): DemoPlacementPeriod[] {
  const out: DemoPlacementPeriod[] = [];
  let open: DemoPlacementPeriod | null = null;
  for (const p of phases) {
    const inCompany = company.includes(p.phase);
    if (inCompany && !open) {
      open = { from: p.from, to: null };
      out.push(open);
    } else if (!inCompany && open) {
      open.to = p.from > open.from ? addDays(p.from, -1) : open.from;
      open = null;
    }
  }
  if (open && end !== null) open.to = end;
  return out;
}
