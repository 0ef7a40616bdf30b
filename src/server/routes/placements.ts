/**
 * Placements routes (issue 5, docs/contracts/companies-api.md). One module per
 * resource under ./placements/.
 */
import type { FastifyInstance } from 'fastify';

export async function placementsRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
