/** What the target-group check reads besides the citizen's facts (store/facts.ts loadCitizenFacts). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RegisteredAddress } from '../../domain/organisation/housing-areas.ts';
import { housingAreasOf } from '../housing-areas.ts';
import { municipalityOf } from '../units.ts';

/** The citizen's registered address and the housing areas of the municipality their unit belongs to. */
export async function residenceInputs(db: Kysely<Database>, citizenId: string, unitId: string) {
  const [citizen, areas] = await Promise.all([
    db.selectFrom('citizen').select(['address_line', 'postcode']).where('id', '=', citizenId).executeTakeFirstOrThrow(),
    municipalityOf(db, unitId).then((municipalityId) => housingAreasOf(db, municipalityId)),
  ]);
  const address: RegisteredAddress = { addressLine: citizen.address_line, postcode: citizen.postcode };
  return { address, areas };
}
