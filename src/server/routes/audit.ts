/** Searching the audit log (administrators). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { requirePermission, scopeUnitIds } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { errorResponses, isoDate, paging } from '../schemas.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  staffId: z.string().nullable(),
  staffUsername: z.string().nullable(),
  action: z.string(),
  method: z.string().nullable(),
  route: z.string().nullable(),
  citizenPseudonym: z.string().nullable(),
  detail: z.unknown().nullable(),
});

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Audit events, newest first, by citizen (pseudonym or id) and/or staff member (username or id). */
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log (admin)',
        querystring: z.object({
          citizen: z.string().trim().max(64).optional().describe('Citizen pseudonym or internal id'),
          staff: z.string().trim().max(64).optional().describe('Staff username or id'),
          action: z.string().trim().max(64).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          ...paging,
        }),
        response: { 200: z.object({ total: z.number().int(), items: z.array(auditEventSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'audit.read');
      const q = request.query;
      let pseudonym: string | undefined;
      if (q.citizen) {
        if (uuidPattern.test(q.citizen)) {
          const row = await db.selectFrom('citizen').select('pseudonym').where('id', '=', q.citizen).executeTakeFirst();
          pseudonym = row?.pseudonym ?? '(ukendt)';
        } else pseudonym = q.citizen.toUpperCase();
      }
      // Only events by staff of, or about citizens in, the administrator's units.
      const scope = await scopeUnitIds(request);
      let query = db
        .selectFrom('audit_event')
        .where((eb) =>
          eb.or([
            eb('staff_id', 'in', eb.selectFrom('staff').select('staff.id').where('staff.unit_id', 'in', scope)),
            eb('citizen_pseudonym', 'in', eb.selectFrom('citizen').select('citizen.pseudonym').where('citizen.unit_id', 'in', scope)),
          ]),
        );
      if (pseudonym) query = query.where('citizen_pseudonym', '=', pseudonym);
      if (q.staff) query = query.where(uuidPattern.test(q.staff) ? 'staff_id' : 'staff_username', '=', uuidPattern.test(q.staff) ? q.staff : q.staff.toLowerCase());
      if (q.action) query = query.where('action', '=', q.action);
      if (q.from) query = query.where('at', '>=', sql<Date>`${q.from}::date`);
      if (q.to) query = query.where('at', '<', sql<Date>`${q.to}::date + 1`);
      const [count, rows] = await Promise.all([
        query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
        query.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
      ]);
      await recordAudit(db, request, { action: 'audit.search', detail: { citizen: pseudonym ?? null, staff: q.staff ?? null } });
      return {
        total: count.n,
        items: rows.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          staffId: row.staff_id,
          staffUsername: row.staff_username,
          action: row.action,
          method: row.method,
          route: row.route,
          citizenPseudonym: row.citizen_pseudonym,
          detail: row.detail ?? null,
        })),
      };
    },
  );
}
