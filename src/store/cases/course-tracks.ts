/** A course's rehabilitation track (rehab_track) and CTI support course (support_course). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RehabTrack } from '../../domain/cases/rehab-track.ts';
import type { LegalBasis, SupportCourse } from '../../domain/cases/support-course.ts';
import type { CtiCourseLength } from '../../domain/models/cti-schedule.ts';

export async function getRehabTrack(db: Kysely<Database>, courseId: string): Promise<RehabTrack | undefined> {
  const r = await db.selectFrom('rehab_track').selectAll().where('course_id', '=', courseId).executeTakeFirst();
  return (
    r && {
      preparationStart: r.preparation_start,
      teamMeetingDate: r.team_meeting_date,
      teamAttendees: r.team_attendees,
      companyConsultantPresent: r.company_consultant_present,
      recommendationGoal: r.recommendation_goal,
      recommendationHandedOver: r.recommendation_handed_over,
      firstCaseworkerMeeting: r.first_caseworker_meeting,
    }
  );
}

/** Creates an empty track unless the course has one. */
export async function ensureRehabTrack(db: Kysely<Database>, courseId: string): Promise<void> {
  await db
    .insertInto('rehab_track')
    .values({ course_id: courseId })
    .onConflict((oc) => oc.column('course_id').doNothing())
    .execute();
}

/** Stores the whole track (insert or replace). */
export async function saveRehabTrack(db: Kysely<Database>, courseId: string, t: RehabTrack): Promise<void> {
  const values = {
    preparation_start: t.preparationStart,
    team_meeting_date: t.teamMeetingDate,
    team_attendees: t.teamAttendees,
    company_consultant_present: t.companyConsultantPresent,
    recommendation_goal: t.recommendationGoal,
    recommendation_handed_over: t.recommendationHandedOver,
    first_caseworker_meeting: t.firstCaseworkerMeeting,
  };
  await db
    .insertInto('rehab_track')
    .values({ course_id: courseId, ...values })
    .onConflict((oc) => oc.column('course_id').doUpdateSet(values))
    .execute();
}

export async function getSupportCourse(db: Kysely<Database>, courseId: string): Promise<SupportCourse | undefined> {
  const r = await db.selectFrom('support_course').selectAll().where('course_id', '=', courseId).executeTakeFirst();
  return (
    r && {
      legalBasis: r.legal_basis as LegalBasis,
      plannedMonths: r.planned_months as CtiCourseLength,
      startDate: r.start_date,
      contactBuildingEnd: r.contact_building_end,
      closingMeetingDate: r.closing_meeting_date,
      closingMeetingNetwork: r.closing_meeting_network,
      endDate: r.end_date,
    }
  );
}

/** Stores the whole support course (insert or replace). */
export async function saveSupportCourse(db: Kysely<Database>, courseId: string, s: SupportCourse): Promise<void> {
  const values = {
    legal_basis: s.legalBasis,
    planned_months: s.plannedMonths,
    start_date: s.startDate,
    contact_building_end: s.contactBuildingEnd,
    closing_meeting_date: s.closingMeetingDate,
    closing_meeting_network: s.closingMeetingNetwork,
    end_date: s.endDate,
  };
  await db
    .insertInto('support_course')
    .values({ course_id: courseId, ...values })
    .onConflict((oc) => oc.column('course_id').doUpdateSet(values))
    .execute();
}
