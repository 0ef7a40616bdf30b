/**
 * Weekly hours of a placement: unpaid placement hours and paid ordinary
 * hours, planned and actual, one row per week (its Monday), and the
 * progression in paid hours. Everyone who works with the citizen records them
 * (case.record, mentors included).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHoursWeek } from '../../../domain/placements/hours.ts';
import { today } from '../../../store/facts.ts';
import { upsertHours } from '../../../store/placements/hours.ts';
import { lockPlacement, placementHours } from '../../../store/placements/placements.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses, idParams, optionalText } from '../../schemas.ts';
import { courseModel } from '../courses/access.ts';
import { accessiblePlacement, hoursWeekSchema, progressionSchema, tags } from './shared.ts';

const hours = z.number({ error: 'Skal være et tal.' });

const weekParams = idParams.extend({
  // Checked by the domain, so a date that is not a Monday gets the reason in fields.weekStart.
  weekStart: z.string().describe('The Monday of the week, YYYY-MM-DD'),
});

const hoursBody = z.object({
  plannedUnpaidHours: hours.describe('Planned unpaid placement hours, 0-80'),
  plannedPaidHours: hours.describe('Planned paid ordinary hours, 0-80'),
  actualUnpaidHours: hours.nullable().optional().describe('Actual unpaid hours; only once the week has begun'),
  actualPaidHours: hours.nullable().optional().describe('Actual paid ordinary hours; only once the week has begun'),
  note: optionalText(1000),
});

export function hoursRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The placement's weeks (oldest first) and the progression in actual paid hours against the course's model's hours goal. */
  r.get(
    '/api/placements/:id/hours',
    {
      schema: {
        tags,
        summary: 'Weekly hours of a placement with the progression in paid hours',
        params: idParams,
        response: { 200: z.object({ hours: z.array(hoursWeekSchema), progression: progressionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const result = await placementHours(db, placement.id, courseModel(course.modelId, course.modelVersion).hoursGoal ?? null);
      await recordAudit(db, request, { action: 'placement_hours.read', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id } });
      return result;
    },
  );

  /**
   * Records one week's hours, replacing what was recorded for that week. The
   * week is given by its Monday and must overlap the placement; actual hours
   * only once the week has begun; each figure 0-80, each week's total at most 80.
   */
  r.put(
    '/api/placements/:id/hours/:weekStart',
    {
      schema: {
        tags,
        summary: 'Record the hours of one week of a placement',
        params: weekParams,
        body: hoursBody,
        response: { 200: hoursWeekSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'case.record');
      const { placement: key, course } = await accessiblePlacement(request, db, request.params.id);
      const { weekStart } = request.params;
      const body = request.body;
      const day = today();
      return db.transaction().execute(async (trx) => {
        // Locked so an end in the same moment cannot leave hours outside the period.
        const placement = await lockPlacement(trx, key.id);
        if (!placement) throw notFound('Virksomhedsforløbet');
        const errors = checkHoursWeek(weekStart, body, placement, day);
        if (Object.keys(errors).length) throw badRequest('Timerne kan ikke gemmes.', errors);
        const week = await upsertHours(
          trx,
          placement.id,
          weekStart,
          {
            plannedUnpaidHours: body.plannedUnpaidHours,
            plannedPaidHours: body.plannedPaidHours,
            actualUnpaidHours: body.actualUnpaidHours ?? null,
            actualPaidHours: body.actualPaidHours ?? null,
            note: body.note ?? null,
          },
          user.id,
        );
        await recordAudit(trx, request, { action: 'placement_hours.write', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id, weekStart } });
        return week;
      });
    },
  );
}
