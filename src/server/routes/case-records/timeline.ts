/** The citizen's case history as one list, newest first. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { citizenTimeline, timelineKinds } from '../../../store/cases/timeline.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { accessibleCitizen } from './shared.ts';

const eventSchema = z.object({
  at: z.string().describe('The day, YYYY-MM-DD'),
  kind: z.enum(timelineKinds),
  title: z.string(),
  detail: z.string().nullable(),
  courseId: z.string().nullable(),
});

export function timelineRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /**
   * Courses, phase changes, visitation, staff, plan and CV versions, job goals,
   * contacts, measurements, rehabilitation and CTI dates, and the work with
   * companies (matches, work agreement versions, placements, follow-ups and
   * aftercare contacts), newest first.
   */
  r.get(
    '/api/citizens/:id/timeline',
    {
      schema: {
        tags: ['records'],
        summary: 'A citizen’s case timeline',
        params: idParams,
        response: { 200: z.object({ events: z.array(eventSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const events = await citizenTimeline(db, citizen.id);
      await recordAudit(db, request, { action: 'timeline.read', citizenPseudonyms: [citizen.pseudonym] });
      return { events };
    },
  );
}
