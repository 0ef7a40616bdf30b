/**
 * register_person_timeline: each person's weekly states as one array from
 * their first week with a row, 0 for a week without one, derived from
 * register_benefit_week in the import's (or rollback's) transaction, so the
 * monitoring reads one row per person instead of one per week.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const chunkSize = 5000;

/** Rebuilds the timelines of these persons (a person with no weeks left loses theirs). */
export async function refreshTimelines(db: Kysely<Database>, personIds: Iterable<number>, onChunk?: (done: number) => void): Promise<void> {
  const ids = [...personIds].sort((a, b) => a - b);
  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunk = ids.slice(start, start + chunkSize);
    await sql`DELETE FROM register_person_timeline WHERE person_id = ANY(${chunk}::int[])`.execute(db);
    // Each week's state after as many zeros as the weeks missing before it, joined as text and read back as
    // an array: one ordered pass over the primary key, no calendar join.
    await sql`INSERT INTO register_person_timeline (person_id, first_week, states)
      SELECT person_id, min(week), string_to_array(string_agg(repeat('0,', gap) || state::text, ',' ORDER BY week), ',')::smallint[]
      FROM (
        SELECT person_id, week, state, COALESCE((week - lag(week) OVER (PARTITION BY person_id ORDER BY week)) / 7 - 1, 0) AS gap
        FROM register_benefit_week WHERE person_id = ANY(${chunk}::int[])
      ) AS weeks
      GROUP BY person_id`.execute(db);
    onChunk?.(Math.min(start + chunkSize, ids.length));
  }
}
