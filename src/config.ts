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
  /** Sessions end this many hours after login, however active. */
  sessionAbsoluteHours: number;
  /** Fastify's trustProxy: which proxies' X-Forwarded-For names the client (JOBSPOR_TRUST_PROXY). */
  trustProxy: false | number | string[];
  /** Mark the session cookie Secure (set behind HTTPS). */
  secureCookies: boolean;
}

/** ASVS 3.3.1 (level 2): 30 minutes without activity. */
export const defaultSessionIdleMinutes = 30;
/** ASVS 3.3.2 (level 2): re-authenticate at least every 12 hours. */
export const defaultSessionAbsoluteHours = 12;

/**
 * JOBSPOR_TRUST_PROXY: unset, empty, 'off' or '0' trusts no proxy (the
 * connection's address is the client's); a whole number trusts that many
 * proxy hops; otherwise a comma-separated list of proxy addresses or CIDRs
 * (or proxy-addr's names loopback, linklocal, uniquelocal).
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = (value ?? '').trim();
  if (text === '' || /^(off|false|no|0)$/i.test(text)) return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((item) => item.trim()).filter(Boolean);
  // proxy-addr's names for ranges are accepted too.
  const bad = list.find((item) => !/^([0-9a-f.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i.test(item));
  if (bad) throw new Error(`JOBSPOR_TRUST_PROXY must be off, a hop count or a comma-separated list of proxy addresses/CIDRs, got "${bad}"`);
  return list;
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
    sessionIdleMinutes: Number(env.JOBSPOR_SESSION_IDLE_MINUTES ?? defaultSessionIdleMinutes),
    sessionAbsoluteHours: Number(env.JOBSPOR_SESSION_ABSOLUTE_HOURS ?? defaultSessionAbsoluteHours),
    trustProxy: parseTrustProxy(env.JOBSPOR_TRUST_PROXY),
    secureCookies: env.JOBSPOR_SECURE_COOKIES === '1',
  };
}
