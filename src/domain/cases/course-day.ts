/**
 * A day recorded on a course (a match agreed, a work agreement made): it has
 * happened (not after today) and lies within the course, not before its
 * enrolment and not after it ended. Dates are ISO days (YYYY-MM-DD), so they
 * compare as text.
 */

/** The Danish reasons, one per rule; a caller may word any of them for its record. */
export interface CourseDayLabels {
  future: string;
  beforeEnrolment: (enrolmentDate: string) => string;
  afterEnd: (endDate: string) => string;
}

export const courseDayLabels: CourseDayLabels = {
  future: 'Datoen ligger i fremtiden.',
  beforeEnrolment: (enrolmentDate) => `Datoen kan ikke ligge før forløbets start (${enrolmentDate}).`,
  afterEnd: (endDate) => `Forløbet sluttede ${endDate}; datoen skal ligge inden.`,
};

/** Why `day` cannot be recorded on the course (the first rule it breaks), or null. */
export function checkCourseDay(
  day: string,
  course: { enrolmentDate: string; endDate: string | null },
  today: string,
  labels: Partial<CourseDayLabels> = {},
): string | null {
  const { future, beforeEnrolment, afterEnd } = { ...courseDayLabels, ...labels };
  if (day > today) return future;
  if (day < course.enrolmentDate) return beforeEnrolment(course.enrolmentDate);
  if (course.endDate !== null && day > course.endDate) return afterEnd(course.endDate);
  return null;
}
