/**
 * Job goals of a course (ABC job plan: A the wished job, B a good and
 * acceptable one, C what is needed to become self-supporting). A goal names an
 * occupation by DISCO-08 code or in words, optionally an industry (DB07), and
 * whether it is concrete and the citizen's own wish. Goals are ended, never
 * deleted, so the history stays.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { endJobGoal, getJobGoal, insertJobGoal, listJobGoals } from '../../../store/cases/job-goals.ts';
import { courseKey } from '../../../store/cases/keys.ts';
import { canSeeCitizen, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound, outOfScope } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText, staffRef } from '../../schemas.ts';
import { accessibleCourse, today, written } from './shared.ts';

const tiers = ['A', 'B', 'C'] as const;

const code = (pattern: RegExp, max: number, reason: string) =>
  optionalText(max).pipe(z.string().regex(pattern, { error: reason }).nullable().optional());

const jobGoalFields = {
  tier: z.enum(tiers, { error: 'Skal være A (ønskejob), B (godt og acceptabelt job) eller C (job der gør borgeren selvforsørgende).' }),
  occupationCode: code(/^[0-9]{1,4}$/, 4, 'En DISCO-08-kode er 1-4 cifre.').describe('DISCO-08 occupation code, 1-4 digits'),
  occupationText: optionalText(200).describe('The occupation in words'),
  industryCode: code(/^[0-9]{2,6}$/, 6, 'En DB07-branchekode er 2-6 cifre.').describe('DB07 industry code, 2-6 digits'),
  concrete: z.boolean({ error: 'Angiv om jobmålet er konkret (sand/falsk).' }),
  ownWish: z.boolean({ error: 'Angiv om jobmålet er borgerens eget ønske (sand/falsk).' }),
  setOn: isoDate,
  note: optionalText(2000),
};

const jobGoalSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  tier: z.enum(tiers),
  occupationCode: z.string().nullable(),
  occupationText: z.string().nullable(),
  industryCode: z.string().nullable(),
  concrete: z.boolean(),
  ownWish: z.boolean(),
  setOn: z.string(),
  note: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: staffRef,
});

export function jobGoalRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** A course's job goals, current ones first, ended ones included. */
  r.get(
    '/api/courses/:id/job-goals',
    {
      schema: {
        tags: ['records'],
        summary: 'List a course’s job goals',
        params: idParams,
        response: { 200: z.object({ jobGoals: z.array(jobGoalSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const course = await accessibleCourse(request, db, request.params.id);
      const jobGoals = await listJobGoals(db, course.courseId, today());
      await recordAudit(db, request, { action: 'job_goal.list', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId } });
      return { jobGoals };
    },
  );

  /** Sets a job goal; an occupation code or an occupation in words is required. */
  r.post(
    '/api/courses/:id/job-goals',
    {
      schema: {
        tags: ['records'],
        summary: 'Set a job goal for a course',
        params: idParams,
        body: z.object(jobGoalFields),
        response: { 201: jobGoalSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.write');
      const course = await accessibleCourse(request, db, request.params.id);
      const body = request.body;
      const fields: Record<string, string> = {};
      if (!body.occupationCode && !body.occupationText) {
        const reason = 'Angiv en DISCO-08-kode eller en stillingsbetegnelse.';
        fields.occupationCode = reason;
        fields.occupationText = reason;
      }
      if (body.setOn > today()) fields.setOn = 'Datoen ligger i fremtiden.';
      else if (body.setOn < course.enrolmentDate) fields.setOn = `Jobmålet hører til forløbet og kan ikke være sat før forløbets start (${course.enrolmentDate}).`;
      if (Object.keys(fields).length) throw badRequest('Jobmålet kan ikke gemmes.', fields);
      const id = await db.transaction().execute(async (trx) => {
        const goalId = await insertJobGoal(
          trx,
          course.courseId,
          {
            tier: body.tier,
            occupationCode: body.occupationCode ?? null,
            occupationText: body.occupationText ?? null,
            industryCode: body.industryCode ?? null,
            concrete: body.concrete,
            ownWish: body.ownWish,
            setOn: body.setOn,
            note: body.note ?? null,
          },
          user.id,
        );
        await recordAudit(trx, request, { action: 'job_goal.create', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId, jobGoalId: goalId } });
        return goalId;
      });
      return reply.status(201).send(written(await getJobGoal(db, id), 'job goal'));
    },
  );

  /** Ends a job goal on a date (not before it was set, not in the future). An ended goal stays as history. */
  r.patch(
    '/api/job-goals/:id',
    {
      schema: {
        tags: ['records'],
        summary: 'End a job goal',
        params: idParams,
        body: z.object({ endedOn: isoDate }),
        response: { 200: jobGoalSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const goal = await getJobGoal(db, request.params.id);
      // A goal is reachable exactly when its course is; 404 either way.
      const course = goal ? await courseKey(db, goal.courseId) : undefined;
      if (!goal || !course) throw notFound('Jobmålet');
      if (!(await canSeeCitizen(request, course.citizenId))) throw outOfScope('Jobmålet', course.citizenId);
      const { endedOn } = request.body;
      if (endedOn < goal.setOn) throw badRequest('Ugyldig slutdato.', { endedOn: `Jobmålet kan ikke slutte før det blev sat (${goal.setOn}).` });
      if (endedOn > today()) throw badRequest('Ugyldig slutdato.', { endedOn: 'Datoen ligger i fremtiden.' });
      await db.transaction().execute(async (trx) => {
        if (!(await endJobGoal(trx, goal.id, endedOn))) {
          throw conflict('Jobmålet er allerede afsluttet.', { endedOn: goal.endedOn ? `Jobmålet blev afsluttet ${goal.endedOn}.` : 'Jobmålet er allerede afsluttet.' });
        }
        await recordAudit(trx, request, { action: 'job_goal.end', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId, jobGoalId: goal.id } });
      });
      return written(await getJobGoal(db, goal.id), 'job goal');
    },
  );
}
