/**
 * Server-side sessions. The cookie carries a random token; the database keeps
 * only its SHA-256, so a leaked database cannot be replayed as cookies.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isRole, type Role } from '../../domain/organisation/roles.ts';

export const sessionCookie = 'jobspor_session';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string;
  /** The password was set by someone else (init); only the password change is open. */
  passwordChangeRequired: boolean;
}

/** What the session table stores of a cookie token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a new session for a staff member and returns the cookie token. */
export async function createSession(db: Kysely<Database>, staffId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('session').values({ token_hash: hashToken(token), staff_id: staffId }).execute();
  return token;
}

export async function destroySession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute();
}

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/**
 * The staff member behind a token, when the session exists, has been used
 * within the idle limit, began within the absolute lifetime, and the account
 * is active. Touches the session.
 */
export async function resolveSession(db: Kysely<Database>, token: string, limits: SessionLimits): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('session')
    .innerJoin('staff', 'staff.id', 'session.staff_id')
    .select([
      'staff.id',
      'staff.username',
      'staff.display_name',
      'staff.roles',
      'staff.unit_id',
      'staff.active',
      'staff.password_change_required',
      sql<boolean>`session.last_seen_at > now() - make_interval(mins => ${limits.idleMinutes}::int)
        AND session.created_at > now() - make_interval(hours => ${limits.absoluteHours}::int)`.as('fresh'),
      sql<boolean>`session.last_seen_at < now() - interval '1 minute'`.as('touch'),
    ])
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.fresh || !row.active) {
    await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  // Refresh at most once a minute so reads do not turn into writes.
  if (row.touch) await db.updateTable('session').set({ last_seen_at: sql`now()` }).where('token_hash', '=', tokenHash).execute();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles.filter(isRole),
    unitId: row.unit_id,
    passwordChangeRequired: row.password_change_required,
  };
}

/** Ends every session of a staff member (deactivation, password reset), or every one but the token given. */
export async function destroyStaffSessions(db: Kysely<Database>, staffId: string, exceptToken?: string): Promise<void> {
  let query = db.deleteFrom('session').where('staff_id', '=', staffId);
  if (exceptToken) query = query.where('token_hash', '<>', hashToken(exceptToken));
  await query.execute();
}
