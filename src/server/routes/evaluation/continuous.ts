/**
 * Continuous evaluation on the status report (issue 13): GET
 * /api/evaluation/continuous?modelId=&unitId= answers the series of monthly
 * effect re-estimates for a model in a case-system unit
 * (store/evaluation/continuous.ts; cached, recomputed when its inputs
 * changed). An aggregate on the status report, so the status report's
 * access applies: permission monitoring.read, and the unit must be one the
 * caller may open there (routes/monitoring/access.ts; else 404).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ContinuousPoint } from '../../../domain/evaluation/continuous.ts';
import { AnalysisError } from '../../../domain/evaluation/analysis-error.ts';
import { continuousSeries as loadSeries } from '../../../store/evaluation/continuous.ts';
import { loadUnitDirectory, type UnitDirectory } from '../../../store/monitoring/units.ts';
import { requirePermission } from '../../access.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { requireUnit, unitAccess } from '../monitoring/access.ts';
import { continuousPoint, continuousSeries } from './schemas.ts';

// Compile-time check: the domain's point is the API's point.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pointMatches: Same<z.infer<typeof continuousPoint>, ContinuousPoint> = true;
void pointMatches;

/**
 * The unit as a case-system id (`unitId`, the contract's) or as the status
 * report's unit key (`unit`: 'municipality:<kommunekode>' or 'unit:<uuid>'),
 * which is what the status report page has.
 */
export const continuousQuery = z
  .object({
    modelId: z.string().min(1, { error: 'Vælg en model.' }),
    unitId: z.string().uuid({ error: 'Skal være et id (uuid).' }).optional(),
    unit: z
      .string()
      .regex(/^(municipality:\d{3,4}|unit:[0-9a-f-]{36})$/, { error: 'Skal være en kommune eller en enhed (municipality:<kode> eller unit:<id>).' })
      .optional(),
  })
  .refine((q) => (q.unitId === undefined) !== (q.unit === undefined), { error: 'Angiv enten unitId eller unit.', path: ['unitId'] });

/** The case-system unit of a status-report unit key, if it names one. */
function caseUnitOf(directory: UnitDirectory, key: string): string | null {
  const [type, id] = key.split(':') as [string, string];
  if (type === 'unit') return directory.units.has(id) ? id : null;
  return [...directory.units.values()].find((u) => u.kind === 'municipality' && u.municipalityCode === id)?.id ?? null;
}

export async function continuousRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;
  const staffUnit = async (id: string) => (await db().selectFrom('staff').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;

  r.get(
    '/api/evaluation/continuous',
    {
      schema: {
        tags: ['evaluation'],
        summary: "Continuous evaluation: the model's effect in a unit re-estimated for each of the last 12 closed months (status report; monitoring.read)",
        querystring: continuousQuery,
        response: { 200: continuousSeries, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'monitoring.read');
      const { modelId } = request.query;
      const directory = await loadUnitDirectory(db());
      // A municipality outside the case system has no courses, so no series: 404 as for an unknown unit.
      const unitId = request.query.unitId ?? caseUnitOf(directory, request.query.unit!);
      if (unitId === null || !directory.units.has(unitId)) throw notFound('Enheden');
      await requireUnit(await unitAccess(request, user), directory, directory.keyOf(unitId), staffUnit);
      try {
        const { cached: _cached, ...series } = await loadSeries(db(), { modelId, unitId, closeAfterDays: app.ctx.monitoringCloseDays });
        return series;
      } catch (error) {
        if (error instanceof AnalysisError) {
          if (error.code === 'unknown_unit') throw notFound('Enheden');
          throw badRequest(error.message, error.field ? { [error.field]: error.message } : undefined);
        }
        throw error;
      }
    },
  );
}
