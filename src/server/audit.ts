/**
 * The audit trail: every read and write of citizen data, every change to
 * accounts, failed logins and refused requests are appended to audit_event
 * (append-only in the schema, hash-chained by db/audit-log.ts). One request
 * is one row: a list names every citizen it showed in citizen_pseudonyms
 * (searched with a GIN index, migration 0008). Each row carries the client's
 * address and a reference to the session (never its cookie token).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { appendAuditEvent } from '../db/audit-log.ts';
import { hashToken, sessionCookie } from './auth/sessions.ts';

export interface AuditEntry {
  action: string;
  /** Citizens touched or shown; all of them go in the one row of the request. */
  citizenPseudonyms?: readonly string[];
  detail?: Record<string, unknown>;
  /** The session the event belongs to when it is not the request's cookie (a login names the session it created). */
  sessionToken?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The audit log's reference to a session: the SHA-256 of the token hash the
 * session table stores (so a row can be matched to its session), which cannot
 * be turned back into a cookie.
 */
export const sessionRef = (token: string) => sha256(hashToken(token));

/** Appends the audit row of one request. Call it inside the write's transaction. */
export async function recordAudit(db: Kysely<Database>, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  const pseudonyms = [...new Set(entry.citizenPseudonyms ?? [])];
  // The cookie counts only when it authenticated the request.
  const token = entry.sessionToken ?? (request.user ? request.cookies[sessionCookie] : undefined);
  await appendAuditEvent(db, {
    staff_id: request.user?.id ?? null,
    staff_username: request.user?.username ?? null,
    action: entry.action,
    method: request.method,
    route: request.routeOptions.url ?? null,
    citizen_pseudonym: pseudonyms.length === 1 ? pseudonyms[0]! : null,
    citizen_pseudonyms: pseudonyms.length ? pseudonyms : null,
    detail: entry.detail ?? null,
    client_address: request.ip ?? null,
    session_ref: token ? sessionRef(token) : null,
  });
}
