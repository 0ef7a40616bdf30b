/**
 * The CTI support course of the social-support model (002 §4.3.3,
 * kerneelement 5): 6 or 9 months in three phases of equal length, and the
 * progression measurements that follow the phase changes (002 §7.1.3):
 * months 0/1/2/4/6 for a 6-month course, 0/1/3/6/9 for a 9-month course.
 * Months are calendar months from the start day, clamped to the end of a
 * shorter month (start 31 August + 6 months = 28 or 29 February).
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
