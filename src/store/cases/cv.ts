/** The citizen's CV: every saved version kept in cv_version (the CV belongs to the citizen, not a course). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CvContent } from '../../domain/cases/cv.ts';
import type { CvHolder } from '../../domain/cases/cv-print.ts';
import { getVersion, listVersions, saveVersion, type SaveResult, type Version, type VersionSummary } from './versions.ts';

export const listCvVersions = (db: Kysely<Database>, citizenId: string): Promise<VersionSummary[]> => listVersions(db, 'cv', citizenId);

/** One CV version; the current (newest) one when versionNo is omitted. */
export const getCvVersion = (db: Kysely<Database>, citizenId: string, versionNo?: number): Promise<Version<CvContent> | undefined> =>
  getVersion<CvContent>(db, 'cv', citizenId, versionNo);

/** Saves a new CV version on top of baseVersion (inside a transaction). */
export const saveCvVersion = (trx: Kysely<Database>, citizenId: string, baseVersion: number, content: CvContent, staffId: string): Promise<SaveResult> =>
  saveVersion(trx, 'cv', citizenId, baseVersion, content, staffId);

/** Name and contact details printed on the CV; deliberately no CPR number or birth date. */
export async function cvHolder(db: Kysely<Database>, citizenId: string): Promise<CvHolder | undefined> {
  const row = await db
    .selectFrom('citizen')
    .select(['first_name', 'last_name', 'phone', 'email', 'postcode', 'city'])
    .where('id', '=', citizenId)
    .executeTakeFirst();
  return row ? { firstName: row.first_name, lastName: row.last_name, phone: row.phone, email: row.email, postcode: row.postcode, city: row.city } : undefined;
}
