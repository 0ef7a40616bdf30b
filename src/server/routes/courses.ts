/** Placeholder registered by the lead; the owning engineer replaces this file. */
import type { FastifyInstance } from 'fastify';

export async function courseRoutes(_app: FastifyInstance): Promise<void> {}
