/** Settings an administrator sets for a whole municipality (table municipality_setting, 0006). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface MunicipalitySettings {
  /** May a citizen be in courses of two models at the same time (each such course with a reason)? Default no. */
  allowParallelCourses: boolean;
  updatedBy: { id: string; name: string } | null;
  updatedAt: string | null;
}

const defaults: MunicipalitySettings = { allowParallelCourses: false, updatedBy: null, updatedAt: null };

/** The municipality's settings; the defaults until an administrator has saved them. */
export async function getMunicipalitySettings(db: Kysely<Database>, municipalityId: string): Promise<MunicipalitySettings> {
  const row = await db
    .selectFrom('municipality_setting')
    .leftJoin('staff', 'staff.id', 'municipality_setting.updated_by')
    .select(['municipality_setting.allow_parallel_courses', 'municipality_setting.updated_by', 'municipality_setting.updated_at', 'staff.display_name'])
    .where('municipality_setting.unit_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return defaults;
  return {
    allowParallelCourses: row.allow_parallel_courses,
    updatedBy: row.updated_by ? { id: row.updated_by, name: row.display_name ?? '' } : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function saveMunicipalitySettings(
  db: Kysely<Database>,
  municipalityId: string,
  settings: { allowParallelCourses: boolean },
  by: string,
): Promise<void> {
  await db
    .insertInto('municipality_setting')
    .values({ unit_id: municipalityId, allow_parallel_courses: settings.allowParallelCourses, updated_by: by })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ allow_parallel_courses: settings.allowParallelCourses, updated_by: by, updated_at: new Date() }))
    .execute();
}
