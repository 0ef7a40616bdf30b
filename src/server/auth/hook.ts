/**
 * Authentication for every /api route except the public ones: resolves the
 * session cookie to a staff member or answers 401.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';
import { unitSubtree } from '../access.ts';
import { resolveSession, sessionCookie } from './sessions.ts';

const publicRoutes = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);

export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('scopeUnitIds', null);
  app.decorateRequest('municipalityId', null);
  app.decorateRequest('citizenAccess', null);
  app.addHook('onRequest', async (request) => {
    // Decide by the matched route pattern, not the raw URL: the router decodes
    // paths, so '/%61pi/...' reaches '/api/...' routes. Unmatched paths only
    // ever get the 404 answer.
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/') || publicRoutes.has(route)) return;
    const token = request.cookies[sessionCookie];
    const user = token ? await resolveSession(app.ctx.db, token, app.ctx.sessionIdleMinutes) : null;
    if (!user) throw new ApiError(401, 'unauthenticated', 'Du er ikke logget ind, eller din session er udløbet.');
    request.user = user;
    // Resolved up front so that no handler has to query it inside a
    // transaction (PGlite has one connection; a second query would wait forever).
    const scope = unitSubtree(app.ctx.db, user.unitId);
    await scope;
    request.scopeUnitIds = scope;
  });
}
