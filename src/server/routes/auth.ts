/** Login, logout and the current user. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../../platform/password.ts';
import { ApiError } from '../errors.ts';
import { currentUser } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { createSession, destroySession, sessionCookie } from '../auth/sessions.ts';
import { errorResponses } from '../schemas.ts';
import { loadMe, meSchema } from '../../store/me.ts';

// A hash to verify against when the username is unknown, so that the
// response time does not reveal which usernames exist.
let unknownUserHash: Promise<string> | undefined;
const dummyHash = () => (unknownUserHash ??= hashPassword(randomBytes(16).toString('hex')));

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Logs a staff member in and sets the session cookie (a new session every time). */
  r.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password',
        body: z.object({
          username: z.string().trim().min(1, { error: 'Skal udfyldes.' }).max(64),
          password: z.string().min(1, { error: 'Skal udfyldes.' }).max(200),
        }),
        response: { 200: z.object({ user: meSchema }), 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { db, loginLimiter } = app.ctx;
      const username = request.body.username.toLowerCase();
      const wait = loginLimiter.retryAfter(username, request.ip);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new ApiError(429, 'rate_limited', 'For mange mislykkede forsøg. Prøv igen om lidt.');
      }
      const staff = await db
        .selectFrom('staff')
        .select(['id', 'password_hash', 'active'])
        .where('username', '=', username)
        .executeTakeFirst();
      const ok = await verifyPassword(staff?.password_hash ?? (await dummyHash()), request.body.password);
      if (!staff || !ok || !staff.active) {
        loginLimiter.recordFailure(username, request.ip);
        await recordAudit(db, request, { action: 'auth.login_failed', detail: { username } });
        throw new ApiError(401, 'unauthenticated', 'Forkert brugernavn eller adgangskode.');
      }
      loginLimiter.recordSuccess(username);
      const previous = request.cookies[sessionCookie];
      if (previous) await destroySession(db, previous);
      const token = await createSession(db, staff.id);
      setSessionCookie(reply, token, app.ctx.secureCookies);
      request.user = { id: staff.id, username, displayName: '', roles: [], unitId: '' };
      await recordAudit(db, request, { action: 'auth.login', sessionToken: token });
      return { user: await loadMe(db, staff.id) };
    },
  );

  /** Ends the current session. */
  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await destroySession(app.ctx.db, token);
      await recordAudit(app.ctx.db, request, { action: 'auth.logout' });
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  /** The logged-in staff member with roles and organisation unit. */
  r.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'The logged-in staff member', response: { 200: meSchema, ...errorResponses } } },
    async (request) => loadMe(app.ctx.db, currentUser(request).id),
  );
}

/** A browser-session cookie; the server ends the session after the idle limit. */
function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
