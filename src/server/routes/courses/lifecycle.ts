/**
 * Enrolment and the course record: list a citizen's courses, enrol, read
 * and update (unit, outreach fields, ending) one course.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { checkCourseEnd, planUnitMove } from '../../../domain/cases/course-lifecycle.ts';
import { canHoldCourseRole, type CourseRole } from '../../../domain/cases/course-roles.ts';
import { alreadyInProgrammePhase } from '../../../domain/cases/course-tracks.ts';
import { checkIneligibleReason, enrolmentRole } from '../../../domain/cases/enrolment-decision.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';
import { endOpenAssignments, reopenAssignmentsEndedOn, insertAssignment } from '../../../store/cases/course-staff.ts';
import { applyUnitMove, openUnitSpell, setUnitSpellEnd } from '../../../store/cases/course-units.ts';
import { insertCourse, lockCourse, updateCourse, type CourseChanges } from '../../../store/cases/courses.ts';
import { leaveActivitiesOn, rejoinActivitiesLeftOn } from '../../../store/cases/group-activities.ts';
import { today } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound, stale } from '../../errors.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { accessibleCitizen, accessibleCourse, checkCourseUnit, checkStaff, courseModel, requestedModel } from './access.ts';
import { courseDetail, courseSummaries } from './detail.ts';
import { evaluateEligibility } from './eligibility.ts';
import { checkOneTreatment } from './parallel.ts';
import { courseParams, courseSchema, courseSummarySchema, enrolBody, patchBody } from './schemas.ts';


/**
 * Checks what the enrolment body says before anything is read: the date, the
 * staff role against the model's roles, and the "already in ressourceforløb"
 * path. Returns the role, the field naming the staff member, and the first phase.
 */
function checkEnrolBody(body: z.infer<typeof enrolBody>, definition: ModelDefinition) {
  const fields: Record<string, string> = {};
  if (body.enrolmentDate > today()) fields.enrolmentDate = 'Et forløb registreres, når det er startet; datoen kan ikke ligge i fremtiden.';
  if (body.staffId !== undefined && body.jobBrokerId !== undefined && body.staffId !== body.jobBrokerId) {
    fields.staffId = 'staffId og jobBrokerId (det gamle navn for samme felt) angiver forskellige medarbejdere.';
  }
  const chosen = enrolmentRole(definition.staffRoles, body.staffRole);
  if ('error' in chosen) fields.staffRole = chosen.error;
  const programmePhase = alreadyInProgrammePhase(definition.id);
  if (body.alreadyInProgramme && programmePhase === undefined) {
    fields.alreadyInProgramme = `Et forløb i ${definition.name.da} kan ikke starte i et igangværende ressourceforløb.`;
  }
  if (Object.keys(fields).length > 0) throw badRequest('Indskrivningen kan ikke gemmes.', fields);
  const staffField = body.staffId !== undefined ? 'staffId' : 'jobBrokerId';
  return {
    role: (chosen as { role: CourseRole }).role,
    staffField,
    requestedStaff: body.staffId !== undefined ? body.staffId : body.jobBrokerId,
    initialPhase: body.alreadyInProgramme ? programmePhase! : definition.initialPhase,
  };
}

/** Whether a staff member is active and has a staff role that may hold the course role. */
async function canTakeRole(db: Kysely<Database>, staffId: string, role: CourseRole): Promise<boolean> {
  const staff = await db.selectFrom('staff').select(['active', 'roles']).where('id', '=', staffId).executeTakeFirst();
  return staff !== undefined && staff.active && canHoldCourseRole(staff.roles, role);
}

export async function courseLifecycleRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** A citizen's courses under every model, newest first, ended ones included. */
  r.get(
    '/api/citizens/:id/courses',
    {
      schema: {
        tags: ['courses'],
        summary: 'List a citizen’s courses',
        params: idParams,
        response: { 200: z.object({ courses: z.array(courseSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const courses = await courseSummaries(db, citizen.id, today());
      await recordAudit(db, request, { action: 'course.list', citizenPseudonyms: [citizen.pseudonym] });
      return { courses };
    },
  );

  /**
   * Enrols a citizen in a model (latest version): the first phase is the
   * model's initial phase (BRF: the programme phase for a citizen already in
   * a ressourceforløb), and a staff member (default: the citizen's responsible
   * staff member) takes one of the model's staff roles (default: its lead
   * role) from the enrolment date. The course may not overlap another course
   * of the citizen (409 naming it) unless the municipality allows parallel
   * courses and a reason is given. An ineligible citizen may be enrolled by
   * decision, with a reason category and text kept on the course.
   */
  r.post(
    '/api/citizens/:id/courses',
    {
      schema: {
        tags: ['courses'],
        summary: 'Enrol a citizen in an intervention model',
        params: idParams,
        body: enrolBody,
        response: { 201: courseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.write');
      const body = request.body;
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const definition = requestedModel(body.modelId);
      const { role, staffField, requestedStaff, initialPhase } = checkEnrolBody(body, definition);
      const courseId = await db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('citizen').select(['unit_id', 'responsible_staff_id']).where('id', '=', citizen.id).executeTakeFirstOrThrow();
        const unitId = body.unitId ?? current.unit_id;
        await checkCourseUnit(request, trx, unitId);
        let staffId = requestedStaff === undefined ? current.responsible_staff_id : requestedStaff;
        if (requestedStaff) await checkStaff(request, trx, requestedStaff, staffField, role);
        else if (staffId && !(await canTakeRole(trx, staffId, role))) {
          // The default only applies while the responsible staff member is active and can hold the role.
          staffId = null;
        }
        const parallelReason = await checkOneTreatment(
          trx,
          { id: citizen.id, unitId: current.unit_id },
          { id: '', modelId: definition.id, enrolmentDate: body.enrolmentDate, endDate: null },
          body.parallelReason ?? null,
          'enrolmentDate',
        );
        const eligibility = await evaluateEligibility(trx, definition, {
          citizenId: citizen.id,
          citizenUnitId: citizen.unit_id,
          asOf: body.enrolmentDate,
          housingArea: body.housingArea ?? null,
        });
        const reasonFields = checkIneligibleReason(eligibility.status, { code: body.ineligibleReasonCode, text: body.ineligibleReasonText });
        if (Object.keys(reasonFields).length > 0) throw badRequest('Begrundelsen for indskrivningen passer ikke til målgruppetjekket.', reasonFields);
        const id = await insertCourse(trx, {
          citizenId: citizen.id,
          modelId: definition.id,
          modelVersion: definition.version,
          unitId,
          enrolmentDate: body.enrolmentDate,
          initialPhase,
          housingArea: body.housingArea ?? null,
          servedFromOutreach: body.servedFromOutreach ?? null,
          createdBy: user.id,
          eligibility: eligibility.status,
          ineligibleReason: eligibility.status === 'not_eligible' ? { code: body.ineligibleReasonCode!, text: body.ineligibleReasonText! } : null,
          parallelReason,
          alreadyInProgramme: body.alreadyInProgramme === true,
        });
        if (staffId) await insertAssignment(trx, { courseId: id, staffId, role, fromDate: body.enrolmentDate });
        await recordAudit(trx, request, {
          action: 'course.create',
          citizenPseudonyms: [citizen.pseudonym],
          detail: {
            courseId: id,
            modelId: definition.id,
            modelVersion: definition.version,
            eligibility: eligibility.status,
            ...(eligibility.status === 'not_eligible' ? { ineligibleReason: body.ineligibleReasonCode } : {}),
            ...(parallelReason ? { parallel: true } : {}),
            staffRole: staffId ? role : null,
          },
        });
        return id;
      });
      return reply.status(201).send(await courseDetail(db, courseId, { today: today(), eligibilityAsOf: body.enrolmentDate }));
    },
  );

  /** One course with eligibility, visitation, phases, staff, tracks and today's rule results. */
  r.get(
    '/api/courses/:id',
    { schema: { tags: ['courses'], summary: 'Read a course', params: courseParams, response: { 200: courseSchema, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const key = await accessibleCourse(request, db, request.params.id);
      const course = await courseDetail(db, key.courseId, { today: today() });
      await recordAudit(db, request, { action: 'course.read', citizenPseudonyms: [key.pseudonym], detail: { courseId: key.courseId } });
      return course;
    },
  );

  /**
   * Updates a course: its unit (the unit history closes the day before today
   * and a new spell starts today), the outreach fields, or its end (end date
   * and reason together; both null reopens it). Ending also ends the open
   * staff assignments and group-activity participations on the end date.
   * Reopening is refused (409) when the course would then overlap another
   * course of the citizen, unless the municipality allows parallel courses
   * and `parallelReason` is given (or was given at enrolment).
   */
  r.patch(
    '/api/courses/:id',
    {
      schema: {
        tags: ['courses'],
        summary: 'Update or end a course',
        params: courseParams,
        body: patchBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const day = today();
      await db
        .transaction()
        .execute(async (trx) => {
          const course = await lockCourse(trx, key.courseId);
          if (!course) throw notFound('Forløbet');
          if (course.version !== body.version) throw stale();
          const end = checkCourseEnd({ enrolmentDate: course.enrolment_date, endDate: course.end_date, endReason: course.end_reason }, body.endDate, body.endReason, day);
          if (!end.ok) throw badRequest('Forløbet kan ikke afsluttes sådan.', end.fields);
          const changes: CourseChanges = {};
          const moving = body.unitId !== undefined && body.unitId !== course.unit_id;
          if (moving) {
            const endedAfter = end.change ? end.change.endDate !== null : course.end_date !== null;
            if (endedAfter) {
              throw badRequest('Et afsluttet forløb kan ikke flyttes.', { unitId: 'Flyt forløbet, mens det er aktivt, og afslut det bagefter.' });
            }
            await checkCourseUnit(request, trx, body.unitId!);
            changes.unit_id = body.unitId!;
          }
          if (body.housingArea !== undefined) changes.housing_area = body.housingArea;
          if (body.servedFromOutreach !== undefined) changes.served_from_outreach = body.servedFromOutreach;
          if (end.change) {
            changes.end_date = end.change.endDate;
            changes.end_reason = end.change.endReason;
          }
          const reopening = end.change !== undefined && end.change.endDate === null && course.end_date !== null;
          if (reopening) {
            // Running on again may make the course overlap one started after it ended.
            const citizenUnit = await trx.selectFrom('citizen').select('unit_id').where('id', '=', course.citizen_id).executeTakeFirstOrThrow();
            const parallelReason = await checkOneTreatment(
              trx,
              { id: course.citizen_id, unitId: citizenUnit.unit_id },
              { id: course.id, modelId: course.model_id, enrolmentDate: course.enrolment_date, endDate: null },
              body.parallelReason ?? course.parallel_reason,
              'endDate',
            );
            // A reason given at enrolment stays with the course when the reopened course overlaps nothing.
            if (parallelReason !== null) changes.parallel_reason = parallelReason;
          }
          if (!(await updateCourse(trx, course.id, body.version, changes))) throw stale();
          if (reopening) {
            // Undo exactly what ending the course closed on its last day.
            await setUnitSpellEnd(trx, course.id, null, course.end_date);
            await reopenAssignmentsEndedOn(trx, course.id, course.end_date!);
            await rejoinActivitiesLeftOn(trx, course.id, course.end_date!);
          }
          if (moving) await applyUnitMove(trx, course.id, body.unitId!, planUnitMove(await openUnitSpell(trx, course.id), body.unitId!, day));
          if (end.change?.endDate) {
            await setUnitSpellEnd(trx, course.id, end.change.endDate, null);
            await endOpenAssignments(trx, course.id, end.change.endDate);
            await leaveActivitiesOn(trx, course.id, end.change.endDate);
          }
          await recordAudit(trx, request, {
            action: end.change?.endDate ? 'course.end' : 'course.update',
            citizenPseudonyms: [key.pseudonym],
            detail: { courseId: course.id, fields: Object.keys(changes) },
          });
        })
        .catch((error: unknown) => {
          // checkOneTreatment refuses this first; the index is the last guard.
          if (isUniqueViolation(error)) {
            throw conflict(`Borgeren har allerede et aktivt forløb i ${courseModel(key.modelId, key.modelVersion).name.da}.`, {
              endDate: 'Forløbet kan ikke genåbnes, mens et andet forløb i samme model er aktivt.',
            });
          }
          throw error;
        });
      return courseDetail(db, key.courseId, { today: day });
    },
  );
}
