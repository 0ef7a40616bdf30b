/**
 * Importing answers collected outside Jobspor into a round (issue 12 §2).
 * The CSV is checked row by row against the round's instrument and units
 * (domain/fidelity/answer-import.ts). All or nothing: when any row is
 * rejected, or on a dry run, nothing is stored and the report says why;
 * otherwise the batch is recorded in fidelity_import and its responses
 * (role, unit and answers, like those answered in the app) are stored in one
 * transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { parseAnswerCsv } from '../../domain/fidelity/answer-import.ts';
import type { SurveyResponse } from '../../domain/fidelity/scoring.ts';
import { FidelityError, getInstrument } from './instruments.ts';
import { getRound, inTransaction } from './rounds.ts';

export interface ImportReportRow {
  dryRun: boolean;
  rowsRead: number;
  rowsAccepted: number;
  rejected: { line: number; field: string; reason: string }[];
  stored: boolean;
  importId: string | null;
}

export interface ImportOptions {
  /** The caller's municipality (the round must be one of its own); undefined for the CLI. */
  municipalityId?: string;
  fileName: string;
  dryRun: boolean;
  importedBy: string;
  today: string;
}

/** Stores parsed responses of one import batch (also used by the demo seed). */
export async function storeImportedResponses(
  db: Kysely<Database>,
  roundId: string,
  responses: readonly SurveyResponse[],
  batch: { fileName: string; rowsRead: number; importedBy: string },
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('fidelity_import')
      .values({ round_id: roundId, file_name: batch.fileName, rows_read: batch.rowsRead, rows_accepted: responses.length, rejected: '[]', imported_by: batch.importedBy })
      .returning('id')
      .executeTakeFirstOrThrow();
    const chunk = 200;
    for (let i = 0; i < responses.length; i += chunk) {
      const part = responses.slice(i, i + chunk);
      const ids = await trx
        .insertInto('fidelity_response')
        .values(part.map((r) => ({ round_id: roundId, respondent_role: r.role, unit_id: r.unitId, import_id: row.id })))
        .returning('id')
        .execute();
      const answers = part.flatMap((r, k) => Object.entries(r.answers).map(([item_id, value]) => ({ response_id: ids[k]!.id, item_id, value })));
      if (answers.length) await trx.insertInto('fidelity_answer').values(answers).execute();
    }
    return row.id;
  });
}

/** Checks (and unless a dry run, stores) an answers CSV for a round; returns the validation report. */
export async function importAnswers(db: Kysely<Database>, roundId: string, text: string, options: ImportOptions): Promise<ImportReportRow> {
  const round = await getRound(db, roundId, options.municipalityId, options.today);
  const stored = await getInstrument(db, round.instrumentId, round.instrumentVersion);
  if (!stored) throw new FidelityError('not_found', 'id', 'Rundens måleredskab findes ikke.');
  const { responses, rejected } = parseAnswerCsv(text, stored.instrument, round.units);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const rowsRead = Math.max(0, lines.length - 1);
  if (rowsRead === 0 && rejected.length === 0) rejected.push({ line: 1, field: 'file', reason: 'Filen har ingen svar under overskriften.' });
  const report = { dryRun: options.dryRun, rowsRead, rowsAccepted: responses.length, rejected };
  if (rejected.length || options.dryRun) return { ...report, stored: false, importId: null };
  const importId = await storeImportedResponses(db, roundId, responses, { fileName: options.fileName, rowsRead, importedBy: options.importedBy });
  return { ...report, stored: true, importId };
}
