/**
 * The economics API (issue 14, docs/economics.md; schemas in
 * routes/economics/schemas.ts): cost models (economics/cost-models.ts) and
 * unit prices, scenarios and archetypes (economics/scenarios.ts). Writes the
 * built-in unit price sets on start (idempotent).
 */
import type { FastifyInstance } from 'fastify';
import { syncBuiltinPriceSets } from '../../store/economics/price-sets.ts';
import { economicsCostRoutes } from './economics/cost-models.ts';
import { economicsScenarioRoutes } from './economics/scenarios.ts';

export async function economicsRoutes(app: FastifyInstance): Promise<void> {
  await syncBuiltinPriceSets(app.ctx.db);
  await economicsCostRoutes(app);
  await economicsScenarioRoutes(app);
}
