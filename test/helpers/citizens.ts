/** Adds citizens directly in the database, for tests that need fresh ones beside the fixture's. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { newPseudonym } from '../../src/domain/identity/pseudonym.ts';

let serial = 5000;

/**
 * A citizen born 1980-05-05 in `unitId`, on activity-ready cash benefit since
 * 2019-03-01 unless `benefitSince` is null (then outside most target groups).
 */
export async function addTestCitizen(
  db: Kysely<Database>,
  options: { firstName: string; unitId: string; responsibleStaffId: string; benefitSince?: string | null },
): Promise<{ id: string; pseudonym: string }> {
  const pseudonym = newPseudonym();
  const row = await db
    .insertInto('citizen')
    .values({
      pseudonym,
      first_name: options.firstName,
      last_name: 'Testesen',
      birth_date: '1980-05-05',
      sex: 'male',
      unit_id: options.unitId,
      responsible_staff_id: options.responsibleStaffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // 050580-1xxx: a valid date part; the serial keeps the numbers unique across calls.
  await db.insertInto('citizen_cpr').values({ citizen_id: row.id, cpr: `0505801${String(serial++).slice(1)}` }).execute();
  const since = options.benefitSince === undefined ? '2019-03-01' : options.benefitSince;
  if (since !== null) {
    await db.insertInto('benefit_spell').values({ citizen_id: row.id, benefit_type: 'kontanthjaelp', readiness: 'aktivitetsparat', from_date: since }).execute();
  }
  return { id: row.id, pseudonym };
}
