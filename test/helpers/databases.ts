/**
 * The databases integration tests run against: always an in-memory PGlite,
 * and a fresh, uniquely named PostgreSQL database when TEST_DATABASE_URL is
 * set. Each test file gets its own database, so files never interfere.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgresql';
  handle: DatabaseHandle;
  /** Connection URL for the PostgreSQL database (absent for PGlite). */
  url?: string;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/** `migrate: false` opens an empty database without the schema. */
export interface OpenOptions {
  migrate?: boolean;
}

export type DatabaseTarget = { name: 'pglite' | 'postgresql'; open(options?: OpenOptions): Promise<TestDatabase> };

async function freshPostgres(baseUrl: string, options: OpenOptions = {}): Promise<TestDatabase> {
  const dbName = `jobspor_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    // Concurrent CREATE DATABASE can find the template busy (55006); try again shortly.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${dbName}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const handle = await openDatabase({ url: url.toString() });
  if (options.migrate !== false) await migrate(handle.db);
  return {
    name: 'postgresql',
    handle,
    url: url.toString(),
    async dispose() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: baseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function freshPglite(options: OpenOptions = {}): Promise<TestDatabase> {
  const handle = await openDatabase({});
  if (options.migrate !== false) await migrate(handle.db);
  return { name: 'pglite', handle, dispose: () => handle.close() };
}

/** PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: 'pglite', open: freshPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: 'postgresql', open: (options) => freshPostgres(url, options) });
  return targets;
}

/** True when the PostgreSQL-server variants will be skipped. */
export const postgresSkipped = !process.env.TEST_DATABASE_URL;
