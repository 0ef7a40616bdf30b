/**
 * Searching the audit log (issue 9 item 21): by citizen, staff member,
 * action and period, within a set of units. A citizen is found both in the
 * one-citizen column and in the list column (citizen_pseudonyms, GIN-indexed
 * by migration 0008), so a citizen who only appeared on a list page is
 * found too.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditFilter {
  /** Events by staff of, or about citizens registered in, these units. */
  unitIds: readonly string[];
  pseudonym?: string;
  staffId?: string;
  staffUsername?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditRow {
  id: number;
  at: string;
  staffId: string | null;
  staffUsername: string | null;
  staffName: string | null;
  action: string;
  method: string | null;
  route: string | null;
  /** The one citizen of a one-citizen event. */
  citizenPseudonym: string | null;
  /** Every citizen the event touched or showed (a list names all it showed). */
  citizenPseudonyms: string[];
  detail: unknown;
}

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  const units = filter.unitIds.length ? [...filter.unitIds] : ['00000000-0000-0000-0000-000000000000'];
  const scopedPseudonyms = db.selectFrom('citizen').select('citizen.pseudonym').where('citizen.unit_id', 'in', units);
  let query = db.selectFrom('audit_event').where((eb) =>
    eb.or([
      eb('audit_event.staff_id', 'in', eb.selectFrom('staff').select('staff.id').where('staff.unit_id', 'in', units)),
      eb('audit_event.citizen_pseudonym', 'in', scopedPseudonyms),
      eb(sql`audit_event.citizen_pseudonyms`, '&&', sql`ARRAY(${scopedPseudonyms})`),
    ]),
  );
  const { pseudonym } = filter;
  if (pseudonym) {
    query = query.where((eb) =>
      eb.or([eb('audit_event.citizen_pseudonym', '=', pseudonym), eb(sql`audit_event.citizen_pseudonyms`, '@>', sql`ARRAY[${pseudonym}]::text[]`)]),
    );
  }
  if (filter.staffId) query = query.where('audit_event.staff_id', '=', filter.staffId);
  if (filter.staffUsername) query = query.where('audit_event.staff_username', '=', filter.staffUsername);
  if (filter.action) query = query.where('audit_event.action', '=', filter.action);
  if (filter.from) query = query.where('audit_event.at', '>=', sql<Date>`${filter.from}::date`);
  if (filter.to) query = query.where('audit_event.at', '<', sql<Date>`${filter.to}::date + 1`);
  return query;
}

/** A page of matching events, newest first, with the total count. */
export async function searchAudit(db: Kysely<Database>, filter: AuditFilter): Promise<{ total: number; items: AuditRow[] }> {
  const [count, rows] = await Promise.all([
    filtered(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    filtered(db, filter)
      .leftJoin('staff', 'staff.id', 'audit_event.staff_id')
      .selectAll('audit_event')
      .select('staff.display_name')
      .orderBy('audit_event.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return {
    total: count.n,
    items: rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      staffId: row.staff_id,
      staffUsername: row.staff_username,
      staffName: row.display_name,
      action: row.action,
      method: row.method,
      route: row.route,
      citizenPseudonym: row.citizen_pseudonym,
      citizenPseudonyms: row.citizen_pseudonyms ?? (row.citizen_pseudonym ? [row.citizen_pseudonym] : []),
      detail: row.detail ?? null,
    })),
  };
}

/** The citizen's pseudonym when the citizen is registered in one of the units. */
export async function pseudonymInUnits(db: Kysely<Database>, citizenId: string, unitIds: readonly string[]): Promise<string | undefined> {
  if (!unitIds.length) return undefined;
  const row = await db.selectFrom('citizen').select('pseudonym').where('id', '=', citizenId).where('unit_id', 'in', [...unitIds]).executeTakeFirst();
  return row?.pseudonym;
}
