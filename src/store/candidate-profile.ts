/**
 * The facts of a candidate profile (issue 9 item 20): only the columns an
 * employer match needs, read so that contact details, CPR and case notes are
 * never loaded (src/server/routes/matching/candidate-profile.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface CandidateFacts {
  citizen: { id: string; firstName: string; lastName: string; birthDate: string; postcode: string | null; city: string | null };
  course: { id: string; modelId: string; phase: string | null };
}

/** The citizen's name, birth date and postcode and the course's model and phase. */
export async function candidateFacts(db: Kysely<Database>, courseId: string): Promise<CandidateFacts | undefined> {
  const row = await db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .select(['citizen.id as citizen_id', 'citizen.first_name', 'citizen.last_name', 'citizen.birth_date', 'citizen.postcode', 'citizen.city', 'course.id', 'course.model_id', 'course.current_phase'])
    .where('course.id', '=', courseId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    citizen: { id: row.citizen_id, firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date, postcode: row.postcode, city: row.city },
    course: { id: row.id, modelId: row.model_id, phase: row.current_phase },
  };
}
