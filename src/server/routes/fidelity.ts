/**
 * The fidelity API (issue 12, schemas in routes/fidelity/schemas.ts):
 * instruments and survey rounds with anonymous answering and CSV import
 * (fidelity/rounds.ts), and the reports (fidelity/reports.ts).
 */
import type { FastifyInstance } from 'fastify';
import { fidelityRoundRoutes } from './fidelity/rounds.ts';
import { fidelityReportRoutes } from './fidelity/reports.ts';

export async function fidelityRoutes(app: FastifyInstance): Promise<void> {
  await fidelityRoundRoutes(app);
  await fidelityReportRoutes(app);
}
