/**
 * Opens the database: embedded PGlite under a data directory by default, or a
 * PostgreSQL server when a connection URL is given. Both are reached through
 * the same Kysely instance and the same migrations.
 */
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './schema.ts';
import { PGlitePool } from './pglite-pool.ts';
import { connectionFailure } from './connection-error.ts';
import { valueParsers } from './types.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory; `undefined` with no url means in-memory. */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          valueParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client dropped by the server (restart, failover, timeout) must
    // not crash the process; the pool replaces it on the next query.
    pool.on('error', (error: Error & { code?: string }) => {
      process.emitWarning(`PostgreSQL connection lost (${error.code ?? error.name}); it will be re-established.`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy();
      throw new Error(connectionFailure(options.url, error));
    }
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lite = await PGlite.create(options.dataDir ?? 'memory://', { parsers: valueParsers });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(lite) }) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
