/**
 * Placements routes (issue 5, docs/contracts/companies-api.md). One module per
 * resource under ./placements/.
 */
import type { FastifyInstance } from 'fastify';
import { workAgreementRoutes } from './placements/work-agreements.ts';
import { aftercareRoutes } from './placements/aftercare.ts';
import { companyWorklistRoutes } from './placements/company-worklist.ts';
import { followUpRoutes } from './placements/follow-ups.ts';
import { hoursRoutes } from './placements/hours.ts';
import { placementRoutes } from './placements/placements.ts';

export async function placementsRoutes(app: FastifyInstance): Promise<void> {
  workAgreementRoutes(app);
  placementRoutes(app);
  hoursRoutes(app);
  followUpRoutes(app);
  aftercareRoutes(app);
  companyWorklistRoutes(app);
  void app;
}
