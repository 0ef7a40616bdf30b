/**
 * The audit log's hash chain: each row carries the SHA-256 of its content and
 * of the previous row's hash, so changing, removing or reordering a row breaks
 * every link after it. Rows are in the audit_event table's column names
 * (snake_case), as the database and a backup file both give them. Rows written
 * before the chain began (migration 0009) have no hash; they may only come
 * first.
 */
import { createHash } from 'node:crypto';

/** The prev_hash of the first chained row. */
export const genesisHash = '0'.repeat(64);

/** The hashed columns of an audit_event row, plus its id (order) and the chain columns. */
export interface AuditChainRow {
  id: number | string;
  at: Date | string;
  staff_id: string | null;
  staff_username: string | null;
  action: string;
  method: string | null;
  route: string | null;
  citizen_pseudonym: string | null;
  citizen_pseudonyms: readonly string[] | null;
  detail: unknown;
  client_address: string | null;
  session_ref: string | null;
  prev_hash?: string | null;
  hash?: string | null;
}

export type AuditContent = Omit<AuditChainRow, 'id' | 'prev_hash' | 'hash'>;

/** JSON with object keys sorted at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('A number in an audit row must be finite.');
      return JSON.stringify(value);
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`An audit row cannot hold a ${typeof value}.`);
  }
}

/** The instant as stored (millisecond precision, UTC): the same text from a Date, a driver or a backup. */
function instant(at: Date | string): string {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a time: ${String(at)}`);
  return date.toISOString();
}

/** The SHA-256 (hex) of a row's content chained to the previous row's hash. */
export function auditEventHash(prevHash: string, row: AuditContent): string {
  const content = canonicalJson([
    instant(row.at),
    row.staff_id,
    row.staff_username,
    row.action,
    row.method,
    row.route,
    row.citizen_pseudonym,
    row.citizen_pseudonyms,
    row.detail ?? null,
    row.client_address,
    row.session_ref,
  ]);
  return createHash('sha256').update(`jobspor-audit-v1\n${prevHash}\n${content}`).digest('hex');
}

/** Why a row breaks the chain. */
export type ChainBreak =
  /** The row's content or hash was changed after it was written. */
  | 'content_changed'
  /** The row does not follow the row before it: a row was removed, inserted or changed there. */
  | 'link_broken'
  /** A row without a hash after the chain began. */
  | 'unchained_row';

/** Where verification has got to; pass it on to verify the next page of rows. */
export interface ChainState {
  checked: number;
  /** Rows before the chain began (written before migration 0009). */
  unchained: number;
  /** The last chained row, null until the chain begins. */
  head: { id: number; hash: string } | null;
}

export type ChainResult =
  | { ok: true; state: ChainState }
  | { ok: false; state: ChainState; broken: { id: number; reason: ChainBreak } };

export const emptyChain: ChainState = { checked: 0, unchained: 0, head: null };

/**
 * Checks rows in id order (sorted here), continuing from `from`. Returns the
 * first row that breaks the chain.
 */
export function verifyAuditChain(rows: readonly AuditChainRow[], from: ChainState = emptyChain): ChainResult {
  const sorted = [...rows].sort((a, b) => Number(a.id) - Number(b.id));
  let { checked, unchained, head } = from;
  for (const row of sorted) {
    const id = Number(row.id);
    const state = () => ({ checked, unchained, head });
    if (!row.hash && !row.prev_hash) {
      if (head) return { ok: false, state: state(), broken: { id, reason: 'unchained_row' } };
      unchained++;
      checked++;
      continue;
    }
    if (!row.hash || !row.prev_hash || auditEventHash(row.prev_hash, row) !== row.hash) {
      return { ok: false, state: state(), broken: { id, reason: 'content_changed' } };
    }
    if (row.prev_hash !== (head?.hash ?? genesisHash)) return { ok: false, state: state(), broken: { id, reason: 'link_broken' } };
    head = { id, hash: row.hash };
    checked++;
  }
  return { ok: true, state: { checked, unchained, head } };
}
