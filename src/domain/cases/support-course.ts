/**
 * The CTI support course of the social-support model (002 §4.3.3): a legal
 * basis, 6 or 9 months in three phases of equal length, contact building
 * before and at the start, and a closing meeting with the citizen's network.
 * Phases and the measurement schedule are computed (domain/models/cti-schedule.ts).
 */
import { ctiMeasurementMonths, ctiMeasurementPlan, ctiPhaseOn, ctiPhases, type CtiCourseLength, type CtiPhase } from '../models/cti-schedule.ts';
import type { ModelDefinition } from '../models/schema.ts';
import { toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';

/** Legal bases a CTI course is granted under. */
export const legalBases = ['LAB § 31 b', 'SEL § 82 b', 'SEL § 85'] as const;
export type LegalBasis = (typeof legalBases)[number];

export interface SupportCourse {
  legalBasis: LegalBasis;
  plannedMonths: CtiCourseLength;
  startDate: string;
  /** Last day of the contact-building period. */
  contactBuildingEnd: string | null;
  closingMeetingDate: string | null;
  /** Who from the citizen's network took part in the closing meeting. */
  closingMeetingNetwork: string | null;
  /** Actual last day, when the course has ended. */
  endDate: string | null;
}

export interface SupportCourseFigures {
  phases: CtiPhase[];
  /** 0 before the start, 1-3 the phase, 4 after the planned or actual end. */
  currentPhase: 0 | 1 | 2 | 3 | 4;
  measurementSchedule: { point: number; month: number; dueDate: string }[];
}


/** Field -> Danish reason for dates out of order; empty when the course is consistent. */
export function checkSupportCourse(course: SupportCourse): Record<string, string> {
  const fields: Record<string, string> = {};
  const phase1 = ctiPhases(course.startDate, course.plannedMonths)[0]!;
  if (course.contactBuildingEnd !== null && course.contactBuildingEnd > phase1.to) {
    fields.contactBuildingEnd = `Kontaktopbygningen skal være afsluttet senest ved udgangen af fase 1 (${danishDateOf(phase1.to)}).`;
  }
  if (course.closingMeetingDate !== null && course.closingMeetingDate < course.startDate) {
    fields.closingMeetingDate = `Afslutningsmødet kan ikke ligge før CTI-forløbets start (${danishDateOf(course.startDate)}).`;
  }
  if (course.endDate !== null && course.endDate < course.startDate) {
    fields.endDate = `Slutdatoen kan ikke ligge før CTI-forløbets start (${danishDateOf(course.startDate)}).`;
  }
  return fields;
}

/** The measurement months the model version prescribes for a course length (falls back to 002 §7.1.3). */
export function measurementMonths(definition: ModelDefinition, plannedMonths: CtiCourseLength): readonly number[] {
  for (const element of definition.coreElements) {
    for (const rule of element.rules) {
      if (rule.type !== 'measurement_schedule') continue;
      const schedule = rule.schedules.find((s) => s.courseMonths === plannedMonths);
      if (schedule) return schedule.months;
    }
  }
  return ctiMeasurementMonths[plannedMonths];
}

/**
 * Phases, the phase on `today` and the measurement schedule of a CTI course
 * on a course that started on `courseStart` (the baseline's day) and, if it
 * has ended, ended on `courseEnd` (ctiMeasurementPlan).
 */
export function supportCourseFigures(
  course: SupportCourse,
  today: string,
  months: readonly number[],
  courseStart: string,
  courseEnd: string | null = null,
): SupportCourseFigures {
  const ended = course.endDate !== null && today > course.endDate;
  const lastDay = [course.endDate, courseEnd].filter((d): d is string => d !== null).sort()[0];
  return {
    phases: ctiPhases(course.startDate, course.plannedMonths),
    currentPhase: ended ? 4 : ctiPhaseOn(toDay(course.startDate), course.plannedMonths, toDay(today)),
    measurementSchedule: ctiMeasurementPlan({ courseStart, ctiStart: course.startDate, months, ...(lastDay ? { lastDay } : {}) }).map((m) => ({
      point: m.point,
      month: m.month,
      dueDate: m.date,
    })),
  };
}
