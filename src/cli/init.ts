/** First-time set-up of a real installation: one municipality and its administrator. */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { redactUrlPassword } from '../config.ts';
import { openDatabase, type DatabaseOptions } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { hashPassword, passwordProblem } from '../platform/password.ts';
import { appendAuditEvent, commandEvent } from '../db/audit-log.ts';

export interface InitOptions {
  municipality: string;
  adminUsername: string;
  /** When absent a random password is generated and returned once. */
  password?: string;
}

/** Options that passed `checkInitOptions`: trimmed, with the password to set. */
export interface CheckedInit {
  municipality: string;
  username: string;
  password: string;
  /** Set when the password was generated here and must be shown once. */
  generatedPassword?: string;
}

/** Checks the options before anything touches the database; throws a message naming the option. */
export function checkInitOptions(options: InitOptions): CheckedInit {
  const municipality = options.municipality.trim();
  const username = options.adminUsername.trim().toLowerCase();
  if (!municipality) throw new Error('--municipality is required, e.g. --municipality "Fjordby Kommune"');
  if (municipality.length > 120) throw new Error('--municipality must be at most 120 characters');
  if (!/^[a-z0-9._-]{2,64}$/.test(username)) throw new Error('--admin must be 2-64 characters: a-z, 0-9, dot, dash or underscore');
  const generatedPassword = options.password ? undefined : randomBytes(12).toString('base64url');
  const password = options.password || generatedPassword!;
  const problem = passwordProblem(password);
  if (problem) throw new Error(`JOBSPOR_ADMIN_PASSWORD: ${problem}`);
  return { municipality, username, password, generatedPassword };
}

/**
 * Applies pending migrations and creates the municipality and its
 * administrator in one transaction: if anything fails, the database is as it
 * was (on PostgreSQL not even the schema is left behind).
 */
export async function initInstallation(db: Kysely<Database>, init: CheckedInit) {
  const { municipality, username } = init;
  const passwordHash = await hashPassword(init.password);
  await db.transaction().execute(async (trx) => {
    await migrate(trx);
    const existing = await trx.selectFrom('staff').select('id').limit(1).executeTakeFirst();
    if (existing) throw new Error('This database already has staff accounts; administrators create further accounts in the app.');
    const unit = await trx.insertInto('unit').values({ kind: 'municipality', name: municipality }).returning('id').executeTakeFirstOrThrow();
    await trx
      .insertInto('staff')
      .values({ username, display_name: 'Administrator', unit_id: unit.id, roles: ['admin'], password_hash: passwordHash, password_change_required: true })
      .execute();
    await appendAuditEvent(trx, commandEvent('installation.init', { municipality }, username));
  });
  return { municipality, username, generatedPassword: init.generatedPassword };
}

/**
 * `jobspor init` on the configured database. The options are checked before
 * the database is opened, and an embedded data directory that this run
 * created is removed again when init fails, so a failed init leaves nothing.
 */
export async function initDatabase(database: DatabaseOptions, options: InitOptions) {
  const init = checkInitOptions(options);
  return undoNewDirectoryOnFailure(database.url ? undefined : database.dataDir, async () => {
    const handle = await openDatabase(database);
    try {
      return { ...(await initInstallation(handle.db, init)), kind: handle.kind };
    } finally {
      await handle.close();
    }
  });
}

/**
 * Runs `work`; if it fails and `dir` did not exist before (or was an empty
 * directory), removes what `work` created there, then rethrows.
 */
export async function undoNewDirectoryOnFailure<T>(dir: string | undefined, work: () => Promise<T>): Promise<T> {
  const before = dir === undefined ? 'kept' : !existsSync(dir) ? 'missing' : statSync(dir).isDirectory() && readdirSync(dir).length === 0 ? 'empty' : 'kept';
  try {
    return await work();
  } catch (error) {
    if (before === 'missing') rmSync(dir!, { recursive: true, force: true });
    if (before === 'empty') for (const name of readdirSync(dir!)) rmSync(join(dir!, name), { recursive: true, force: true });
    throw error;
  }
}

const shellQuote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/**
 * The exact `init` command for the configured database: on PostgreSQL it
 * carries DATABASE_URL, with `<password>` in place of the URL's password so
 * that the password never reaches a terminal or log.
 */
export function initCommandLine(databaseUrl: string | undefined): string {
  const command = 'npx jobspor init --municipality "<name> Kommune" --admin <username>';
  return databaseUrl ? `DATABASE_URL=${shellQuote(redactUrlPassword(databaseUrl, '<password>'))} ${command}` : command;
}
