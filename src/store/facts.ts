/**
 * Loads what the rule engine and the eligibility check read (CourseFacts,
 * CitizenFacts in domain/rules/facts.ts) from the case tables. One query per
 * table for a whole batch of courses, so a caseload of 50 or a municipality
 * of 5,000 courses costs the same number of round trips.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { holdsCourseRoleOn } from './course-staff-filter.ts';
import { groupBy } from './group-by.ts';
import { loadPlacementFacts } from './placements/facts.ts';
import type {
  AttendeeRole,
  BenefitSpell,
  BenefitType,
  CitizenFacts,
  ContactKind,
  CourseFacts,
  CourseRole,
  Programme,
  ReadinessCategory,
} from '../domain/rules/facts.ts';

export interface CourseFilter {
  courseIds?: readonly string[];
  /** Courses where this staff member (or one of these) holds a role on `onDate` (default today). */
  staffId?: string | readonly string[];
  onDate?: string;
  /** Courses currently in these units. */
  unitIds?: readonly string[];
  /** Only courses that have not ended. */
  activeOnly?: boolean;
}

type MutableFacts = { -readonly [K in keyof CourseFacts]: CourseFacts[K] extends readonly (infer T)[] ? T[] : CourseFacts[K] };

const orEmpty = <T>(ids: readonly T[]) => (ids.length ? ids : (['00000000-0000-0000-0000-000000000000'] as T[]));

/** Rows by course; rows without a course belong to none. */
const group = <T extends { course_id: string | null }>(rows: readonly T[]): Map<string, T[]> => groupBy(rows, (row) => row.course_id);

/** The courses matching the filter with all their facts. */
export async function loadCourseFacts(db: Kysely<Database>, filter: CourseFilter): Promise<CourseFacts[]> {
  let query = db.selectFrom('course').selectAll('course');
  if (filter.courseIds) query = query.where('course.id', 'in', orEmpty(filter.courseIds));
  if (filter.unitIds) query = query.where('course.unit_id', 'in', orEmpty(filter.unitIds));
  if (filter.activeOnly) query = query.where('course.end_date', 'is', null);
  if (filter.staffId) {
    const staffId = filter.staffId;
    const day = filter.onDate ?? today();
    query = query.where((eb) => holdsCourseRoleOn(eb, staffId, day));
  }
  const courses = await query.execute();
  if (courses.length === 0) return [];
  const ids = courses.map((c) => c.id);
  const citizenIds = [...new Set(courses.map((c) => c.citizen_id))];

  const [units, phases, staff, plans, goals, cvs, contacts, support, rehab, measurements, placementFacts] = await Promise.all([
    db.selectFrom('course_unit').selectAll().where('course_id', 'in', ids).orderBy('from_date').execute(),
    db.selectFrom('phase_change').selectAll().where('course_id', 'in', ids).orderBy('change_date').orderBy('created_at').execute(),
    db.selectFrom('course_staff').selectAll().where('course_id', 'in', ids).execute(),
    db.selectFrom('plan_version').select(['course_id', 'created_at']).where('course_id', 'in', ids).execute(),
    db.selectFrom('job_goal').selectAll().where('course_id', 'in', ids).execute(),
    db.selectFrom('cv_version').select(['citizen_id', 'created_at']).where('citizen_id', 'in', citizenIds).execute(),
    db.selectFrom('contact').select(['course_id', 'citizen_id', 'contact_date', 'kind', 'attendee_roles', 'staff_id']).where('citizen_id', 'in', citizenIds).execute(),
    db.selectFrom('support_course').selectAll().where('course_id', 'in', ids).execute(),
    db.selectFrom('rehab_track').selectAll().where('course_id', 'in', ids).execute(),
    db.selectFrom('measurement').select(['course_id', 'instrument', 'scheduled_point', 'measured_on']).where('course_id', 'in', ids).execute(),
    loadPlacementFacts(db, ids),
  ]);
  const unitsBy = group(units);
  const phasesBy = group(phases);
  const staffBy = group(staff);
  const plansBy = group(plans);
  const goalsBy = group(goals);
  const supportBy = group(support);
  const rehabBy = group(rehab);
  const measurementsBy = group(measurements);
  const contactsBy = groupBy(contacts, (c) => c.citizen_id);
  const cvBy = groupBy(cvs, (cv) => cv.citizen_id, (cv) => ({ date: isoDay(cv.created_at) }));
  const dateOf = (d: Date) => isoDay(d);

  const facts = new Map<string, MutableFacts>();
  for (const course of courses) {
    const courseUnits = unitsBy.get(course.id) ?? [];
    const supportRow = supportBy.get(course.id)?.[0];
    const rehabRow = rehabBy.get(course.id)?.[0];
    facts.set(course.id, {
      courseId: course.id,
      citizenId: course.citizen_id,
      modelId: course.model_id,
      modelVersion: course.model_version,
      units: courseUnits.length
        ? courseUnits.map((u) => ({ unitId: u.unit_id, from: u.from_date, ...(u.to_date ? { to: u.to_date } : {}) }))
        : [{ unitId: course.unit_id, from: course.enrolment_date }],
      enrolmentDate: course.enrolment_date,
      ...(course.end_date ? { endDate: course.end_date, endReason: course.end_reason ?? undefined } : {}),
      ...(course.group_code ? { group: course.group_code } : {}),
      phaseHistory: (phasesBy.get(course.id) ?? []).map((p) => ({ phaseId: p.to_phase, from: p.change_date })),
      staff: (staffBy.get(course.id) ?? []).map((s) => ({
        staffId: s.staff_id,
        role: s.role as CourseRole,
        from: s.from_date,
        ...(s.to_date ? { to: s.to_date } : {}),
      })),
      // The CV belongs to the citizen and counts for every course.
      cvVersions: cvBy.get(course.citizen_id) ?? [],
      // Ended goals stay: "a job goal existed in time" is history, not the present.
      jobGoals: (goalsBy.get(course.id) ?? []).map((g) => ({
        date: g.set_on,
        tier: g.tier,
        concrete: g.concrete,
        ownWish: g.own_wish,
        ...(g.ended_on ? { ended: g.ended_on } : {}),
      })),
      planVersions: (plansBy.get(course.id) ?? []).map((p) => ({ date: dateOf(p.created_at) })),
      // Contacts are the citizen's; those tied to another model's course do not count here.
      contacts: (contactsBy.get(course.citizen_id) ?? [])
        .filter((c) => c.course_id === null || c.course_id === course.id)
        .map((c) => ({
          date: c.contact_date,
          kind: c.kind as ContactKind,
          attendeeRoles: c.attendee_roles as AttendeeRole[],
          ...(c.staff_id ? { staffId: c.staff_id } : {}),
        })),
      // Placements, follow-ups at the company and the agreements linked to them (store/placements/facts.ts).
      ...(placementFacts.get(course.id) ?? { placements: [], followUps: [], workAgreements: [] }),
      ...(rehabRow
        ? {
            rehabilitation: {
              ...(rehabRow.preparation_start ? { preparationStart: rehabRow.preparation_start } : {}),
              ...(rehabRow.team_meeting_date ? { teamMeeting: rehabRow.team_meeting_date } : {}),
              ...(rehabRow.recommendation_handed_over ? { recommendationHandedOver: rehabRow.recommendation_handed_over } : {}),
              ...(rehabRow.first_caseworker_meeting ? { firstCaseworkerMeeting: rehabRow.first_caseworker_meeting } : {}),
            },
          }
        : {}),
      ...(supportRow
        ? {
            supportCourse: {
              start: supportRow.start_date,
              plannedMonths: supportRow.planned_months,
              ...(supportRow.end_date ? { end: supportRow.end_date } : {}),
              ...(supportRow.closing_meeting_date ? { closingMeeting: supportRow.closing_meeting_date } : {}),
            },
          }
        : {}),
      measurements: (measurementsBy.get(course.id) ?? []).map((m) => ({ instrument: m.instrument, point: m.scheduled_point, date: m.measured_on })),
    } as MutableFacts);
  }
  return [...facts.values()];
}

// One formatter for every call: constructing an Intl.DateTimeFormat is costly (a quarter of the worklist's
// CPU in issue 15's profile), formatting with it is cheap and has no state.
const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** A timestamp's calendar day in Danish time (the job centre's day). */
export function isoDay(at: Date): string {
  return copenhagenDay.format(at);
}

/** Today in the job centre's time zone, 'YYYY-MM-DD'. */
export const today = (): string => isoDay(new Date());

const benefitMap: Record<string, { type: BenefitType; programme?: Programme }> = {
  kontanthjaelp: { type: 'kontanthjaelp' },
  uddannelseshjaelp: { type: 'uddannelseshjaelp' },
  integrationsydelse: { type: 'integrationsydelse' },
  ressourceforloeb: { type: 'ressourceforloebsydelse', programme: 'ressourceforloeb' },
  sygedagpenge: { type: 'sygedagpenge' },
  dagpenge: { type: 'dagpenge' },
  ledighedsydelse: { type: 'ledighedsydelse' },
  fleksjob: { type: 'other' },
  foertidspension: { type: 'foertidspension' },
};

/** What target-group rules read about one citizen. */
export async function loadCitizenFacts(db: Kysely<Database>, citizenId: string): Promise<CitizenFacts> {
  const citizen = await db
    .selectFrom('citizen')
    .select(['birth_date'])
    .where('id', '=', citizenId)
    .executeTakeFirstOrThrow();
  const spells = await db
    .selectFrom('benefit_spell')
    .select(['benefit_type', 'readiness', 'from_date', 'to_date'])
    .where('citizen_id', '=', citizenId)
    .orderBy('from_date')
    .execute();
  const benefitSpells: BenefitSpell[] = [];
  const programmes: CitizenFacts['programmes'][number][] = [];
  for (const spell of spells) {
    const mapped = benefitMap[spell.benefit_type] ?? { type: 'other' as const };
    const period = { from: spell.from_date, ...(spell.to_date ? { to: spell.to_date } : {}) };
    benefitSpells.push({ type: mapped.type, ...(spell.readiness ? { readiness: spell.readiness as ReadinessCategory } : {}), ...period });
    if (mapped.programme) programmes.push({ programme: mapped.programme, ...period });
  }
  return {
    birthDate: citizen.birth_date,
    benefitSpells,
    programmes,
  };
}
