/**
 * Authentication for every /api route except the public ones: resolves the
 * session cookie to a staff member or answers 401.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';
import { unitSubtree } from '../access.ts';
import { resolveSession, sessionCookie } from './sessions.ts';

const publicRoutes = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);
/** What a user who must change their password may still do. */
const passwordChangeRoutes = new Set(['/api/me', '/api/auth/password', '/api/auth/logout']);

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
    const user = token ? await resolveSession(app.ctx.db, token, {
          idleMinutes: app.ctx.sessionIdleMinutes,
          absoluteHours: app.ctx.sessionAbsoluteHours,
        }) : null;
    if (!user) throw new ApiError(401, 'unauthenticated', 'Du er ikke logget ind, eller din session er udløbet.');
    request.user = user;
    if (user.passwordChangeRequired && !passwordChangeRoutes.has(route)) {
      throw new ApiError(403, 'password_change_required', 'Du skal skifte din adgangskode, før du kan fortsætte.');
    }
    // Resolved up front so that no handler has to query it inside a
    // transaction (PGlite has one connection; a second query would wait forever).
    const scope = unitSubtree(app.ctx.db, user.unitId);
    await scope;
    request.scopeUnitIds = scope;
  });
}
