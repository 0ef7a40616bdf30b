/**
 * Applies the plain SQL migrations in ./migrations in version order. Each file
 * runs in its own transaction and is recorded with a checksum; a changed,
 * already-applied file stops start-up rather than drifting silently.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { openDatabase } from './connection.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** The migrations shipped with this build, in version order. */
export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(dir + file, 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/** Runs `work` in a transaction of its own, or in the caller's when `db` already is one. */
function inTransaction(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<void>): Promise<void> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Applies every pending migration; returns the versions it applied. Given a
 * transaction, it applies them all inside it (`init` does, so that a failed
 * init leaves no half-made schema behind).
 */
export async function migrate(db: Kysely<Database>): Promise<number[]> {
  try {
    return await applyPending(db);
  } catch (error) {
    // A server role that does not own the tables (docs/operations.md) cannot migrate.
    if ((error as { code?: string }).code === '42501') {
      throw new Error('This database role may not change the schema and migrations are pending: run `jobspor migrate` as the owner role, or set JOBSPOR_MIGRATION_DATABASE_URL to it.');
    }
    throw error;
  }
}

/**
 * Migrates through the owner role's connection when one is configured
 * (JOBSPOR_MIGRATION_DATABASE_URL), else through `db`.
 */
export async function migrateAsOwner(db: Kysely<Database>, ownerUrl?: string): Promise<number[]> {
  if (!ownerUrl) return migrate(db);
  const owner = await openDatabase({ url: ownerUrl });
  try {
    return await migrate(owner.db);
  } finally {
    await owner.close();
  }
}

async function applyPending(db: Kysely<Database>): Promise<number[]> {
  // Created only when missing: a role without CREATE on the schema (the
  // server's own role) still gets past this on a migrated database.
  const exists = await sql<{ found: string | null }>`SELECT to_regclass('schema_migration')::text AS found`.execute(db);
  if (!exists.rows[0]?.found) await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const applied = new Map(
    (await db.selectFrom('schema_migration').selectAll().execute()).map((row) => [row.version, row]),
  );
  const done: number[] = [];
  for (const migration of listMigrations()) {
    const previous = applied.get(migration.version);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new Error(
          `Migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead.`,
        );
      }
      continue;
    }
    await inTransaction(db, async (trx) => {
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schema_migration')
        .values({ version: migration.version, name: migration.name, checksum: migration.checksum })
        .execute();
    });
    done.push(migration.version);
  }
  return done;
}
