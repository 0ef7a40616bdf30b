/** What the target-group check reads besides the citizen's facts (store/facts.ts loadCitizenFacts). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * The housing areas covered by the outreach units of the municipality the
 * unit belongs to (TRIN model: citizens living in one of them qualify);
 * undefined when the municipality has none, so residence cannot be judged.
 */
export async function qualifyingAreas(db: Kysely<Database>, unitId: string): Promise<string[] | undefined> {
  const result = await sql<{ housing_area: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM unit WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
    ),
    tree AS (
      SELECT id FROM up WHERE parent_id IS NULL
      UNION ALL
      SELECT u.id FROM unit u JOIN tree t ON u.parent_id = t.id
    )
    SELECT DISTINCT unit.housing_area FROM unit JOIN tree ON tree.id = unit.id
    WHERE unit.housing_area IS NOT NULL AND btrim(unit.housing_area) <> ''
    ORDER BY unit.housing_area`.execute(db);
  return result.rows.length ? result.rows.map((r) => r.housing_area) : undefined;
}
