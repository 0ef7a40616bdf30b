/**
 * The kinds of event on a citizen's timeline and the event shape: one list
 * for the server (store/cases/timeline.ts, the route's enum) and the web app
 * (filter and labels), so the two cannot drift.
 */
export const timelineKinds = [
  'course',
  'phase',
  'visitation',
  'staff',
  'plan',
  'job_goal',
  'cv',
  'contact',
  'measurement',
  'rehab',
  'support',
  'match',
  'work_agreement',
  'placement',
  'follow_up',
  'aftercare',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEvent {
  /** The day it happened, 'YYYY-MM-DD'. */
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  courseId: string | null;
}
