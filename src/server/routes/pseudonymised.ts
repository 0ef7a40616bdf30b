/**
 * Pseudonymised citizen data for analysts: no names, contact details, CPR
 * numbers or internal ids; birth year instead of birth date.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listCitizens } from '../../store/citizens.ts';
import { requirePermission, scopeUnitIds } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { errorResponses, paging } from '../schemas.ts';

const pseudonymisedCitizen = z.object({
  pseudonym: z.string(),
  birthYear: z.number().int(),
  sex: z.enum(['female', 'male']),
  unitId: z.string(),
  unitName: z.string(),
  currentBenefit: z.object({ benefitType: z.string(), readiness: z.string().nullable(), fromDate: z.string() }).nullable(),
});

export async function pseudonymisedRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Citizens in the caller's units, identified only by pseudonym. */
  r.get(
    '/api/pseudonymised/citizens',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Pseudonymised citizens (analyst, manager)',
        querystring: z.object({ ...paging }),
        response: { 200: z.object({ total: z.number().int(), items: z.array(pseudonymisedCitizen) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'pseudonymised.read');
      const page = await listCitizens(app.ctx.db, { unitIds: await scopeUnitIds(request), ...request.query });
      await recordAudit(app.ctx.db, request, { action: 'pseudonymised.list', citizenPseudonyms: page.items.map((c) => c.pseudonym) });
      return {
        total: page.total,
        items: page.items.map((c) => ({
          pseudonym: c.pseudonym,
          birthYear: Number(c.birthDate.slice(0, 4)),
          sex: c.sex,
          unitId: c.unitId,
          unitName: c.unitName,
          currentBenefit: c.currentBenefit,
        })),
      };
    },
  );
}
