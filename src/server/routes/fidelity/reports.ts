/** PLACEHOLDER (issue 12 contract): filled by its owner; see /work/wt/CONTRACT.md. */
import type { FastifyInstance } from 'fastify';

export async function fidelityReportRoutes(_app: FastifyInstance): Promise<void> {}
