/** The citizen's plan per course: every saved version kept in plan_version. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PlanContent } from '../../domain/cases/plan.ts';
import { getVersion, listVersions, saveVersion, type SaveResult, type Version, type VersionSummary } from './versions.ts';

export const listPlanVersions = (db: Kysely<Database>, courseId: string): Promise<VersionSummary[]> => listVersions(db, 'plan', courseId);

/** One plan version; the current (newest) one when versionNo is omitted. */
export const getPlanVersion = (db: Kysely<Database>, courseId: string, versionNo?: number): Promise<Version<PlanContent> | undefined> =>
  getVersion<PlanContent>(db, 'plan', courseId, versionNo);

/** Saves a new plan version on top of baseVersion (inside a transaction). */
export const savePlanVersion = (trx: Kysely<Database>, courseId: string, baseVersion: number, content: PlanContent, staffId: string): Promise<SaveResult> =>
  saveVersion(trx, 'plan', courseId, baseVersion, content, staffId);
