/**
 * Saved evaluations (migration 0015): a finished run kept with its request
 * (a treated CSV only as its hash), cohort summary, result and
 * reproducibility record. An analysis belongs to its creator's municipality:
 * only that municipality's staff list and open it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SavedAnalysis, SavedAnalysisSummary } from '../../server/routes/evaluation/schemas.ts';

export interface NewAnalysis {
  name: string;
  municipalityId: string;
  createdBy: string;
  request: SavedAnalysis['request'];
  cohort: SavedAnalysis['cohort'];
  result: SavedAnalysis['result'];
  reproducibility: SavedAnalysis['reproducibility'];
}

/** A saved analysis with who may delete it. */
export interface StoredAnalysis extends SavedAnalysis {
  createdById: string;
}

/** Runs `work` in a transaction of its own, or in the caller's when `db` already is one. */
function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Stores an analysis; returns its id. `db` may be the caller's transaction (the audit row goes in it too). */
export async function insertAnalysis(db: Kysely<Database>, analysis: NewAnalysis): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('evaluation_analysis')
      .values({
        name: analysis.name,
        model_id: analysis.request.cohort.modelId,
        municipality_id: analysis.municipalityId,
        request: JSON.stringify(analysis.request),
        cohort: JSON.stringify(analysis.cohort),
        result: JSON.stringify(analysis.result),
        reproducibility: JSON.stringify(analysis.reproducibility),
        spec_sha256: analysis.reproducibility.specSha256,
        created_by: analysis.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('evaluation_analysis as a')
    .innerJoin('staff as s', 's.id', 'a.created_by')
    .select(['a.id', 'a.name', 'a.model_id', 'a.municipality_id', 'a.request', 'a.result', 'a.created_by', 's.display_name', 'a.created_at']);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

/** jsonb arrives parsed on both drivers; text (should a driver hand it so) is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

function summary(row: BaseRow): SavedAnalysisSummary {
  const request = json<SavedAnalysis['request']>(row.request);
  const result = json<SavedAnalysis['result']>(row.result);
  return {
    id: row.id,
    name: row.name,
    modelId: row.model_id,
    method: result.method,
    outcome: result.outcome,
    window: result.window ?? (request.analysis.window ?? null),
    estimand: result.estimand,
    effect: result.effect,
    nTreated: result.nTreated,
    createdBy: row.display_name,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The municipality's analyses, newest first. */
export async function listAnalyses(db: Kysely<Database>, municipalityId: string): Promise<SavedAnalysisSummary[]> {
  const rows = await baseQuery(db).where('a.municipality_id', '=', municipalityId).orderBy('a.created_at', 'desc').orderBy('a.id').execute();
  return rows.map(summary);
}

/** One analysis of the municipality, or null (unknown, or another municipality's). */
export async function findAnalysis(db: Kysely<Database>, id: string, municipalityId: string): Promise<StoredAnalysis | null> {
  const row = await baseQuery(db)
    .select(['a.cohort', 'a.reproducibility'])
    .where('a.id', '=', id)
    .where('a.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...summary(row),
    request: json(row.request),
    cohort: json(row.cohort),
    result: json(row.result),
    reproducibility: json(row.reproducibility),
    createdById: row.created_by,
  };
}

/** Deletes an analysis; true when it was there. */
export async function deleteAnalysis(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('evaluation_analysis').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
