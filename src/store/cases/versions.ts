/**
 * Versioned documents: the plan (per course, plan_version) and the CV (per
 * citizen, cv_version). Every save adds a row with the next version number;
 * nothing is overwritten. The UNIQUE (owner, version_no) constraint settles a
 * race between two saves from the same base version: the second insert fails
 * and the caller answers 409 stale.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type VersionedKind = 'plan' | 'cv';

const tables = {
  plan: { table: 'plan_version', owner: 'course_id' },
  cv: { table: 'cv_version', owner: 'citizen_id' },
} as const;

export interface StaffRef {
  id: string;
  name: string;
}

export interface VersionSummary {
  versionNo: number;
  createdAt: string;
  createdBy: StaffRef | null;
}

export interface Version<T> extends VersionSummary {
  content: T;
}

// Both tables have the same columns apart from the owner column; the casts
// let one typed query serve both (the names are fixed above, never input).
function base(db: Kysely<Database>, kind: VersionedKind, ownerId: string) {
  const { table, owner } = tables[kind];
  return db
    .selectFrom(`${table as 'plan_version'} as v`)
    .leftJoin('staff', 'staff.id', 'v.created_by')
    .where(`v.${owner as 'course_id'}`, '=', ownerId);
}

const summaryColumns = ['v.version_no', 'v.created_at', 'v.created_by', 'staff.display_name as created_by_name'] as const;

function toSummary(row: { version_no: number; created_at: Date; created_by: string | null; created_by_name: string | null }): VersionSummary {
  return {
    versionNo: row.version_no,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

/** Every version, newest first, without content. */
export async function listVersions(db: Kysely<Database>, kind: VersionedKind, ownerId: string): Promise<VersionSummary[]> {
  const rows = await base(db, kind, ownerId).select(summaryColumns).orderBy('v.version_no', 'desc').execute();
  return rows.map(toSummary);
}

/** One version with content; the newest when versionNo is omitted. */
export async function getVersion<T>(db: Kysely<Database>, kind: VersionedKind, ownerId: string, versionNo?: number): Promise<Version<T> | undefined> {
  let query = base(db, kind, ownerId).select([...summaryColumns, 'v.content']);
  query = versionNo === undefined ? query.orderBy('v.version_no', 'desc').limit(1) : query.where('v.version_no', '=', versionNo);
  const row = await query.executeTakeFirst();
  return row ? { ...toSummary(row), content: row.content as T } : undefined;
}

/** The newest version number, 0 when there is none. */
export async function latestVersionNo(db: Kysely<Database>, kind: VersionedKind, ownerId: string): Promise<number> {
  const row = await base(db, kind, ownerId).select((eb) => eb.fn.max('v.version_no').as('n')).executeTakeFirst();
  return row?.n ?? 0;
}

export type SaveResult = { ok: true; versionNo: number } | { ok: false; currentVersionNo: number };

/**
 * Saves content as version baseVersion + 1, if baseVersion is still the newest.
 * Call inside a transaction. A concurrent save from the same base surfaces as
 * a unique violation from the database.
 */
export async function saveVersion(
  trx: Kysely<Database>,
  kind: VersionedKind,
  ownerId: string,
  baseVersion: number,
  content: unknown,
  staffId: string,
): Promise<SaveResult> {
  const current = await latestVersionNo(trx, kind, ownerId);
  if (current !== baseVersion) return { ok: false, currentVersionNo: current };
  const { table, owner } = tables[kind];
  await trx
    .insertInto(table as 'plan_version')
    .values({ [owner as 'course_id']: ownerId, version_no: baseVersion + 1, content: JSON.stringify(content), created_by: staffId } as {
      course_id: string;
      version_no: number;
      content: string;
      created_by: string;
    })
    .execute();
  return { ok: true, versionNo: baseVersion + 1 };
}
