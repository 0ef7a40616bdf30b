/**
 * The rehabilitation track (Bedre Ressourceforløb; Flere skal med group 2)
 * and the CTI support course (social support model) of a course. Both are
 * saved whole (PUT) and returned with their computed figures.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { rehabTrackApplies, supportCourseApplies } from '../../../domain/cases/course-tracks.ts';
import { checkRehabTrackDates, checkRehabTrackOrder, type RehabTrack } from '../../../domain/cases/rehab-track.ts';
import { checkSupportCourse, type SupportCourse } from '../../../domain/cases/support-course.ts';
import { toDay } from '../../../domain/rules/days.ts';
import { danishDate } from '../../../domain/rules/explain.ts';
import { getRehabTrack, saveRehabTrack, saveSupportCourse } from '../../../store/cases/course-tracks.ts';
import { lockCourse, updateCourse } from '../../../store/cases/courses.ts';
import { today } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound, stale } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { accessibleCourse, courseModel } from './access.ts';
import { courseDetail } from './detail.ts';
import { courseParams, courseSchema, rehabTrackBody, supportCourseBody } from './schemas.ts';

export async function courseTrackRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /**
   * Saves the rehabilitation track; omitted fields are cleared, so `version`
   * must be the course's current one. Dates must follow each other: team meeting on or after the start of preparation,
   * hand-over and first caseworker meeting on or after the team meeting.
   */
  r.put(
    '/api/courses/:id/rehab-track',
    {
      schema: {
        tags: ['courses'],
        summary: 'Save the rehabilitation track of a course',
        params: courseParams,
        body: rehabTrackBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const track: RehabTrack = {
        preparationStart: body.preparationStart ?? null,
        teamMeetingDate: body.teamMeetingDate ?? null,
        teamAttendees: [...new Set(body.teamAttendees ?? [])],
        companyConsultantPresent: body.companyConsultantPresent ?? null,
        recommendationGoal: body.recommendationGoal ?? null,
        recommendationHandedOver: body.recommendationHandedOver ?? null,
        firstCaseworkerMeeting: body.firstCaseworkerMeeting ?? null,
      };
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        if (!rehabTrackApplies(course.model_id, course.group_code) && !(await getRehabTrack(trx, course.id))) {
          const model = courseModel(course.model_id, course.model_version).name.da;
          throw conflict(
            course.model_id === 'flere-skal-med'
              ? 'Rehabiliteringssporet bruges i Flere skal med kun for borgere visiteret til gruppe 2.'
              : `Forløb i ${model} har intet rehabiliteringsspor.`,
          );
        }
        const fields = { ...checkRehabTrackOrder(track), ...checkRehabTrackDates(track, course.enrolment_date, today()) };
        if (Object.keys(fields).length > 0) throw badRequest('Datoerne i rehabiliteringssporet kan ikke bruges.', fields);
        // The whole track is replaced: only an edit of the current version may do it.
        if (!(await updateCourse(trx, course.id, body.version, {}))) throw stale();
        await saveRehabTrack(trx, course.id, track);
        await recordAudit(trx, request, { action: 'course.rehab_track', citizenPseudonyms: [key.pseudonym], detail: { courseId: course.id } });
      });
      return courseDetail(db, key.courseId, { today: today() });
    },
  );

  /**
   * Saves the CTI support course: legal basis, 6 or 9 months from the start
   * date; the three phases and the measurement schedule are computed.
   */
  r.put(
    '/api/courses/:id/support-course',
    {
      schema: {
        tags: ['courses'],
        summary: 'Save the CTI support course of a course',
        params: courseParams,
        body: supportCourseBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const support: SupportCourse = {
        legalBasis: body.legalBasis,
        plannedMonths: body.plannedMonths,
        startDate: body.startDate,
        contactBuildingEnd: body.contactBuildingEnd ?? null,
        closingMeetingDate: body.closingMeetingDate ?? null,
        closingMeetingNetwork: body.closingMeetingNetwork ?? null,
        endDate: body.endDate ?? null,
      };
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        if (!supportCourseApplies(course.model_id)) {
          throw conflict(`Forløb i ${courseModel(course.model_id, course.model_version).name.da} har intet CTI-forløb.`);
        }
        const fields = checkSupportCourse(support);
        if (support.startDate < course.enrolment_date) {
          fields.startDate = `CTI-forløbet kan ikke starte før forløbets start (${danishDate(toDay(course.enrolment_date))}).`;
        }
        const now = today();
        for (const [field, value] of [['contactBuildingEnd', support.contactBuildingEnd], ['closingMeetingDate', support.closingMeetingDate], ['endDate', support.endDate]] as const) {
          if (value !== null && value > now) fields[field] ??= 'Datoen kan ikke ligge i fremtiden.';
        }
        if (support.startDate > now) fields.startDate ??= 'CTI-forløbet kan ikke registreres som startet i fremtiden.';
        if (Object.keys(fields).length > 0) throw badRequest('CTI-forløbet kan ikke gemmes.', fields);
        if (!(await updateCourse(trx, course.id, body.version, {}))) throw stale();
        await saveSupportCourse(trx, course.id, support);
        await recordAudit(trx, request, {
          action: 'course.support_course',
          citizenPseudonyms: [key.pseudonym],
          detail: { courseId: course.id, plannedMonths: support.plannedMonths, legalBasis: support.legalBasis },
        });
      });
      return courseDetail(db, key.courseId, { today: today() });
    },
  );
}
