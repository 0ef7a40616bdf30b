/**
 * Appending to and verifying the audit log's hash chain (domain/audit/chain.ts).
 * Every audit row is written through appendAuditEvent: it takes a
 * transaction-level advisory lock, reads the last row's hash and inserts the
 * new row chained to it, so concurrent requests append one after another and
 * the chain never forks. The lock is held until the surrounding transaction
 * ends; rows are therefore committed in id order.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { auditEventHash, emptyChain, genesisHash, verifyAuditChain, type AuditChainRow, type AuditContent, type ChainResult } from '../domain/audit/chain.ts';

/** The advisory lock that serialises appends (two-key form: application, purpose). */
const chainLock = sql`pg_advisory_xact_lock(7301, 1)`;

export type AuditEventInput = Omit<AuditContent, 'at'>;

async function appendInTransaction(trx: Kysely<Database>, event: AuditEventInput): Promise<void> {
  await sql`SELECT ${chainLock}`.execute(trx);
  // A statement of its own after the lock, so its snapshot sees the last
  // append committed before the lock was granted. The time is the database's
  // clock, to the millisecond the hash covers.
  const head = await sql<{ hash: string | null; at: Date }>`SELECT
    (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS hash,
    date_trunc('milliseconds', clock_timestamp()) AS at`.execute(trx);
  const at = new Date(head.rows[0]!.at);
  const prevHash = head.rows[0]!.hash ?? genesisHash;
  // jsonb keeps what JSON can say: hash the detail as it will read back.
  const detail = event.detail === undefined || event.detail === null ? null : (JSON.parse(JSON.stringify(event.detail)) as unknown);
  const row = { ...event, detail, at };
  await trx
    .insertInto('audit_event')
    .values({
      at,
      staff_id: row.staff_id,
      staff_username: row.staff_username,
      action: row.action,
      method: row.method,
      route: row.route,
      citizen_pseudonym: row.citizen_pseudonym,
      citizen_pseudonyms: row.citizen_pseudonyms ? [...row.citizen_pseudonyms] : null,
      detail: detail === null ? null : JSON.stringify(detail),
      client_address: row.client_address,
      session_ref: row.session_ref,
      prev_hash: prevHash,
      hash: auditEventHash(prevHash, row),
    })
    .execute();
}

/** Appends one audit row to the chain: inside `db`'s transaction when it is one, else in a transaction of its own. */
export async function appendAuditEvent(db: Kysely<Database>, event: AuditEventInput): Promise<void> {
  if (db.isTransaction) return appendInTransaction(db, event);
  await db.transaction().execute((trx) => appendInTransaction(trx, event));
}

/** An audit event written by a command-line operation (no request, no staff session). */
export function commandEvent(action: string, detail?: Record<string, unknown>, staffUsername: string | null = null): AuditEventInput {
  return {
    staff_id: null,
    staff_username: staffUsername,
    action,
    method: null,
    route: null,
    citizen_pseudonym: null,
    citizen_pseudonyms: null,
    detail: detail ?? null,
    client_address: null,
    session_ref: null,
  };
}

/** Verifies the whole stored chain, page by page in id order; stops at the first broken row. */
export async function verifyStoredAuditChain(db: Kysely<Database>, pageSize = 5000): Promise<ChainResult> {
  let result: ChainResult = { ok: true, state: emptyChain };
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_event').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) return result;
    result = verifyAuditChain(rows, result.state);
    if (!result.ok) return result;
    after = Number(rows.at(-1)!.id);
  }
}

const breakReasons = {
  content_changed: 'its content or hash was changed after it was written',
  link_broken: 'it does not follow the row before it (a row was removed, inserted or changed there)',
  unchained_row: 'it has no hash although the chain had begun',
} as const;

/** One line for an operator about a verification result. */
export function describeChain(result: ChainResult): string {
  const { checked, unchained, head } = result.state;
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  if (!result.ok) return `Audit chain broken at row ${result.broken.id}: ${breakReasons[result.broken.reason]}.`;
  const before = unchained ? ` (${rows(unchained)} written before the chain began ${unchained === 1 ? 'is' : 'are'} not covered)` : '';
  return head ? `Audit chain intact: ${rows(checked)}${before}; last row ${head.id}, hash ${head.hash}.` : `Audit log has no chained rows yet (${rows(checked)}).`;
}

/** The migration that began the chain: a backup of this schema or later always ends with a chained row (its own backup event). */
const chainSchema = 9;

/**
 * Refuses the audit rows of a backup unless their chain is intact. A backup
 * taken at schema 9 or later ends with a chained row (the backup's own
 * event), so stripping the hashes from its rows does not pass either.
 */
export function checkBackupAuditChain(rows: readonly AuditChainRow[], schemaVersion: number): void {
  const result = verifyAuditChain(rows);
  if (!result.ok) throw new Error(`The backup's audit log has been altered. ${describeChain(result)} Nothing was restored.`);
  const last = [...rows].sort((a, b) => Number(b.id) - Number(a.id))[0];
  if (schemaVersion >= chainSchema && last && !last.hash) {
    throw new Error("The backup's audit log has been altered: its rows carry no hashes although the backup was made after the chain began. Nothing was restored.");
  }
}
