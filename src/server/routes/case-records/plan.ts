/**
 * The plan of a course: every saved version is kept; a save names the version
 * it started from (`baseVersion`) and is refused with 409 stale when someone
 * saved in between, so nothing is overwritten.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { PlanContentSchema, StoredPlanContentSchema } from '../../../domain/cases/plan.ts';
import { getPlanVersion, listPlanVersions, savePlanVersion } from '../../../store/cases/plan.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { notFound } from '../../errors.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { accessibleCourse, baseVersionSchema, staleVersion, versionSummarySchema, written } from './shared.ts';

const planVersionSchema = versionSummarySchema.extend({ content: StoredPlanContentSchema });

export function planRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The current plan of a course and the list of all its versions (newest first). */
  r.get(
    '/api/courses/:id/plan',
    {
      schema: {
        tags: ['records'],
        summary: 'Read a course’s current plan and its version history',
        params: idParams,
        response: { 200: z.object({ current: planVersionSchema.nullable(), versions: z.array(versionSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const course = await accessibleCourse(request, db, request.params.id);
      const [current, versions] = await Promise.all([getPlanVersion(db, course.courseId), listPlanVersions(db, course.courseId)]);
      await recordAudit(db, request, { action: 'plan.read', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId } });
      return { current: current ?? null, versions };
    },
  );

  /** One earlier (or the current) version of a course's plan. */
  r.get(
    '/api/courses/:id/plan/versions/:versionNo',
    {
      schema: {
        tags: ['records'],
        summary: 'Read one version of a course’s plan',
        params: idParams.extend({ versionNo: z.coerce.number().int().min(1) }),
        response: { 200: planVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const course = await accessibleCourse(request, db, request.params.id);
      const version = await getPlanVersion(db, course.courseId, request.params.versionNo);
      if (!version) throw notFound('Planversionen');
      await recordAudit(db, request, {
        action: 'plan.read',
        citizenPseudonyms: [course.pseudonym],
        detail: { courseId: course.courseId, versionNo: version.versionNo },
      });
      return version;
    },
  );

  /** Saves a new plan version (versionNo = baseVersion + 1); 409 stale when baseVersion is not the newest. */
  r.post(
    '/api/courses/:id/plan',
    {
      schema: {
        tags: ['records'],
        summary: 'Save a new version of a course’s plan',
        params: idParams,
        body: z.object({ baseVersion: baseVersionSchema, content: PlanContentSchema }),
        response: { 201: planVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.write');
      const course = await accessibleCourse(request, db, request.params.id);
      const { baseVersion, content } = request.body;
      const versionNo = await db
        .transaction()
        .execute(async (trx) => {
          const saved = await savePlanVersion(trx, course.courseId, baseVersion, content, user.id);
          if (!saved.ok) throw staleVersion('Planen', baseVersion, saved.currentVersionNo);
          await recordAudit(trx, request, {
            action: 'plan.create',
            citizenPseudonyms: [course.pseudonym],
            detail: { courseId: course.courseId, versionNo: saved.versionNo },
          });
          return saved.versionNo;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw staleVersion('Planen', baseVersion, baseVersion + 1);
          throw error;
        });
      return reply.status(201).send(written(await getPlanVersion(db, course.courseId, versionNo), 'plan version'));
    },
  );
}
