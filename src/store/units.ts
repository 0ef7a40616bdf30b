/** Walking the organisation-unit tree: one query each way, shared by access, overrides and eligibility. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The unit and every unit above it, nearest first; the last is the municipality. */
export async function unitAncestors(db: Kysely<Database>, unitId: string): Promise<{ id: string; name: string }[]> {
  const result = await sql<{ id: string; name: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, name, 0 AS depth FROM unit WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id, u.name, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
    )
    SELECT id, name FROM up ORDER BY depth`.execute(db);
  return result.rows;
}

/** The unit and every unit below it, with their parents. */
export async function unitTree(db: Kysely<Database>, unitId: string): Promise<{ id: string; parentId: string | null }[]> {
  const result = await sql<{ id: string; parent_id: string | null }>`
    WITH RECURSIVE tree AS (
      SELECT id, parent_id FROM unit WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id FROM unit u JOIN tree t ON u.parent_id = t.id
    )
    SELECT id, parent_id FROM tree`.execute(db);
  return result.rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
}

/** The municipality (root) a unit belongs to. */
export async function municipalityOf(db: Kysely<Database>, unitId: string): Promise<string> {
  const root = (await unitAncestors(db, unitId)).at(-1);
  if (!root) throw new Error('unit has no municipality');
  return root.id;
}
