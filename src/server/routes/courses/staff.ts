/**
 * Staff on a course: assigning a role ends the previous holder the day
 * before (continuity is measured from these rows), and an assignment can be
 * ended or reopened.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkAssignmentEnd, planAssignment } from '../../../domain/cases/course-staff.ts';
import { insertAssignment, listAssignments, setAssignmentEnd } from '../../../store/cases/course-staff.ts';
import { lockCourse } from '../../../store/cases/courses.ts';
import { today } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { accessibleCourse, checkStaff } from './access.ts';
import { courseDetail } from './detail.ts';
import { assignmentParams, courseParams, courseSchema, staffBody, staffEndBody } from './schemas.ts';

export async function courseStaffRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Assigns a staff member (active, in the caller's units) to a role from `fromDate`; the current holder ends the day before. */
  r.post(
    '/api/courses/:id/staff',
    {
      schema: {
        tags: ['courses'],
        summary: 'Assign a staff member to a course role',
        params: courseParams,
        body: staffBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        await checkStaff(request, trx, body.staffId, 'staffId', body.role);
        const existing = await listAssignments(trx, [course.id]);
        const plan = planAssignment(existing, body, { enrolmentDate: course.enrolment_date, endDate: course.end_date });
        if (!plan.ok) throw badRequest('Medarbejderen kan ikke tilknyttes.', { [plan.field]: plan.reason });
        for (const end of plan.end) await setAssignmentEnd(trx, end.id, end.toDate);
        await insertAssignment(trx, { courseId: course.id, staffId: body.staffId, role: body.role, fromDate: body.fromDate });
        await recordAudit(trx, request, {
          action: 'course.staff.assign',
          citizenPseudonyms: [key.pseudonym],
          detail: { courseId: course.id, role: body.role, staffId: body.staffId, fromDate: body.fromDate, ended: plan.end.map((e) => e.id) },
        });
      });
      return courseDetail(db, key.courseId, { today: today() });
    },
  );

  /** Sets the last day of an assignment (null reopens it when no later holder exists). */
  r.patch(
    '/api/courses/:id/staff/:assignmentId',
    {
      schema: {
        tags: ['courses'],
        summary: 'End or reopen a course role assignment',
        params: assignmentParams,
        body: staffEndBody,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCourse(request, db, request.params.id);
      const { toDate } = request.body;
      await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        const existing = await listAssignments(trx, [course.id]);
        const assignment = existing.find((a) => a.id === request.params.assignmentId);
        if (!assignment) throw notFound('Tilknytningen');
        const check = checkAssignmentEnd(assignment, existing, toDate, { enrolmentDate: course.enrolment_date, endDate: course.end_date });
        if (!check.ok) throw badRequest('Tilknytningen kan ikke ændres.', { [check.field]: check.reason });
        await setAssignmentEnd(trx, assignment.id, toDate);
        await recordAudit(trx, request, {
          action: 'course.staff.end',
          citizenPseudonyms: [key.pseudonym],
          detail: { courseId: course.id, assignmentId: assignment.id, role: assignment.role, toDate },
        });
      });
      return courseDetail(db, key.courseId, { today: today() });
    },
  );
}
