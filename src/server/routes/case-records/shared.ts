/**
 * Pieces shared by the case-record routes: access to a course or citizen
 * (404 outside the caller's units, so existence is not revealed), the job
 * centre's today, and the 409 for a stale base version.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { isoDay } from '../../../store/facts.ts';
import { courseKey } from '../../../store/cases/keys.ts';
import { ApiError, badRequest } from '../../errors.ts';
import { staffRef } from '../../schemas.ts';

/** Access to a course or citizen is the same as for the course routes (404 outside the caller's units). */
export { accessibleCitizen, accessibleCourse } from '../courses/access.ts';

export const versionSummarySchema = z.object({
  versionNo: z.number().int(),
  createdAt: z.string(),
  createdBy: staffRef,
});

/**
 * A version number as sent: a whole number from `first` (0 where "none yet"
 * is a version, 1 where a record is made with its first version). `number`
 * says what a missing or non-numeric value is told: z.number() for a body
 * field, z.coerce.number() for a path or query string.
 */
export function versionNumberFrom<T extends z.ZodNumber | z.ZodCoercedNumber>(number: T, first: 0 | 1): T {
  // Each check returns the schema it is called on (`this`); TypeScript only loses that through the union.
  return number.int({ error: 'Skal være et helt tal.' }).min(first, { error: `Skal være ${first} eller derover.` }) as T;
}

export const baseVersionSchema = versionNumberFrom(z.number({ error: 'Angiv den version, du har redigeret (0 når der ikke er nogen endnu).' }), 0).describe(
  'The version number the edit started from; 0 when there is none yet',
);

/** A course id given with a citizen's record must be one of that citizen's courses. */
export async function checkCourseOfCitizen(
  db: Kysely<Database>,
  courseId: string | null | undefined,
  citizenId: string,
  field = 'courseId',
  /** A record tied to the course cannot predate it. */
  dated?: { field: string; value: string },
): Promise<void> {
  if (!courseId) return;
  const key = await courseKey(db, courseId);
  if (!key || key.citizenId !== citizenId) throw badRequest('Ukendt forløb.', { [field]: 'Forløbet findes ikke hos denne borger.' });
  if (dated && dated.value < key.enrolmentDate) {
    throw badRequest('Datoen ligger før forløbets start.', { [dated.field]: `Datoen kan ikke ligge før forløbets start (${key.enrolmentDate}).` });
  }
}

export { today } from '../../../store/facts.ts';

/** 409 stale: somebody saved a newer version since the edit started. */
export function staleVersion(what: string, baseVersion: number, currentVersionNo: number): ApiError {
  return new ApiError(409, 'stale', `${what} er ændret af en anden i mellemtiden. Genindlæs og prøv igen.`, {
    baseVersion: `Du redigerede version ${baseVersion}, men den nyeste er version ${currentVersionNo}.`,
  });
}

/** A row just written in this request; its absence is a bug, not a client error. */
export function written<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} just saved could not be read back`);
  return value;
}
