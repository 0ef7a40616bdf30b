/**
 * The placements at a company, for the company page. Placements are citizen
 * data: citizens in the caller's scope are listed by name and course and the
 * read is audited with their pseudonyms; placements of other citizens are
 * shown without who they are (`citizen: null`), so the company's figures stay
 * whole without revealing anyone.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../../domain/organisation/roles.ts';
import { endReasons } from '../../../domain/placements/placement.ts';
import { placementTypes } from '../../../domain/rules/facts.ts';
import { listCompanyPlacements } from '../../../store/companies/placements.ts';
import { requirePermission, visibleCitizens } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { accessibleCompany, today } from './shared.ts';

const companyPlacementSchema = z.object({
  id: z.string(),
  type: z.enum(placementTypes),
  from: z.string(),
  to: z.string().nullable(),
  endReason: z.enum(endReasons).nullable(),
  citizen: z
    .object({ id: z.string(), name: z.string(), courseId: z.string() })
    .nullable()
    .describe('null for citizens outside the caller’s units'),
  paidHoursTotal: z.number(),
  unpaidHoursTotal: z.number(),
  latestWeek: z
    .object({ weekStart: z.string(), unpaidHours: z.number().nullable(), paidHours: z.number().nullable() })
    .nullable()
    .describe('The latest week with actual hours recorded'),
});

export function companyPlacementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Current and past placements at a company, running ones first (audited for the citizens listed). */
  r.get(
    '/api/companies/:id/placements',
    {
      schema: {
        tags: ['companies'],
        summary: 'List the placements at a company',
        params: idParams,
        response: { 200: z.object({ placements: z.array(companyPlacementSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'company.read');
      const company = await accessibleCompany(request, db, request.params.id);
      const rows = await listCompanyPlacements(db, company.id, today());
      // Citizens are named only where the caller may read them (need to know); the rest show as a count.
      const seen = can(user.roles, 'citizen.read') ? await visibleCitizens(request, rows.map((row) => row.citizen.id)) : new Set<string>();
      const placements = rows.map((row) => ({
        id: row.id,
        type: row.type,
        from: row.from,
        to: row.to,
        endReason: row.endReason,
        citizen: seen.has(row.citizen.id) ? { id: row.citizen.id, name: row.citizen.name, courseId: row.courseId } : null,
        paidHoursTotal: row.paidHoursTotal,
        unpaidHoursTotal: row.unpaidHoursTotal,
        latestWeek: row.latestWeek,
      }));
      const shown = [...new Set(rows.filter((row) => seen.has(row.citizen.id)).map((row) => row.citizen.pseudonym))];
      if (shown.length) {
        await recordAudit(db, request, { action: 'company.placements.list', citizenPseudonyms: shown, detail: { companyId: company.id } });
      }
      return { placements };
    },
  );
}
