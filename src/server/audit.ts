/**
 * The audit trail: every read and write of citizen data, and every change to
 * accounts, is appended to audit_event (append-only in the schema). One
 * request is one row: a list names every citizen it showed in
 * citizen_pseudonyms (searched with a GIN index, migration 0008).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditEntry {
  action: string;
  /** Citizens touched or shown; all of them go in the one row of the request. */
  citizenPseudonyms?: readonly string[];
  detail?: Record<string, unknown>;
}

/** Appends the audit row of one request. Call it inside the write's transaction. */
export async function recordAudit(db: Kysely<Database>, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  const pseudonyms = [...new Set(entry.citizenPseudonyms ?? [])];
  await db
    .insertInto('audit_event')
    .values({
      staff_id: request.user?.id ?? null,
      staff_username: request.user?.username ?? null,
      action: entry.action,
      method: request.method,
      route: request.routeOptions.url ?? null,
      citizen_pseudonym: pseudonyms.length === 1 ? pseudonyms[0]! : null,
      citizen_pseudonyms: pseudonyms.length ? pseudonyms : null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}
