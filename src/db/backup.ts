/**
 * Logical backup and restore: every application table as JSON rows in one
 * gzip file. The format is the same for PGlite and PostgreSQL, so a backup
 * also moves a demo installation onto a server. Restore loads into the
 * current schema (migrated first), in foreign-key order. The file format
 * (encryption, permissions) is in backup-file.ts.
 */
import { sql, type Kysely } from 'kysely';
import { BackupFileError, decodeBackupBytes, encodeBackupBytes, readFileBytes, writeFileOwnerOnly, type BackupKey } from './backup-file.ts';
import type { Database } from './schema.ts';
import { listMigrations, migrate } from './migrate.ts';
import { appendAuditEvent, checkBackupAuditChain, commandEvent } from './audit-log.ts';
import type { AuditChainRow } from '../domain/audit/chain.ts';

/** Tables that are not carried over: sessions are ephemeral, migrations are re-applied. */
const skipped = new Set(['session', 'schema_migration']);

export interface BackupFile {
  format: 'jobspor-backup';
  formatVersion: 1;
  createdAt: string;
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

interface TableInfo {
  name: string;
  /** Tables this one references (other than itself). */
  dependsOn: string[];
  /** Column referencing the table itself, e.g. unit.parent_id. */
  selfReference?: string;
  /** GENERATED ... AS IDENTITY columns, whose sequences follow a restore. */
  identityColumns: string[];
}

async function tableGraph(db: Kysely<Database>): Promise<TableInfo[]> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db);
  const refs = await sql<{ child: string; parent: string; column: string }>`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
  const identities = await sql<{ table: string; column: string }>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(db);
  return tables.rows
    .map((t) => t.name)
    .filter((name) => !skipped.has(name))
    .map((name) => ({
      name,
      dependsOn: refs.rows.filter((r) => r.child === name && r.parent !== name).map((r) => r.parent),
      selfReference: refs.rows.find((r) => r.child === name && r.parent === name)?.column,
      identityColumns: identities.rows.filter((i) => i.table === name).map((i) => i.column),
    }));
}

/** Tables ordered so that every table comes after the tables it references. */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (table: TableInfo, path: string[]) => {
    if (seen.has(table.name)) return;
    if (path.includes(table.name)) throw new Error(`Foreign-key cycle: ${[...path, table.name].join(' -> ')}`);
    for (const parent of table.dependsOn) {
      const next = byName.get(parent);
      if (next) visit(next, [...path, table.name]);
    }
    seen.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}

/** Rows of a self-referencing table ordered parents first. */
function parentsFirst(rows: Record<string, unknown>[], column: string): Record<string, unknown>[] {
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length) {
    const next = pending.filter((row) => row[column] != null && !placed.has(row[column]));
    const ready = pending.filter((row) => row[column] == null || placed.has(row[column]));
    if (ready.length === 0) throw new Error(`Rows reference missing parents through ${column}`);
    for (const row of ready) {
      placed.add(row.id);
      out.push(row);
    }
    pending = next;
  }
  return out;
}

/**
 * Reads every application table in one repeatable-read transaction, so the
 * backup is a consistent snapshot even while the server keeps writing.
 */
export async function createBackup(db: Kysely<Database>): Promise<BackupFile> {
  // Recorded first, so the backup carries the record of its own making.
  await appendAuditEvent(db, commandEvent('backup.create'));
  const tables: BackupFile['tables'] = {};
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      for (const table of dependencyOrder(await tableGraph(trx))) {
        const rows = await sql<{ row: Record<string, unknown> }>`SELECT to_jsonb(t) AS row FROM ${sql.table(table.name)} t`.execute(trx);
        tables[table.name] = rows.rows.map((r) => (typeof r.row === 'string' ? JSON.parse(r.row) : r.row));
      }
    });
  const migrations = listMigrations();
  return {
    format: 'jobspor-backup',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    schemaVersion: migrations.at(-1)?.version ?? 0,
    tables,
  };
}

export interface WriteBackupOptions {
  /** Encrypt with this secret; absent writes plain gzip JSON. */
  secret?: BackupKey;
  /** Replace an existing file. */
  force?: boolean;
}

/** Writes a backup's bytes to `file` (owner-only, never over a file without force). */
export function writeBackupFile(file: string, backup: BackupFile, options: WriteBackupOptions = {}): void {
  writeFileOwnerOnly(file, encodeBackupBytes(JSON.stringify(backup), options.secret), { force: options.force });
}

export async function writeBackup(db: Kysely<Database>, file: string, options: WriteBackupOptions = {}): Promise<BackupFile> {
  const backup = await createBackup(db);
  writeBackupFile(file, backup, options);
  return backup;
}

/** Parses a backup from its JSON text, refusing anything that is not one. */
export function parseBackup(json: string, file: string): BackupFile {
  let parsed: Partial<BackupFile> | null;
  try {
    parsed = JSON.parse(json) as Partial<BackupFile> | null;
  } catch {
    throw new BackupFileError(`${file} is not a Jobspor backup (its content is not JSON).`);
  }
  if (parsed?.format !== 'jobspor-backup' || parsed.formatVersion !== 1 || typeof parsed.tables !== 'object' || parsed.tables === null) {
    throw new BackupFileError(`${file} is not a Jobspor backup (format ${String(parsed?.format)}).`);
  }
  return parsed as BackupFile;
}

/** Reads a backup file; an encrypted one needs its secret. */
export async function readBackup(file: string, secret?: BackupKey): Promise<BackupFile> {
  return parseBackup(decodeBackupBytes(readFileBytes(file), file, secret), file);
}

/** Number of rows in application tables (sessions and migrations not counted). */
export async function countRows(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (const table of await tableGraph(db)) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table.name)}`.execute(db);
    total += result.rows[0]?.n ?? 0;
  }
  return total;
}

/**
 * Restores a backup. Refuses a non-empty database unless `force`, in which
 * case the schema is dropped and rebuilt first (the audit log cannot be
 * emptied row by row, by design).
 */
export async function restoreBackup(db: Kysely<Database>, backup: BackupFile, options: { force?: boolean } = {}): Promise<Record<string, number>> {
  const latest = listMigrations().at(-1)?.version ?? 0;
  if (backup.schemaVersion > latest) {
    throw new Error(`The backup is from a newer Jobspor (schema ${backup.schemaVersion}); this one has schema ${latest}.`);
  }
  checkBackupAuditChain((backup.tables.audit_event ?? []) as unknown as AuditChainRow[], backup.schemaVersion);
  await migrate(db);
  if ((await countRows(db)) > 0) {
    if (!options.force) throw new Error('The database is not empty. Use --force to replace all of its data with the backup.');
    await sql.raw('DROP SCHEMA public CASCADE; CREATE SCHEMA public;').execute(db);
    await migrate(db);
  }
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const table of dependencyOrder(await tableGraph(trx))) {
      let rows = backup.tables[table.name] ?? [];
      if (table.selfReference) rows = parentsFirst(rows, table.selfReference);
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = JSON.stringify(rows.slice(i, i + 500));
        await sql`INSERT INTO ${sql.table(table.name)} OVERRIDING SYSTEM VALUE
          SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(table.name)}, ${chunk}::jsonb)`.execute(trx);
      }
      counts[table.name] = rows.length;
      // Identity columns continue after the restored values.
      for (const column of table.identityColumns) {
        await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column}),
          coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(trx);
      }
    }
    await appendAuditEvent(trx, commandEvent('backup.restore', { backupCreatedAt: backup.createdAt, rows: Object.values(counts).reduce((a, b) => a + b, 0) }));
  });
  return counts;
}
