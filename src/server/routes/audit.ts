/**
 * Searching the audit log (audit.read: administrators, and managers for
 * their units), so the municipality can answer a citizen's access request
 * (GDPR art. 15): who read or changed what about the citizen, and when,
 * including the lists the citizen appeared on. A citizen is named by
 * pseudonym or internal id, or by CPR number in the body of POST
 * /api/audit/search (never in a URL); the CPR lookup is itself audited.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseCpr } from '../../domain/identity/cpr.ts';
import { cprLookupHash } from '../../domain/identity/cpr-lookup-hash.ts';
import { searchAudit, pseudonymInUnits, type AuditFilter } from '../../store/audit-search.ts';
import { citizenIdByCpr } from '../../store/identity.ts';
import { callerMunicipality, requirePermission, scopeUnitIds } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ApiError } from '../errors.ts';
import { errorResponses, isoDate, paging } from '../schemas.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  staffId: z.string().nullable(),
  staffUsername: z.string().nullable(),
  staffName: z.string().nullable(),
  action: z.string(),
  method: z.string().nullable(),
  route: z.string().nullable(),
  citizenPseudonym: z.string().nullable().describe('The one citizen of a one-citizen event'),
  citizenPseudonyms: z.array(z.string()).describe('Every citizen the event touched or showed (a list page names all it showed)'),
  detail: z.unknown().nullable(),
});

const filterFields = {
  citizen: z.string().trim().max(64).optional().describe('Citizen pseudonym or internal id'),
  staff: z.string().trim().max(64).optional().describe('Staff username or id'),
  action: z.string().trim().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...paging,
};

const searchBody = z
  .object({
    ...filterFields,
    cpr: z
      .string()
      .trim()
      .optional()
      .superRefine((value, ctx) => {
        if (!value) return;
        const result = parseCpr(value);
        if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
      })
      .describe('The citizen’s CPR number (looked up, never stored in the log; the lookup is audited)'),
  })
  .refine((body) => !(body.cpr && body.citizen), { error: 'Angiv enten CPR-nummer eller pseudonym, ikke begge.', path: ['cpr'] });

const resultSchema = z.object({
  citizen: z.object({ pseudonym: z.string() }).nullable().describe('The citizen searched for, when one was named'),
  total: z.number().int(),
  items: z.array(auditEventSchema),
});

type Filters = z.infer<z.ZodObject<typeof filterFields>> & { cpr?: string | undefined };

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The citizen's pseudonym from a CPR number, pseudonym or id; 404 (field named) when not in the caller's units. */
  async function citizenPseudonym(request: FastifyRequest, filters: Filters, scope: string[]): Promise<string | undefined> {
    if (filters.cpr) {
      const cpr = parseCpr(filters.cpr);
      const id = cpr.ok ? await citizenIdByCpr(db, await callerMunicipality(request), cpr.value.digits) : undefined;
      const pseudonym = id ? await pseudonymInUnits(db, id, scope) : undefined;
      // The lookup itself is an access to the citizen's identity: audited, found or not.
      const notFoundHash = !pseudonym && cpr.ok ? { cprHash: cprLookupHash(app.ctx.installationSecret, cpr.value.digits) } : {};
      await recordAudit(db, request, { action: 'audit.lookup_by_cpr', citizenPseudonyms: pseudonym ? [pseudonym] : [], detail: { found: Boolean(pseudonym), ...notFoundHash } });
      if (!pseudonym) throw new ApiError(404, 'not_found', 'Borgeren blev ikke fundet.', { cpr: 'Ingen borger med dette CPR-nummer i dine enheder.' });
      return pseudonym;
    }
    if (!filters.citizen) return undefined;
    if (uuidPattern.test(filters.citizen)) {
      const pseudonym = await pseudonymInUnits(db, filters.citizen, scope);
      if (!pseudonym) throw new ApiError(404, 'not_found', 'Borgeren blev ikke fundet.', { citizen: 'Ingen borger med dette id i dine enheder.' });
      return pseudonym;
    }
    return filters.citizen.toUpperCase();
  }

  async function search(request: FastifyRequest, filters: Filters) {
    requirePermission(request, 'audit.read');
    // Only events by staff of, or about citizens in, the caller's units.
    const scope = await scopeUnitIds(request);
    const pseudonym = await citizenPseudonym(request, filters, scope);
    const staff = filters.staff;
    const filter: AuditFilter = {
      unitIds: scope,
      ...(pseudonym ? { pseudonym } : {}),
      ...(staff ? (uuidPattern.test(staff) ? { staffId: staff } : { staffUsername: staff.toLowerCase() }) : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      limit: filters.limit,
      offset: filters.offset,
    };
    const result = await searchAudit(db, filter);
    await recordAudit(db, request, {
      action: 'audit.search',
      detail: { citizen: pseudonym ?? null, byCpr: Boolean(filters.cpr), staff: staff ?? null, action: filters.action ?? null, from: filters.from ?? null, to: filters.to ?? null },
    });
    return { citizen: pseudonym ? { pseudonym } : null, ...result };
  }

  /** Audit events, newest first, by citizen (pseudonym or id), staff member (username or id), action and period. */
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log (audit.read)',
        querystring: z.object(filterFields),
        response: { 200: resultSchema, ...errorResponses },
      },
    },
    (request) => search(request, request.query),
  );

  /**
   * The same search with the citizen named by CPR number in the body, to
   * answer a citizen's access request (GDPR art. 15). The CPR number is
   * looked up (and the lookup audited), never written to the log.
   */
  r.post(
    '/api/audit/search',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log, the citizen named by CPR number in the body (audit.read)',
        body: searchBody,
        response: { 200: resultSchema, ...errorResponses },
      },
    },
    (request) => search(request, request.body),
  );
}
