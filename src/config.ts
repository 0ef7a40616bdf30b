/**
 * Runtime configuration from the environment. Every variable is declared once
 * in `settings` (name, default, schema, help); `loadConfig` validates them all
 * at start and reports every bad one (variable, value, reason) at once, and
 * the CLI's help and the README's table list the same variables.
 *
 * To add a variable, add one entry to `settings`; `Config` follows from it.
 * An empty variable counts as unset.
 */
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

interface Setting<T> {
  variable: string;
  /** The value when unset, written as in the environment; absent means the setting is optional. */
  default?: string;
  /**
   * How to show the value in error messages: 'hidden' never shows it
   * (passwords), 'url' shows it with the URL's password masked.
   */
  secret?: 'hidden' | 'url';
  schema: z.ZodType<T, string>;
  help: string;
}

const wholeNumber = (min: number, max: number) => {
  const reason = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\s*\d+\s*$/, reason)
    .transform(Number)
    .refine((n) => n >= min && n <= max, reason);
};

const onOff = z.enum(['1', '0', 'true', 'false'], { error: 'must be 1 (on) or 0 (off)' }).transform((v) => v === '1' || v === 'true');

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A postgres:// URL the pg driver can use: a host (or a socket directory in ?host=) is required. */
function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return ['postgres:', 'postgresql:'].includes(url.protocol) && Boolean(url.hostname || url.searchParams.get('host'));
  } catch {
    return false;
  }
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
  const bad = list.find((item) => !/^([0-9a-f.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i.test(item));
  if (bad) throw new Error(`must be off, a hop count or a comma-separated list of proxy addresses/CIDRs; "${bad}" is none of these`);
  return list;
}

/** A setting read by a parser that throws its reason: the reason becomes the validation message. */
const parsedBy = <T>(parse: (value: string) => T) =>
  z.string().transform((value, ctx) => {
    try {
      return parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

const trustProxySchema = parsedBy(parseTrustProxy);

/** JOBSPOR_PUBLIC_ORIGIN as a normalised origin (scheme, host and port only), or undefined when unset. */
export function publicOriginFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`must be a URL such as https://jobspor.example.dk, got "${value}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new Error(`must be only scheme, host and port (https://jobspor.example.dk), got "${value}"`);
  }
  return url.origin;
}

const publicOriginSchema = parsedBy(publicOriginFrom);

const settings = {
  port: {
    variable: 'PORT',
    default: '3000',
    schema: wholeNumber(0, 65535),
    help: 'TCP port the server listens on (0: any free port)',
  },
  host: {
    variable: 'HOST',
    default: '127.0.0.1',
    schema: z.string().regex(/^[^\s/]+$/, 'must be a host name or IP address, such as 127.0.0.1 or 0.0.0.0'),
    help: 'address the server listens on',
  },
  databaseUrl: {
    variable: 'DATABASE_URL',
    secret: 'url',
    schema: z.string().refine(isPostgresUrl, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database'),
    help: 'PostgreSQL server to use instead of the embedded database',
  },
  migrationDatabaseUrl: {
    variable: 'JOBSPOR_MIGRATION_DATABASE_URL',
    secret: 'url',
    schema: z.string().refine(isPostgresUrl, 'must be a PostgreSQL URL such as postgres://owner:password@host:5432/database'),
    help: "PostgreSQL role that owns the tables and runs the migrations, when DATABASE_URL's role does not (docs/operations.md)",
  },
  dataDir: {
    variable: 'JOBSPOR_DATA_DIR',
    default: './data',
    schema: z.string().transform((dir) => resolve(dir)),
    help: 'embedded (PGlite) database directory',
  },
  secretFile: {
    variable: 'JOBSPOR_SECRET_FILE',
    schema: z.string().transform((file) => resolve(file)),
    help: "the installation's secret key file, created 0600 on first start (default: jobspor.secret beside the data directory)",
  },
  demo: {
    variable: 'JOBSPOR_DEMO',
    default: '0',
    schema: onOff,
    help: '1: seed the demo municipality into an empty PostgreSQL database too',
  },
  logLevel: {
    variable: 'JOBSPOR_LOG_LEVEL',
    default: 'info',
    schema: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }),
    help: 'request log detail',
  },
  sessionIdleMinutes: {
    variable: 'JOBSPOR_SESSION_IDLE_MINUTES',
    default: String(defaultSessionIdleMinutes),
    schema: wholeNumber(1, 24 * 60),
    help: 'sessions end after this many minutes without a request (ASVS 3.3.1, level 2)',
  },
  sessionAbsoluteHours: {
    variable: 'JOBSPOR_SESSION_ABSOLUTE_HOURS',
    default: String(defaultSessionAbsoluteHours),
    schema: wholeNumber(1, 24 * 7),
    help: 'sessions end this many hours after login, however active (ASVS 3.3.2)',
  },
  trustProxy: {
    variable: 'JOBSPOR_TRUST_PROXY',
    default: 'off',
    schema: trustProxySchema,
    help: "behind a reverse proxy: its address(es) or CIDR(s), comma-separated, or a hop count; the client's address is then taken from X-Forwarded-For",
  },
  secureCookies: {
    variable: 'JOBSPOR_SECURE_COOKIES',
    default: '0',
    schema: onOff,
    help: '1 behind HTTPS: mark the session cookie Secure and send Strict-Transport-Security',
  },
  publicOrigin: {
    variable: 'JOBSPOR_PUBLIC_ORIGIN',
    schema: publicOriginSchema,
    help: "the address users reach the app at (scheme, host and port, e.g. https://jobspor.example.dk); state-changing requests from other origins are refused (default: the Host header's origin)",
  },
  adminPassword: {
    variable: 'JOBSPOR_ADMIN_PASSWORD',
    secret: 'hidden',
    schema: z.string(),
    help: 'initial administrator password for `jobspor init` (else one is generated)',
  },
  monitoringCloseDays: {
    variable: 'JOBSPOR_MONITORING_CLOSE_DAYS',
    default: '0',
    schema: wholeNumber(0, 90),
    help: "days after a month's end before the monitoring counts it as closed and stores its figures (0: every month before the current one)",
  },
  fidelityMinCellSize: {
    variable: 'JOBSPOR_FIDELITY_MIN_CELL',
    default: '3',
    schema: wholeNumber(1, 50),
    help: 'fewest survey respondents a fidelity figure may rest on; smaller breakdowns are suppressed, with complements so no cell can be recovered from a total',
  },
  backupPassphrase: {
    variable: 'JOBSPOR_BACKUP_PASSPHRASE',
    secret: 'hidden',
    schema: z.string(),
    help: 'passphrase for `backup --encrypt` and `restore` of an encrypted backup (instead of --passphrase-file)',
  },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof settings;

export type Config = {
  -readonly [K in keyof Settings]: z.output<Settings[K]['schema']> | (Settings[K] extends { default: string } ? never : undefined);
};

/** Variables named JOBSPOR_* that are not runtime settings but are read by the scripts (scripts/). */
const scriptVariables = ['JOBSPOR_SEEDS_DIR'];

/** One invalid variable; `value` is absent when it must not be shown. */
export interface ConfigIssue {
  variable: string;
  value?: string;
  reason: string;
}

/** Invalid configuration: the message lists every bad variable, one per line. */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      [
        `Invalid configuration (${issues.length} environment ${issues.length === 1 ? 'variable' : 'variables'}):`,
        ...issues.map((i) => `  ${i.variable}${i.value === undefined ? '' : `=${JSON.stringify(i.value)}`}: ${i.reason}`),
      ].join('\n'),
    );
  }
}

/** The URL with its password replaced by `mask` (also for text that does not parse as a URL). */
export function redactUrlPassword(url: string, mask = '***'): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*:)[^/?#]*@/i, (_, head: string) => `${head}${mask}@`);
}

function shown(setting: Setting<unknown>, raw: string): string | undefined {
  if (setting.secret === 'hidden') return undefined;
  return setting.secret === 'url' ? redactUrlPassword(raw) : raw;
}

/** Reads and validates every setting; throws `ConfigError` naming each invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const issues: ConfigIssue[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings) as [string, Setting<unknown>][]) {
    const raw = env[setting.variable] || setting.default;
    if (raw === undefined) {
      config[key] = undefined;
      continue;
    }
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) config[key] = parsed.data;
    else issues.push({ variable: setting.variable, value: shown(setting, raw), reason: parsed.error.issues[0]!.message });
  }
  if (issues.length) throw new ConfigError(issues);
  return config as Config;
}

/** JOBSPOR_* variables set in the environment that Jobspor does not know (likely misspelt). */
export function unknownVariables(env: NodeJS.ProcessEnv = process.env): string[] {
  const known = new Set([...Object.values(settings).map((s) => s.variable), ...scriptVariables]);
  return Object.keys(env).filter((name) => name.startsWith('JOBSPOR_') && !known.has(name)).sort();
}

/** The settings for help texts and documentation checks: variable, default and meaning. */
export function describeSettings(): { variable: string; default?: string; help: string }[] {
  return Object.values(settings).map((s: Setting<unknown>) => ({ variable: s.variable, default: s.default, help: s.help }));
}

/** The installation's secret key file: JOBSPOR_SECRET_FILE, or jobspor.secret beside the data directory (outside the database). */
export function installationSecretFile(config: Pick<Config, 'secretFile' | 'dataDir'>): string {
  return config.secretFile ?? join(dirname(config.dataDir), 'jobspor.secret');
}
