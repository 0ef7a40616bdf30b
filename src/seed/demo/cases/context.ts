/**
 * What the case-data builders share: the rows collected for insertion, the
 * date window, staff look-ups and the courses made so far (for later areas).
 */
import type { Insertable } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { addDays, addMonths } from '../dates.ts';
import { insertRows, requireUnit, staffWithRole, type DemoCitizen, type DemoContext, type DemoStaff, type UnitKey } from '../context.ts';
import type { Random } from '../random.ts';
import type { CvContent } from './cv.ts';

export type Row<T extends keyof Database> = Insertable<Database[T]>;

/** Every row the cases area inserts, by table, in insertion (foreign-key) order. */
export class CaseRows {
  readonly course: Row<'course'>[] = [];
  readonly course_unit: Row<'course_unit'>[] = [];
  readonly phase_change: Row<'phase_change'>[] = [];
  readonly course_staff: Row<'course_staff'>[] = [];
  readonly plan_version: Row<'plan_version'>[] = [];
  readonly job_goal: Row<'job_goal'>[] = [];
  readonly cv_version: Row<'cv_version'>[] = [];
  readonly contact: Row<'contact'>[] = [];
  readonly support_course: Row<'support_course'>[] = [];
  readonly rehab_track: Row<'rehab_track'>[] = [];
  readonly measurement: Row<'measurement'>[] = [];
  readonly group_activity: Row<'group_activity'>[] = [];
  readonly group_activity_participant: Row<'group_activity_participant'>[] = [];
}

/** A period the citizen was at a company, as implied by the course's phases (placements come in a later area). */
export interface DemoPlacementPeriod {
  from: string;
  /** Last day; null while running. */
  to: string | null;
}

/** A course the cases area made, for later areas (placements, hours) to build on. */
export interface DemoCourse {
  id: string;
  citizenId: string;
  modelId: string;
  unitKey: UnitKey;
  enrolmentDate: string;
  endDate: string | null;
  endReason: string | null;
  group: string | null;
  currentPhase: string;
  phases: { phase: string; from: string }[];
  /** Periods in a company phase (virksomhedsforløb, TRIN 3, CTI): where a placement belongs. */
  placements: DemoPlacementPeriod[];
  /** Staff assignments, as written to course_staff. */
  staff: { staffId: string; role: string; from: string; to: string | null }[];
}

export interface CaseContext {
  demo: DemoContext;
  /** ctx.today. */
  today: string;
  /**
   * The last day anything is dated on: yesterday. Nothing is dated today, so
   * no created_at (set from the event's date) can be ahead of the clock.
   */
  lastDay: string;
  /** Start of the 18-month window. */
  windowStart: string;
  rows: CaseRows;
  /** Citizens who already have a course (any model). */
  used: Set<string>;
  /** The latest CV version per citizen (the CV is the citizen's, across courses). */
  cvs: Map<string, { versionNo: number; date: string; content: CvContent }>;
  courses: DemoCourse[];
}

export function createCaseContext(demo: DemoContext): CaseContext {
  return {
    demo,
    today: demo.today,
    lastDay: addDays(demo.today, -1),
    windowStart: addMonths(demo.today, -18),
    rows: new CaseRows(),
    used: new Set(),
    cvs: new Map(),
    courses: [],
  };
}

/**
 * A timestamp on the given day for created_at columns: 07:00-13:59 UTC
 * (08:00-15:59 in Copenhagen), so the day is the same in Danish time;
 * `minute` orders events on the same day.
 */
export function stamp(date: string, minute = 0): string {
  const m = 420 + (Math.max(0, Math.floor(minute)) % 420);
  return `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00Z`;
}

export function citizensIn(cc: CaseContext, unitKey: UnitKey): DemoCitizen[] {
  return cc.demo.citizens.filter((c) => c.unitKey === unitKey);
}

/** Staff with the role in the unit, demo logins first, in a stable order. */
export function staffIn(cc: CaseContext, role: 'jobformidler' | 'virksomhedskonsulent' | 'mentor' | 'leder', unitKey: UnitKey): DemoStaff[] {
  const found = staffWithRole(cc.demo, role, unitKey);
  if (found.length === 0) throw new Error(`Demo seed: no ${role} in unit '${unitKey}'.`);
  return found;
}

/** Another jobformidler in the same unit (for an earlier job broker before a change). */
export function otherBroker(cc: CaseContext, random: Random, citizen: DemoCitizen): string {
  const others = staffIn(cc, 'jobformidler', citizen.unitKey).filter((s) => s.id !== citizen.responsibleStaffId);
  return others.length > 0 ? random.pick(others).id : citizen.responsibleStaffId;
}

export function unitId(cc: CaseContext, key: UnitKey): string {
  return requireUnit(cc.demo, key).id;
}

/** Inserts the collected rows, parents before children. */
export async function insertCaseRows(cc: CaseContext): Promise<void> {
  const r = cc.rows;
  const ctx = cc.demo;
  await insertRows(ctx, 'course', r.course);
  await insertRows(ctx, 'course_unit', r.course_unit);
  await insertRows(ctx, 'phase_change', r.phase_change);
  await insertRows(ctx, 'course_staff', r.course_staff);
  await insertRows(ctx, 'plan_version', r.plan_version);
  await insertRows(ctx, 'job_goal', r.job_goal);
  await insertRows(ctx, 'cv_version', r.cv_version);
  await insertRows(ctx, 'contact', r.contact);
  await insertRows(ctx, 'support_course', r.support_course);
  await insertRows(ctx, 'rehab_track', r.rehab_track);
  await insertRows(ctx, 'measurement', r.measurement);
  await insertRows(ctx, 'group_activity', r.group_activity);
  await insertRows(ctx, 'group_activity_participant', r.group_activity_participant);
}

/** Integer in [lo, hi], clamped so that lo <= hi. */
export function intIn(random: Random, lo: number, hi: number): number {
  return random.int(Math.round(lo), Math.max(Math.round(lo), Math.round(hi)));
}
