/**
 * Matching routes (issue 5, docs/contracts/companies-api.md section B;
 * the score is defined in docs/matching.md): suggestions for a citizen,
 * candidates for an opening or company, and recorded matches. One module per
 * resource under ./matching/.
 */
import type { FastifyInstance } from 'fastify';
import { candidateProfileRoutes } from './matching/candidate-profile.ts';
import { candidateRoutes } from './matching/candidates.ts';
import { matchRoutes } from './matching/matches.ts';
import { suggestionRoutes } from './matching/suggestions.ts';

export async function matchingRoutes(app: FastifyInstance): Promise<void> {
  suggestionRoutes(app);
  candidateRoutes(app);
  candidateProfileRoutes(app);
  matchRoutes(app);
}
