/**
 * Serves the built web app (web/dist) and falls back to index.html for the
 * client-side routes, so a reload on /borgere/... works.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function registerWeb(app: FastifyInstance, dir = webDist): Promise<boolean> {
  if (!existsSync(`${dir}index.html`)) return false;
  await app.register(fastifyStatic, { root: dir, wildcard: false, index: false });
  const spaRoute = async (_request: unknown, reply: { sendFile: (file: string) => unknown }) => reply.sendFile('index.html');
  app.get('/', { schema: { hide: true } }, spaRoute as never);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `Ingen rute for ${request.method} ${path}` } });
    }
    // Files with an extension that do not exist are real 404s, not app routes.
    if (/\.[a-z0-9]+$/i.test(path)) return reply.status(404).send({ error: { code: 'not_found', message: 'Filen findes ikke.' } });
    return reply.sendFile('index.html');
  });
  return true;
}
