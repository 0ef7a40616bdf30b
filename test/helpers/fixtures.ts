/**
 * A small organisation built directly in the database for API tests:
 * municipality -> job centre -> two teams, one staff member per role, and a
 * few citizens in each team. Independent of the demo seed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/platform/password.ts';
import { newPseudonym } from '../../src/domain/identity/pseudonym.ts';
import { parseCpr } from '../../src/domain/identity/cpr.ts';
import type { Role } from '../../src/domain/organisation/roles.ts';

export const fixturePassword = 'fixture-password-1';
let passwordHash: Promise<string> | undefined;

export interface Fixture {
  municipalityId: string;
  jobcentreId: string;
  teamA: string;
  teamB: string;
  staff: Record<string, { id: string; username: string }>;
  citizensA: { id: string; pseudonym: string; cpr: string }[];
  citizensB: { id: string; pseudonym: string; cpr: string }[];
}

/** Staff: `<role>` in team A (leder, analytiker at the job centre, admin at the municipality) and `jobformidler.b` in team B. */
export async function buildFixture(db: Kysely<Database>): Promise<Fixture> {
  passwordHash ??= hashPassword(fixturePassword);
  const hash = await passwordHash;
  const unit = async (kind: 'municipality' | 'jobcentre' | 'team', name: string, parent: string | null) =>
    (await db.insertInto('unit').values({ kind, name, parent_id: parent }).returning('id').executeTakeFirstOrThrow()).id;
  const municipalityId = await unit('municipality', 'Testby Kommune', null);
  const jobcentreId = await unit('jobcentre', 'Jobcenter Testby', municipalityId);
  const teamA = await unit('team', 'Team A', jobcentreId);
  const teamB = await unit('team', 'Team B', jobcentreId);
  const staffSpec: [string, Role, string][] = [
    ['jobformidler', 'jobformidler', teamA],
    ['virksomhedskonsulent', 'virksomhedskonsulent', teamA],
    ['mentor', 'mentor', teamA],
    ['leder', 'leder', jobcentreId],
    ['analytiker', 'analytiker', jobcentreId],
    ['admin', 'admin', municipalityId],
    ['jobformidler.b', 'jobformidler', teamB],
  ];
  const staff: Fixture['staff'] = {};
  for (const [username, role, unitId] of staffSpec) {
    const row = await db
      .insertInto('staff')
      .values({ username, display_name: `Test ${username}`, unit_id: unitId, roles: [role], password_hash: hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    staff[username] = { id: row.id, username };
  }
  const citizen = async (cpr: string, first: string, unitId: string, responsible: string) => {
    const parsed = parseCpr(cpr);
    if (!parsed.ok) throw new Error(parsed.reason);
    const pseudonym = newPseudonym();
    const row = await db
      .insertInto('citizen')
      .values({
        pseudonym,
        first_name: first,
        last_name: 'Testesen',
        birth_date: parsed.value.birthDate,
        sex: parsed.value.sex,
        unit_id: unitId,
        responsible_staff_id: responsible,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('citizen_cpr').values({ citizen_id: row.id, cpr: parsed.value.digits }).execute();
    await db
      .insertInto('benefit_spell')
      .values({ citizen_id: row.id, benefit_type: 'kontanthjaelp', readiness: 'aktivitetsparat', from_date: '2019-03-01' })
      .execute();
    return { id: row.id, pseudonym, cpr: parsed.value.digits };
  };
  const citizensA = [
    await citizen('0101801234', 'Anna', teamA, staff.jobformidler!.id),
    await citizen('1502752345', 'Bo', teamA, staff.jobformidler!.id),
  ];
  const citizensB = [await citizen('2807903456', 'Cecilie', teamB, staff['jobformidler.b']!.id)];
  return { municipalityId, jobcentreId, teamA, teamB, staff, citizensA, citizensB };
}
