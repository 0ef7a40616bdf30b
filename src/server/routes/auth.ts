/** Login, logout, the current user and changing one's own password. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/password.ts';
import { ApiError, badRequest } from '../errors.ts';
import { currentUser } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { createSession, destroySession, destroyStaffSessions, sessionCookie } from '../auth/sessions.ts';
import { errorResponses } from '../schemas.ts';
import { loadMe, meSchema } from '../../store/me.ts';

// A hash to verify against when the username is unknown, so that the
// response time does not reveal which usernames exist.
let unknownUserHash: Promise<string> | undefined;
const dummyHash = () => (unknownUserHash ??= hashPassword(randomBytes(16).toString('hex')));

function rateLimited(reply: FastifyReply, wait: number): ApiError {
  reply.header('Retry-After', String(wait));
  return new ApiError(429, 'rate_limited', 'For mange mislykkede forsøg. Prøv igen om lidt.');
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /**
   * Logs a staff member in and sets the session cookie (a new session every
   * time). Attempts are throttled per account and per client address before
   * the password is checked (see auth/rate-limit.ts). When the answer's user
   * has passwordChangeRequired, only the password change is open.
   */
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
      const { db, loginThrottle } = app.ctx;
      const username = request.body.username.toLowerCase();
      const wait = await loginThrottle.claim(username, request.ip);
      if (wait > 0) throw rateLimited(reply, wait);
      const staff = await db
        .selectFrom('staff')
        .select(['id', 'password_hash', 'active', 'password_change_required'])
        .where('username', '=', username)
        .executeTakeFirst();
      const ok = await verifyPassword(staff?.password_hash ?? (await dummyHash()), request.body.password);
      if (!staff || !ok || !staff.active) {
        await recordAudit(db, request, { action: 'auth.login_failed', detail: { username } });
        throw new ApiError(401, 'unauthenticated', 'Forkert brugernavn eller adgangskode.');
      }
      await loginThrottle.succeeded(username, request.ip);
      const previous = request.cookies[sessionCookie];
      if (previous) await destroySession(db, previous);
      const token = await createSession(db, staff.id);
      setSessionCookie(reply, token, app.ctx.secureCookies);
      request.user = { id: staff.id, username, displayName: '', roles: [], unitId: '', passwordChangeRequired: staff.password_change_required };
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

  /**
   * Changes the logged-in staff member's own password. The current password
   * is checked (throttled like a login); the new one must pass the rules in
   * platform/password.ts. Every other session of the user ends; this one stays.
   */
  r.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change one’s own password',
        body: z.object({
          currentPassword: z.string({ error: 'Skal udfyldes.' }).min(1, { error: 'Skal udfyldes.' }).max(200),
          newPassword: z.string({ error: 'Skal udfyldes.' }).min(1, { error: 'Skal udfyldes.' }),
        }),
        response: { 204: z.null(), 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { db, loginThrottle } = app.ctx;
      const user = currentUser(request);
      const { currentPassword, newPassword } = request.body;
      const problem = passwordProblem(newPassword, user.username);
      if (problem) throw badRequest('Den nye adgangskode kan ikke bruges.', { newPassword: problem });
      if (newPassword === currentPassword) {
        throw badRequest('Den nye adgangskode kan ikke bruges.', { newPassword: 'Den nye adgangskode skal være en anden end den nuværende.' });
      }
      const wait = await loginThrottle.claim(user.username, request.ip);
      if (wait > 0) throw rateLimited(reply, wait);
      const staff = await db.selectFrom('staff').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(staff.password_hash, currentPassword))) {
        throw badRequest('Den nuværende adgangskode er forkert.', { currentPassword: 'Forkert adgangskode.' });
      }
      await loginThrottle.succeeded(user.username, request.ip);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set({ password_hash: passwordHash, password_change_required: false, updated_at: new Date() })
          .where('id', '=', user.id)
          .execute();
        await destroyStaffSessions(trx, user.id, request.cookies[sessionCookie]);
        await recordAudit(trx, request, { action: 'auth.password_change' });
      });
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

/** A browser-session cookie; the server ends the session after the idle limit or the absolute lifetime. */
function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
