/** What the target-group check reads besides the citizen's facts (store/facts.ts loadCitizenFacts). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { municipalityOf, unitTree } from '../units.ts';

/**
 * The housing areas covered by the outreach units of the municipality the
 * unit belongs to (TRIN model: citizens living in one of them qualify);
 * undefined when the municipality has none, so residence cannot be judged.
 */
export async function qualifyingAreas(db: Kysely<Database>, unitId: string): Promise<string[] | undefined> {
  const units = (await unitTree(db, await municipalityOf(db, unitId))).map((u) => u.id);
  const rows = await db
    .selectFrom('unit')
    .select('housing_area')
    .distinct()
    .where('id', 'in', units)
    .where('housing_area', 'is not', null)
    .where(sql<boolean>`btrim(housing_area) <> ''`)
    .orderBy('housing_area')
    .execute();
  const areas = rows.map((r) => r.housing_area!);
  return areas.length ? areas : undefined;
}
