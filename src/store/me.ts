/** The logged-in staff member as the app shell shows them. */
import type { Kysely } from 'kysely';
import { unitAncestors } from './units.ts';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { roles } from '../domain/organisation/roles.ts';

export const unitKindSchema = z.enum(['municipality', 'jobcentre', 'team', 'outreach_office']);

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  unit: z.object({ id: z.string(), name: z.string(), kind: unitKindSchema }),
  unitPath: z.array(z.string()).describe('Unit names from the municipality down to the staff member’s unit'),
  passwordChangeRequired: z
    .boolean()
    .describe('The password was set by someone else (jobspor init): every other API answers 403 password_change_required until it is changed'),
});
export type Me = z.infer<typeof meSchema>;

export async function loadMe(db: Kysely<Database>, staffId: string): Promise<Me> {
  const staff = await db
    .selectFrom('staff')
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['staff.id', 'staff.username', 'staff.display_name', 'staff.roles', 'staff.password_change_required', 'unit.id as unit_id', 'unit.name as unit_name', 'unit.kind as unit_kind'])
    .where('staff.id', '=', staffId)
    .executeTakeFirstOrThrow();
  const path = (await unitAncestors(db, staff.unit_id)).reverse();
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.display_name,
    roles: staff.roles as Me['roles'],
    unit: { id: staff.unit_id, name: staff.unit_name, kind: staff.unit_kind },
    unitPath: path.map((unit) => unit.name),
    passwordChangeRequired: staff.password_change_required,
  };
}
