/** Runtime configuration from the environment, with the defaults the README documents. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres:// URL; absent means the embedded PGlite database. */
  databaseUrl?: string;
  /** PGlite data directory. */
  dataDir: string;
  /** Seed the demo municipality even on a PostgreSQL server. */
  demo: boolean;
  logLevel: string;
  /** Sessions end after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** Mark the session cookie Secure (set behind HTTPS); also sends HSTS. */
  secureCookies: boolean;
  /**
   * The origin users reach the app at (`https://jobspor.example.dk`), behind
   * a reverse proxy; state-changing requests must come from it. Absent: the
   * origin of the request's Host header.
   */
  publicOrigin?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.JOBSPOR_DATA_DIR ?? './data'),
    demo: env.JOBSPOR_DEMO === '1' || env.JOBSPOR_DEMO === 'true',
    logLevel: env.JOBSPOR_LOG_LEVEL ?? 'info',
    sessionIdleMinutes: Number(env.JOBSPOR_SESSION_IDLE_MINUTES ?? 8 * 60),
    secureCookies: env.JOBSPOR_SECURE_COOKIES === '1',
    publicOrigin: publicOriginFrom(env.JOBSPOR_PUBLIC_ORIGIN),
  };
}

/** JOBSPOR_PUBLIC_ORIGIN as a normalised origin (scheme, host and port only), or undefined when unset. */
export function publicOriginFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`JOBSPOR_PUBLIC_ORIGIN must be a URL such as https://jobspor.example.dk, got "${value}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new Error(`JOBSPOR_PUBLIC_ORIGIN must be only scheme, host and port (https://jobspor.example.dk), got "${value}"`);
  }
  return url.origin;
}
