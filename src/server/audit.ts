/**
 * The audit trail: every read and write of citizen data, and every change to
 * accounts, is appended to audit_event (append-only in the schema).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditEntry {
  action: string;
  /** Citizens touched; one audit row is written per citizen. */
  citizenPseudonyms?: readonly string[];
  detail?: Record<string, unknown>;
}

/** Appends audit rows for one request. Call it inside the write's transaction. */
export async function recordAudit(db: Kysely<Database>, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  const base = {
    staff_id: request.user?.id ?? null,
    staff_username: request.user?.username ?? null,
    action: entry.action,
    method: request.method,
    route: request.routeOptions.url ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  };
  const pseudonyms = entry.citizenPseudonyms?.length ? entry.citizenPseudonyms : [null];
  await db
    .insertInto('audit_event')
    .values(pseudonyms.map((citizen_pseudonym) => ({ ...base, citizen_pseudonym })))
    .execute();
}
