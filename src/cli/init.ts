/** First-time set-up of a real installation: one municipality and its administrator. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { hashPassword, passwordProblem } from '../platform/password.ts';
import { appendAuditEvent, commandEvent } from '../db/audit-log.ts';

export interface InitOptions {
  municipality: string;
  adminUsername: string;
  /** When absent a random password is generated and returned once. */
  password?: string;
}

export async function initInstallation(db: Kysely<Database>, options: InitOptions) {
  const municipality = options.municipality.trim();
  const username = options.adminUsername.trim().toLowerCase();
  if (!municipality) throw new Error('--municipality is required, e.g. --municipality "Fjordby Kommune"');
  if (!/^[a-z0-9._-]{2,64}$/.test(username)) throw new Error('--admin must be 2-64 characters: a-z, 0-9, dot, dash or underscore');
  const generatedPassword = options.password ? undefined : randomBytes(12).toString('base64url');
  const password = options.password ?? generatedPassword!;
  const problem = passwordProblem(password);
  if (problem) throw new Error(`JOBSPOR_ADMIN_PASSWORD: ${problem}`);
  const existing = await db.selectFrom('staff').select('id').limit(1).executeTakeFirst();
  if (existing) throw new Error('This database already has staff accounts; administrators create further accounts in the app.');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const unit = await trx.insertInto('unit').values({ kind: 'municipality', name: municipality }).returning('id').executeTakeFirstOrThrow();
    await trx
      .insertInto('staff')
      .values({ username, display_name: 'Administrator', unit_id: unit.id, roles: ['admin'], password_hash: passwordHash })
      .execute();
    await appendAuditEvent(trx, commandEvent('installation.init', { municipality }, username));
  });
  return { municipality, username, generatedPassword };
}
