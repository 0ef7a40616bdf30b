/**
 * The CTI support course of the social-support model (002 §4.3.3,
 * kerneelement 5): 6 or 9 months in three phases of equal length, and the
 * progression measurements that follow the phase changes (002 §7.1.3):
 * months 0/1/2/4/6 for a 6-month course, 0/1/3/6/9 for a 9-month course.
 * Months are calendar months from the start day, clamped to the end of a
 * shorter month (start 31 August + 6 months = 28 or 29 February).
 *
 * Time zero (decided from 002 §7.1.3, documented in docs/case-work.md): the
 * baseline (point 0) is taken at the start in the project, the start meeting
 * where the citizen was registered ("i forbindelse med opstart i
 * projektet"), so it is comparable with the report's baseline before any
 * support; the later points follow the CTI course's phase transitions
 * ("så progressionsmålingerne følger faseovergangene"), so they count from
 * the CTI start. The last point closes the course and is always kept
 * (the report's key result compares the first and the fifth measurement):
 * at its month when the course ran to plan, on its last day when it ended early.
 */
import { addMonths, fromDay, toDay } from '../rules/days.ts';

export const ctiCourseLengths = [6, 9] as const;
export type CtiCourseLength = (typeof ctiCourseLengths)[number];

/** Measurement months per course length, as in 002 §7.1.3. */
export const ctiMeasurementMonths: Record<CtiCourseLength, readonly number[]> = {
  6: [0, 1, 2, 4, 6],
  9: [0, 1, 3, 6, 9],
};

export interface CtiPhase {
  phase: 1 | 2 | 3;
  /** First day of the phase. */
  from: string;
  /** Last day of the phase (inclusive). */
  to: string;
}

export function isCtiCourseLength(months: number): months is CtiCourseLength {
  return (ctiCourseLengths as readonly number[]).includes(months);
}

/** Phase boundaries as day numbers: [start of 1, start of 2, start of 3, day after the course]. */
export function ctiPhaseStarts(startDay: number, plannedMonths: CtiCourseLength): [number, number, number, number] {
  const step = plannedMonths / 3;
  return [startDay, addMonths(startDay, step), addMonths(startDay, 2 * step), addMonths(startDay, plannedMonths)];
}

/** The three phases of a CTI course starting on `start`. */
export function ctiPhases(start: string, plannedMonths: CtiCourseLength): CtiPhase[] {
  const b = ctiPhaseStarts(toDay(start), plannedMonths);
  return ([1, 2, 3] as const).map((phase) => ({ phase, from: fromDay(b[phase - 1]!), to: fromDay(b[phase]! - 1) }));
}

/** Which phase (1-3) the course is in on `day`; 0 before the start, 4 after the planned end. */
export function ctiPhaseOn(startDay: number, plannedMonths: CtiCourseLength, day: number): 0 | 1 | 2 | 3 | 4 {
  const b = ctiPhaseStarts(startDay, plannedMonths);
  if (day < b[0]) return 0;
  if (day < b[1]) return 1;
  if (day < b[2]) return 2;
  if (day < b[3]) return 3;
  return 4;
}

export interface ScheduledMeasurement {
  /** 0 = baseline. */
  point: number;
  month: number;
  date: string;
}

/** The measurement dates for a CTI course starting on `start`. */
export function ctiMeasurementSchedule(
  start: string,
  plannedMonths: CtiCourseLength,
  months: readonly number[] = ctiMeasurementMonths[plannedMonths],
): ScheduledMeasurement[] {
  const startDay = toDay(start);
  return months.map((month, point) => ({ point, month, date: fromDay(addMonths(startDay, month)) }));
}

export interface PlannedMeasurement extends ScheduledMeasurement {
  /** The closing point (the last of the schedule). */
  final: boolean;
}

export interface MeasurementPlanInput {
  /** First day of the course in the project (the start meeting): the baseline's day. */
  courseStart: string;
  ctiStart: string;
  /** Months after the start for each point, point 0 first (the model's schedule for the planned length). */
  months: readonly number[];
  /** Last day of the CTI course or of the whole course, whichever came first, when either has ended. */
  lastDay?: string;
}

/**
 * The measurement points a course calls for (see the module comment): the
 * baseline at the course start (or the CTI start, if that is earlier), the
 * later points at their month after the CTI start. A point between the
 * baseline and the last that falls after an early end is dropped; the last
 * point never is: it moves to the last day when the course ended before the
 * day before it (a course that runs to plan ends the day before its month).
 */
export function ctiMeasurementPlan(input: MeasurementPlanInput): PlannedMeasurement[] {
  const ctiStart = toDay(input.ctiStart);
  const baseline = Math.min(toDay(input.courseStart), ctiStart);
  const lastDay = input.lastDay === undefined ? Number.POSITIVE_INFINITY : toDay(input.lastDay);
  const finalPoint = input.months.length - 1;
  const plan: PlannedMeasurement[] = [];
  input.months.forEach((month, point) => {
    const scheduled = point === 0 ? baseline : addMonths(ctiStart, month);
    const final = point === finalPoint;
    if (!final && point > 0 && scheduled > lastDay) return;
    const day = final && lastDay < scheduled - 1 ? Math.max(lastDay, baseline) : scheduled;
    plan.push({ point, month, date: fromDay(day), final });
  });
  return plan;
}
