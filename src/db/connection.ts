/**
 * Opens the database: embedded PGlite under a data directory by default, or a
 * PostgreSQL server when a connection URL is given. Both are reached through
 * the same Kysely instance and the same migrations.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './schema.ts';
import { PGlitePool } from './pglite-pool.ts';
import { connectionFailure } from './connection-error.ts';
import { valueParsers } from './types.ts';
import { lockDataDir, prepareDataDir, restrictTree } from './data-dir.ts';

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
  /** Told about events an operator should see, such as a stale lock taken over. Default: stderr. */
  notice?: (line: string) => void;
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
  if (!options.dataDir) {
    const lite = await PGlite.create('memory://', { parsers: valueParsers });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(lite) }) });
    return { db, kind: 'pglite', close: () => db.destroy() };
  }
  return openDataDir(options.dataDir, options.notice ?? ((line) => process.stderr.write(`${line}\n`)));
}

/**
 * Opens PGlite on a data directory this process then holds exclusively
 * (see data-dir.ts). PGlite writes each commit's WAL to the files before the
 * statement returns (synchronous_commit is on; relaxedDurability stays off),
 * so an acknowledged write survives the process being killed; it runs with
 * fsync off, so surviving a power cut rests on the operating system.
 */
async function openDataDir(dataDir: string, notice: (line: string) => void): Promise<DatabaseHandle> {
  prepareDataDir(dataDir);
  const lock = lockDataDir(dataDir, notice);
  let db: Kysely<Database>;
  try {
    const lite = await PGlite.create(dataDir, { parsers: valueParsers, relaxedDurability: false });
    restrictTree(dataDir);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(lite) }) });
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  return {
    db,
    kind: 'pglite',
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
        restrictTree(dataDir);
      } finally {
        lock.release();
      }
    },
  };
}
