/**
 * Matching routes (issue 5, docs/contracts/companies-api.md). One module per
 * resource under ./matching/.
 */
import type { FastifyInstance } from 'fastify';

export async function matchingRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
