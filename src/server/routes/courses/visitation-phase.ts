/**
 * Visitation (assigning the course to a group or track) and phase changes,
 * both checked against the course's model definition.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkPhaseDate } from '../../../domain/cases/course-lifecycle.ts';
import { checkVisitation } from '../../../domain/cases/visitation.ts';
import { checkTransition } from '../../../domain/models/phases.ts';
import { phaseRefusalText } from './phase-refusals.ts';
import { ensureRehabTrack } from '../../../store/cases/course-tracks.ts';
import { insertPhaseChange, lockCourse, updateCourse } from '../../../store/cases/courses.ts';
import { today, loadCourseFacts } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound, stale } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { accessibleCourse, checkStaff, courseModel } from './access.ts';
import { courseDetail } from './detail.ts';
import { courseParams, courseSchema, phaseBody, visitationBody } from './schemas.ts';

export async function courseProgressRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /**
   * Records the visitation decision, replacing any earlier one. The group
   * must be one of the model's; Flere skal med group 3 needs the notification
   * date (underretning) or, with notificationRelevant false, the reason none
   * is relevant in notificationNote; group 2 opens the rehabilitation track; a citizen
   * left out of a random draw needs one of the model's exclusion reasons.
   */
  r.post(
    '/api/courses/:id/visitation',
    {
      schema: {
        tags: ['courses'],
        summary: 'Record the visitation decision of a course',
        params: courseParams,
        body: visitationBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const day = today();
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        if (course.version !== body.version) throw stale();
        const definition = courseModel(course.model_id, course.model_version);
        const decidedBy = body.decidedById ?? user.id;
        if (body.decidedById) await checkStaff(request, trx, body.decidedById, 'decidedById');
        const check = checkVisitation(
          definition,
          {
            group: body.group,
            date: body.date,
            notificationDate: body.notificationDate ?? null,
            notificationNote: body.notificationNote ?? null,
            notificationRelevant: body.notificationRelevant ?? null,
            exclusionReason: body.exclusionReason ?? null,
          },
          course.enrolment_date,
          day,
        );
        if (!check.ok) throw badRequest('Visitationen kan ikke gemmes.', check.fields);
        const updated = await updateCourse(trx, course.id, body.version, {
          group_code: body.group,
          visitation_date: body.date,
          visitation_by: decidedBy,
          visitation_note: body.note ?? null,
          notification_date: body.notificationDate ?? null,
          notification_note: body.notificationNote ?? null,
          exclusion_reason: body.exclusionReason ?? null,
        });
        if (!updated) throw stale();
        if (check.opensRehabTrack) await ensureRehabTrack(trx, course.id);
        await recordAudit(trx, request, {
          action: 'course.visitation',
          citizenPseudonyms: [key.pseudonym],
          detail: { courseId: course.id, group: body.group, previousGroup: course.group_code },
        });
      });
      return courseDetail(db, key.courseId, { today: day });
    },
  );

  /**
   * Moves the course to another phase on `date`, if the model allows the
   * move and its conditions hold that day (domain checkTransition); refused
   * moves get 409 naming what is missing ('Mangler: CV.') in `message` and `fields.toPhase`.
   */
  r.post(
    '/api/courses/:id/phase',
    {
      schema: {
        tags: ['courses'],
        summary: 'Change the phase of a course',
        params: courseParams,
        body: phaseBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const day = today();
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        if (course.version !== body.version) throw stale();
        const definition = courseModel(course.model_id, course.model_version);
        if (!definition.phases.some((p) => p.id === body.toPhase)) {
          const known = definition.phases.map((p) => `${p.id} (${p.name.da})`).join(', ');
          throw badRequest('Ukendt fase.', { toPhase: `Fasen '${body.toPhase}' findes ikke i ${definition.name.da}. Faserne er: ${known}.` });
        }
        const [facts] = await loadCourseFacts(trx, { courseIds: [course.id] });
        if (!facts) throw notFound('Forløbet');
        const since = facts.phaseHistory.reduce<string | null>((latest, p) => (latest === null || p.from > latest ? p.from : latest), null);
        const dateProblem = checkPhaseDate(body.date, { enrolmentDate: course.enrolment_date, endDate: course.end_date, currentPhaseSince: since }, day);
        if (dateProblem) throw badRequest('Ugyldig dato for faseskiftet.', { date: dateProblem });
        const check = checkTransition(definition, facts, body.toPhase, body.date);
        if (!check.allowed) {
          const reasons = check.refusals.map((refusal) => phaseRefusalText(definition, refusal)).join(' ');
          throw conflict(reasons, { toPhase: reasons });
        }
        if (!(await updateCourse(trx, course.id, body.version, { current_phase: body.toPhase }))) throw stale();
        await insertPhaseChange(trx, {
          courseId: course.id,
          fromPhase: check.from ?? null,
          toPhase: body.toPhase,
          date: body.date,
          by: user.id,
          reason: body.reason ?? null,
        });
        await recordAudit(trx, request, {
          action: 'course.phase',
          citizenPseudonyms: [key.pseudonym],
          detail: { courseId: course.id, from: check.from ?? null, to: body.toPhase },
        });
      });
      return courseDetail(db, key.courseId, { today: day });
    },
  );
}
