/**
 * One error shape for the whole API: `{"error": {"code", "message", "fields"}}`.
 * Unexpected errors are logged without their driver details, because a
 * database error can carry the offending values (for example a CPR number).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { recordAudit } from './audit.ts';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'password_change_required'
  | 'not_found'
  | 'conflict'
  | 'stale'
  | 'rate_limited'
  | 'cross_site_request'
  | 'unsupported_media_type'
  | 'internal';

export class ApiError extends Error {
  /** The citizen a refusal concerns, when the record exists but is outside the caller's need to know (audited, see outOfScope). */
  refusedCitizenId?: string;

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new ApiError(400, 'validation', message, fields);
export const notFound = (what = 'Ressourcen') => new ApiError(404, 'not_found', `${what} findes ikke, eller du har ikke adgang til den.`);
/**
 * The 404 for a record of a citizen that exists but is outside the caller's
 * need to know: the same answer as for a record that does not exist, but the
 * refusal is audited with the citizen (registerErrorHandling).
 */
export function outOfScope(what: string, citizenId: string): ApiError {
  const error = notFound(what);
  error.refusedCitizenId = citizenId;
  return error;
}
export const forbidden = () => new ApiError(403, 'forbidden', 'Din rolle giver ikke adgang til denne handling.');
export const conflict = (message: string, fields?: Record<string, string>) => new ApiError(409, 'conflict', message, fields);
export const stale = () =>
  new ApiError(409, 'stale', 'Data er ændret af en anden i mellemtiden. Genindlæs og prøv igen.', { version: 'Forældet version' });

function fieldName(path: string): string {
  return path.replace(/^\//, '').replaceAll('/', '.') || '_';
}

/** Registers the error handler that produces the API's error shape. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) {
      if (error.status === 403 || error.refusedCitizenId) await auditRefusal(request, error);
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, fields: error.fields } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const name = fieldName(issue.instancePath);
        fields[name] ??= issue.message ?? 'Ugyldig værdi';
      }
      const where = (error as { validationContext?: string }).validationContext;
      return reply.status(400).send({
        error: { code: 'validation', message: `Ugyldige data i ${where === 'querystring' ? 'forespørgslen' : 'anmodningen'}.`, fields },
      });
    }
    if (isBadValueFromDatabase(error)) {
      // Values the schemas let through but PostgreSQL cannot store (a NUL
      // character, a number or date out of range) are the client's error.
      return reply.status(400).send({ error: { code: 'validation', message: 'Et eller flere felter indeholder en værdi, der ikke kan gemmes (fx et ugyldigt tegn, et for stort tal eller en umulig dato).' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (malformed JSON, body too large, wrong content type).
      return reply.status(error.statusCode).send({ error: { code: 'validation', message: error.message } });
    }
    request.log.error({ err: { name: error.name, code: error.code, message: safeMessage(error) } }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'Der opstod en uventet fejl. Prøv igen.' } });
  });

}

/**
 * 404 for unknown routes; with the web app served, client-side routes (GET,
 * outside /api/, not a file) get the app's index.html instead.
 */
export function registerNotFound(app: FastifyInstance, serveApp: (path: string, method: string) => boolean): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (serveApp(path, request.method)) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `Ingen rute for ${request.method} ${path}` } });
  });
}

/**
 * Records a refused request (403, or 404 on a citizen outside the caller's
 * need to know) in the audit log. The request's own transaction has been
 * rolled back by now; the row is written on its own. A failure to write it is
 * logged and does not change the answer.
 */
async function auditRefusal(request: FastifyRequest, error: ApiError): Promise<void> {
  const { db } = request.server.ctx;
  try {
    const citizen = error.refusedCitizenId
      ? await db.selectFrom('citizen').select('pseudonym').where('id', '=', error.refusedCitizenId).executeTakeFirst()
      : undefined;
    await recordAudit(db, request, {
      action: 'access.refused',
      citizenPseudonyms: citizen ? [citizen.pseudonym] : [],
      detail: { status: error.status, code: error.code },
    });
  } catch (failure) {
    request.log.error({ err: { name: (failure as Error).name, message: safeMessage(failure as Error) } }, 'audit of a refused request failed');
  }
}

/** SQLSTATEs for data the database refuses: bad characters, numbers or dates out of range. */
const badValueStates = new Set(['22021', '22P05', '22003', '22008', '22007', '22P02', '22001', '54000']);

function isBadValueFromDatabase(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return badValueStates.has(code) && !('statusCode' in (error as object));
}

/** Driver messages can quote values ("Key (cpr)=(...)"); keep only the first sentence without parentheses. */
function safeMessage(error: Error): string {
  return error.message.replace(/\(.*?\)=\(.*?\)/g, '(…)=(…)').slice(0, 300);
}
