/** Placeholder; being written by the lead. */
import type { FastifyInstance } from 'fastify';

export async function modelRoutes(_app: FastifyInstance): Promise<void> {}
