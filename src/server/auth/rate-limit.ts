/**
 * Login throttling per account and per client address, kept in the database
 * (table login_attempt) so that every app server on it shares one count.
 *
 * A login first claims an attempt for its account and its address, each with
 * one atomic UPSERT ... RETURNING: parallel requests queue on the row and
 * each sees the count the previous one left, so no more than the free
 * attempts reach the password check at once. Past the free attempts, the next
 * one is allowed only after a delay that doubles with every attempt, up to a
 * cap: progressive delays rather than a lock-out of everyone behind one
 * address. A correct password clears the account's count and gives the
 * address its attempt back, so colleagues behind one proxy do not use up each
 * other's attempts by logging in.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ThrottlePolicy {
  /** Attempts allowed without any delay within the window. */
  freeAttempts: number;
  /** The delay after the first attempt past the free ones; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface LoginLimits {
  /** A key with no attempt for this long starts afresh. */
  windowMs: number;
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

/**
 * ASVS 2.2.1 asks for anti-automation without lock-out; the account gets 5
 * free attempts and then 1 s, 2 s, 4 s ... up to 15 minutes; an address (a
 * whole office behind one proxy) gets 30 and waits at most a minute.
 */
export const defaultLoginLimits: LoginLimits = {
  windowMs: 60 * 60_000,
  account: { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000 },
  address: { freeAttempts: 30, baseDelayMs: 1000, maxDelayMs: 60_000 },
};

type Db = Kysely<Database>;

/** The delay owed after `attempts` attempts, as an SQL interval. */
function delay(attempts: ReturnType<typeof sql.ref>, policy: ThrottlePolicy) {
  return sql`make_interval(secs => least(${policy.maxDelayMs}::float8,
    ${policy.baseDelayMs}::float8 * power(2, least(greatest(${attempts} - ${policy.freeAttempts}::int, 0), 40))) / 1000.0)`;
}

/** Claims one attempt for a key; null when allowed, else the seconds to wait. */
async function claim(db: Db, key: string, policy: ThrottlePolicy, windowMs: number): Promise<number | null> {
  const window = sql`make_interval(secs => ${windowMs / 1000}::float8)`;
  const claimed = await sql<{ attempts: number }>`
    INSERT INTO login_attempt AS a (key, attempts, last_attempt_at) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN a.last_attempt_at < now() - ${window} THEN 1 ELSE a.attempts + 1 END,
      last_attempt_at = now()
    WHERE a.last_attempt_at < now() - ${window}
       OR a.attempts < ${policy.freeAttempts}::int
       OR a.last_attempt_at + ${delay(sql.ref('a.attempts'), policy)} <= now()
    RETURNING attempts`.execute(db);
  if (claimed.rows.length > 0) return null;
  const owed = await sql<{ wait: number }>`
    SELECT ceil(extract(epoch FROM last_attempt_at + ${delay(sql.ref('attempts'), policy)} - now()))::int AS wait
    FROM login_attempt WHERE key = ${key}`.execute(db);
  return Math.max(1, owed.rows[0]?.wait ?? 1);
}

/** Gives an address its attempt back (after a correct password, or when the account refused it). */
async function release(db: Db, key: string): Promise<void> {
  await sql`UPDATE login_attempt SET attempts = greatest(attempts - 1, 0) WHERE key = ${key}`.execute(db);
}

const accountKey = (username: string) => `account:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly limits: LoginLimits = defaultLoginLimits,
  ) {}

  /**
   * Claims an attempt for the account and the address before the password is
   * checked. Returns 0 when the password may be checked, else the seconds
   * until the next attempt is allowed.
   */
  async claim(username: string, address: string): Promise<number> {
    const account = await claim(this.db, accountKey(username), this.limits.account, this.limits.windowMs);
    if (account !== null) return account;
    const byAddress = await claim(this.db, addressKey(address), this.limits.address, this.limits.windowMs);
    if (byAddress !== null) {
      await release(this.db, accountKey(username));
      return byAddress;
    }
    return 0;
  }

  /** The password was right: the account starts afresh and the address gets its attempt back. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.db.deleteFrom('login_attempt').where('key', '=', accountKey(username)).execute();
    await release(this.db, addressKey(address));
    // Keys nobody has tried within the window carry no information any more.
    await sql`DELETE FROM login_attempt WHERE last_attempt_at < now() - make_interval(secs => ${this.limits.windowMs / 1000}::float8)`.execute(this.db);
  }
}
