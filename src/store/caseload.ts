/**
 * What Min sagsstamme and the team overview show besides the engine's
 * results: citizen names and ages, phase names and the status of CV, job
 * goal, plan and last contact per course.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ageOn } from '../domain/identity/cpr.ts';
import type { CourseFacts } from '../domain/rules/facts.ts';

export interface CitizenLabel {
  id: string;
  name: string;
  pseudonym: string;
  age: number;
  unitId: string;
}

/** Names, ages and pseudonyms of citizens, by id. */
export async function citizenLabels(db: Kysely<Database>, ids: readonly string[], onDate: string): Promise<Map<string, CitizenLabel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('citizen')
    .select(['id', 'first_name', 'last_name', 'pseudonym', 'birth_date', 'unit_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: `${r.first_name} ${r.last_name}`, pseudonym: r.pseudonym, age: ageOn(r.birth_date, onDate), unitId: r.unit_id }]),
  );
}

/** Last contact of any kind that reached the citizen (no-shows do not count). */
export function lastContactDate(course: CourseFacts, onDate: string): string | null {
  let last: string | null = null;
  for (const contact of course.contacts) {
    if (contact.kind === 'no_show' || contact.date > onDate) continue;
    if (last === null || contact.date > last) last = contact.date;
  }
  return last;
}
