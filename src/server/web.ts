/**
 * Serves the built web app (web/dist). Files are looked up on each request,
 * so a rebuilt app is served without a restart; any other GET outside /api/
 * that is not a file gets index.html, so a reload on /borgere/... works.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** True when the path is a client-side route of the web app. */
export function isAppRoute(method: string, path: string): boolean {
  return method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
}

/** Registers static serving; returns false when the web app has not been built. */
export async function registerWeb(app: FastifyInstance, dir = webDist): Promise<boolean> {
  if (!existsSync(`${dir}index.html`)) return false;
  await app.register(fastifyStatic, { root: dir, wildcard: true, index: false });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  return true;
}
