/**
 * Match suggestions for a citizen's course: every open opening and every
 * company without one in the caller's municipality, scored against the
 * citizen's active job goals and postcode (domain/companies/matching.ts,
 * docs/matching.md) and ranked best first.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { industryOf } from '../../../domain/companies/company.ts';
import { industry10Groups, industry10Of } from '../../../domain/companies/industry.ts';
import { candidateIndustry, candidatesFor, matchParams, rankCompanies } from '../../../domain/companies/matching.ts';
import { today as todayIso } from '../../../store/facts.ts';
import { loadCourseProfile, loadNetwork } from '../../../store/matching.ts';
import { postcodeDirectory } from '../../../store/postcodes.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { candidateCourse } from '../courses/access.ts';
import { listLimit, matchSuggestionSchema } from './schemas.ts';

const maxKmQuery = z.coerce
  .number({ error: 'Skal være et tal (km).' })
  .positive({ error: 'Skal være over 0 km.' })
  .max(500, { error: 'Højst 500 km.' })
  .optional()
  .describe('Distance in km that gives 0 distance points (default 40)');

export function suggestionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /**
   * Companies and openings for a citizen, best first, each with the four
   * score components and their reasons. Audited for the citizen.
   */
  r.get(
    '/api/courses/:id/match-suggestions',
    {
      schema: {
        tags: ['matching'],
        summary: 'Ranked company and opening suggestions for a citizen’s course, with explained scores',
        params: idParams,
        querystring: z.object({
          limit: listLimit,
          maxKm: maxKmQuery,
          industry10: z.enum(industry10Groups, { error: `Skal være en af: ${industry10Groups.join(', ')}.` }).optional(),
          openingsOnly: z.enum(['true', 'false'], { error: 'Skal være true eller false.' }).optional().describe('Only open openings, no companies as a whole'),
        }),
        response: {
          200: z.object({
            citizen: z.object({ id: z.string(), name: z.string(), postcode: z.string().nullable(), city: z.string().nullable() }),
            jobGoals: z.array(
              z.object({ tier: z.enum(['A', 'B', 'C']), occupationCode: z.string().nullable(), occupationText: z.string().nullable(), industryCode: z.string().nullable() }),
            ),
            suggestions: z.array(matchSuggestionSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      requirePermission(request, 'company.read');
      // Companies for a candidate: also for a company consultant matching from their units' pool.
      const course = (await candidateCourse(request, db, request.params.id)).key;
      const { limit, maxKm, industry10, openingsOnly } = request.query;
      const today = todayIso();
      const [profile, network] = await Promise.all([
        loadCourseProfile(db, course.courseId, today),
        callerMunicipality(request).then((municipalityId) => loadNetwork(db, municipalityId, today)),
      ]);
      if (!profile) throw new Error('course just checked could not be read');
      let candidates = candidatesFor(network, { openingsOnly: openingsOnly === 'true' });
      if (industry10) candidates = candidates.filter((c) => industry10Of(candidateIndustry(c)) === industry10);
      const ranked = rankCompanies(profile, candidates, postcodeDirectory(), matchParams(maxKm ? { maxKm } : {})).slice(0, limit);
      await recordAudit(db, request, {
        action: 'match_suggestions.read',
        citizenPseudonyms: [course.pseudonym],
        detail: { courseId: course.courseId, suggestions: ranked.length },
      });
      return {
        citizen: { id: profile.citizenId, name: profile.name, postcode: profile.postcode, city: profile.city },
        jobGoals: profile.jobGoals,
        suggestions: ranked.map(({ item, score, rank, distanceKm, components }) => ({
          company: { id: item.company.id, name: item.company.name, industry: industryOf(item.company.industryCode), postcode: item.company.mainPostcode, city: item.company.mainCity },
          opening: item.opening
            ? { id: item.opening.id, title: item.opening.title, hoursMin: item.opening.hoursMin, hoursMax: item.opening.hoursMax, paidFromStart: item.opening.paidFromStart }
            : null,
          score,
          rank,
          distanceKm,
          components,
        })),
      };
    },
  );
}
