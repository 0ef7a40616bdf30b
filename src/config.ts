/** Runtime configuration from the environment, with the defaults the README documents. */
import { dirname, join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres:// URL; absent means the embedded PGlite database. */
  databaseUrl?: string;
  /**
   * postgres:// URL of the role that owns the tables and runs the migrations,
   * when the server's own role (databaseUrl) does not own them.
   */
  migrationDatabaseUrl?: string;
  /** PGlite data directory. */
  dataDir: string;
  /** The installation's secret key file (platform/installation-secret.ts), outside the database. */
  secretFile: string;
  /** Seed the demo municipality even on a PostgreSQL server. */
  demo: boolean;
  logLevel: string;
  /** Sessions end after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** Mark the session cookie Secure (set behind HTTPS). */
  secureCookies: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.JOBSPOR_MIGRATION_DATABASE_URL || undefined,
    dataDir: resolve(env.JOBSPOR_DATA_DIR ?? './data'),
    secretFile: resolve(env.JOBSPOR_SECRET_FILE ?? join(dirname(resolve(env.JOBSPOR_DATA_DIR ?? './data')), 'jobspor.secret')),
    demo: env.JOBSPOR_DEMO === '1' || env.JOBSPOR_DEMO === 'true',
    logLevel: env.JOBSPOR_LOG_LEVEL ?? 'info',
    sessionIdleMinutes: Number(env.JOBSPOR_SESSION_IDLE_MINUTES ?? 8 * 60),
    secureCookies: env.JOBSPOR_SECURE_COOKIES === '1',
  };
}
