/**
 * The target-group check for a citizen and a model, and its route:
 * GET /api/models/:id/eligibility/:citizenId.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { eligibilityContext } from '../../../domain/cases/eligibility-context.ts';
import { checkEligibility } from '../../../domain/models/eligibility.ts';
import { registry } from '../../../domain/models/registry.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';
import { residenceInputs } from '../../../store/cases/course-eligibility.ts';
import { today, loadCitizenFacts } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { notFound } from '../../errors.ts';
import { errorResponses, isoDate, optionalText } from '../../schemas.ts';
import { accessibleCitizen } from './access.ts';
import { eligibilityParams, eligibilitySchema, type EligibilityResponse } from './schemas.ts';

export interface EligibilityRequest {
  citizenId: string;
  /** The citizen's unit: its municipality's housing areas qualify for the TRIN model. */
  citizenUnitId: string;
  asOf: string;
  /** A housing area stated on the course (or the enrolment form); it counts only when the citizen has no address registered. */
  housingArea: string | null;
}

/** Checks the citizen against the model's target group on `asOf`. */
export async function evaluateEligibility(db: Kysely<Database>, definition: ModelDefinition, r: EligibilityRequest): Promise<EligibilityResponse> {
  const [facts, { address, areas }] = await Promise.all([loadCitizenFacts(db, r.citizenId), residenceInputs(db, r.citizenId, r.citizenUnitId)]);
  const result = checkEligibility(definition, facts, r.asOf, eligibilityContext(address, areas, r.housingArea));
  return { modelId: definition.id, version: definition.version, asOf: r.asOf, ...result };
}

export async function eligibilityRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Whether a citizen belongs to a model's target group, rule by rule with the reasons (latest model version). */
  r.get(
    '/api/models/:id/eligibility/:citizenId',
    {
      schema: {
        tags: ['courses'],
        summary: 'Check a citizen against a model’s target group',
        params: eligibilityParams,
        querystring: z.object({
          asOf: isoDate.optional().describe('Default: today'),
          housingArea: optionalText(120).describe('The housing area the citizen lives in; counts only when the citizen has no address registered (TRIN model)'),
        }),
        response: { 200: eligibilitySchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const definition = registry.get(request.params.id);
      if (!definition) throw notFound('Modellen');
      const citizen = await accessibleCitizen(request, db, request.params.citizenId);
      const asOf = request.query.asOf ?? today();
      const result = await evaluateEligibility(db, definition, {
        citizenId: citizen.id,
        citizenUnitId: citizen.unit_id,
        asOf,
        housingArea: request.query.housingArea ?? null,
      });
      await recordAudit(db, request, {
        action: 'course.eligibility',
        citizenPseudonyms: [citizen.pseudonym],
        detail: { modelId: definition.id, status: result.status },
      });
      return result;
    },
  );
}
