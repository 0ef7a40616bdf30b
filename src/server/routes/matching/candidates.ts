/**
 * The reverse of the suggestions: citizens from the caller's caseload ranked
 * for one opening or one company, with the same score components
 * (domain/companies/matching.ts rankCitizens). The caseload is the active
 * courses where the caller holds a course role today; a manager or company
 * consultant (matchingPool in the roles module) gets every active course in
 * their units, as candidate profiles: name, postcode, model, phase and the
 * score's reasons, never contact details or case notes. One audit event
 * lists every citizen shown.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rankCitizens, type CompanyCandidate } from '../../../domain/companies/matching.ts';
import { matchingPool } from '../../../domain/organisation/roles.ts';
import { today as todayIso } from '../../../store/facts.ts';
import { openingKey } from '../../../store/companies/openings.ts';
import { loadCaseloadProfiles, loadNetwork, type MatchCompany } from '../../../store/matching.ts';
import { postcodeDirectory } from '../../../store/postcodes.ts';
import { callerMunicipality, currentUser, requirePermission, scopeUnitIds } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { notFound } from '../../errors.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { candidateSuggestionSchema, listLimit } from './schemas.ts';

const candidateRouteSchema = (summary: string) => ({
  tags: ['matching'],
  summary,
  params: idParams,
  querystring: z.object({ limit: listLimit }),
  response: { 200: z.object({ candidates: z.array(candidateSuggestionSchema) }), ...errorResponses },
});

export function candidateRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The caller's municipality, after checking they may read citizens and companies. */
  function readerMunicipality(request: FastifyRequest): Promise<string> {
    requirePermission(request, 'citizen.read');
    requirePermission(request, 'company.read');
    return callerMunicipality(request);
  }

  /**
   * Ranks the caseload for the candidate and answers with the best `limit`.
   * A citizen with several active courses is listed once, with the course
   * that scores best.
   */
  async function rankCaseload(request: FastifyRequest, candidate: CompanyCandidate, limit: number, detail: Record<string, unknown>) {
    const user = currentUser(request);
    const today = todayIso();
    const scope = await scopeUnitIds(request);
    // matchingPool (roles module): a manager or company consultant ranks every active course in
    // their units as a candidate profile (no contact details or case notes); others their caseload.
    const caseload = matchingPool(user.roles) === 'units' ? { unitIds: scope } : { staffId: user.id };
    const courses = await loadCaseloadProfiles(db, caseload, scope, today);
    const ranked = rankCitizens(
      candidate,
      courses.map((c) => ({ ...c, id: c.courseId })),
      postcodeDirectory(),
    );
    const seen = new Set<string>();
    const best = ranked
      .filter((r) => {
        if (seen.has(r.item.citizenId)) return false;
        seen.add(r.item.citizenId);
        return true;
      })
      .slice(0, limit);
    await recordAudit(db, request, {
      action: 'match_candidates.read',
      citizenPseudonyms: best.map((r) => r.item.pseudonym),
      detail: { ...detail, candidates: best.length },
    });
    return {
      candidates: best.map(({ item, score, distanceKm, components }, index) => ({
        citizen: { id: item.citizenId, name: item.name, postcode: item.postcode },
        courseId: item.courseId,
        modelId: item.modelId,
        phase: item.phase,
        score,
        rank: index + 1,
        distanceKm,
        components,
      })),
    };
  }

  /** The company in the caller's municipality, with the network facts the score reads; 404 otherwise. */
  async function networkCompany(municipalityId: string, companyId: string, openingId?: string): Promise<MatchCompany> {
    const [company] = await loadNetwork(db, municipalityId, todayIso(), { companyId, ...(openingId ? { openingId } : {}) });
    if (!company) throw openingId ? notFound('Opslaget') : notFound('Virksomheden');
    return company;
  }

  /** Citizens from the caller's caseload ranked for one opening (any status; a filled opening scores no free places). */
  r.get(
    '/api/openings/:id/candidates',
    { schema: candidateRouteSchema('Citizens from the caller’s caseload ranked for an opening, with explained scores') },
    async (request) => {
      const municipalityId = await readerMunicipality(request);
      const companyId = (await openingKey(db, request.params.id))?.companyId;
      if (!companyId) throw notFound('Opslaget');
      const company = await networkCompany(municipalityId, companyId, request.params.id);
      const opening = company.openings[0];
      if (!opening) throw notFound('Opslaget');
      return rankCaseload(request, { company, opening }, request.query.limit, { openingId: opening.id, companyId: company.id });
    },
  );

  /** Citizens from the caller's caseload ranked for a company as a whole (its addresses and agreements). */
  r.get(
    '/api/companies/:id/candidates',
    { schema: candidateRouteSchema('Citizens from the caller’s caseload ranked for a company, with explained scores') },
    async (request) => {
      const municipalityId = await readerMunicipality(request);
      const company = await networkCompany(municipalityId, request.params.id);
      return rankCaseload(request, { company, opening: null }, request.query.limit, { companyId: company.id });
    },
  );
}
