/**
 * Companies routes (issue 5, docs/contracts/companies-api.md). One module per
 * resource under ./companies/.
 */
import type { FastifyInstance } from 'fastify';

export async function companiesRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
