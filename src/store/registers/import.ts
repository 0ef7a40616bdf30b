/**
 * Importing a register extract (docs/registers.md). Two passes over the
 * file, neither holding it in memory:
 *
 * 1. scan: the SHA-256 of the bytes and the period the extract covers (its
 *    first and last week or month), outside any transaction;
 * 2. write, in ONE transaction: the import row; the file validated record
 *    by record and written in batches of 5,000 rows with unnest arrays
 *    (weeks and hours to a stage table), person cells resolved to ids in the
 *    same batches; then, unless too many rows were rejected or it is a dry
 *    run (which roll it all back), the period's changes applied
 *    (writers.ts: what differs moves to *_replaced, so a rollback restores
 *    it), the benefit timelines of the persons changed, the final counts and
 *    the audit event.
 *
 * CPR numbers exist only in the person cells while a batch is in memory:
 * they are hashed into person keys (person-key.ts), never stored in the
 * register tables, logged or put in the report.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAuditEvent } from '../../db/audit-log.ts';
import { codeLookup, identityCodeList, type CodeList } from '../../domain/registers/code-list.ts';
import { resolveLayout, type Layout, type RegisterKind } from '../../domain/registers/formats.ts';
import { monthEnd, parseDate, parseIsoWeek, parseMonth, weekEnd } from '../../domain/registers/periods.ts';
import { ReportBuilder, type RejectedReason, type ValidationReport } from '../../domain/registers/report.ts';
import { RowValidator, type RegisterRow, type ValidationContext } from '../../domain/registers/rows.ts';
import { registry } from '../../domain/models/registry.ts';
import { redactCprLike } from '../../domain/identity/cpr.ts';
import { findCodeList } from './code-lists.ts';
import { lockRegisterWrites } from './errors.ts';
import { ensureMunicipalities, municipalityCodes } from './municipalities.ts';
import { PersonResolver } from './persons.ts';
import { openRecordSource, sha256File, type RecordSource } from './source.ts';
import { refreshTimelines } from './timeline.ts';
import { beginWrite, changedPersons, finishWrite, writeBatch, type WritableRow } from './writers.ts';

export type { RegisterKind } from '../../domain/registers/formats.ts';
export type { ValidationReport } from '../../domain/registers/report.ts';

export interface ImportActor {
  staffId: string | null;
  label: string;
}

export interface ImportProgress {
  phase: 'reading' | 'writing' | 'deriving' | 'done';
  bytesRead: number;
  bytesTotal: number | null;
  rowsRead: number;
}

export interface ImportOptions {
  kind: RegisterKind;
  fileName: string;
  actor: ImportActor;
  /** Installation secret (HMAC key for person keys). */
  secret: Uint8Array;
  /** Stored code list; default = the identity mapping of Jobspor's state names. */
  codeList?: { name: string; version: number };
  /** Default 0.01: with a larger share of rejected rows nothing is written. */
  maxRejectedShare?: number;
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportOutcome {
  importId: number | null;
  report: ValidationReport;
}

/** Rows per insert statement. */
export const batchSize = 5000;
export const defaultMaxRejectedShare = 0.01;
/** Progress is reported at most this often (rows). */
const progressEvery = 20_000;

/** Model names a visitations extract may use: the model's id, or its short name in lower case ('fsm'). */
function modelNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const model of registry.latest()) {
    names.set(model.id, model.id);
    names.set(model.shortName.toLowerCase(), model.id);
  }
  return names;
}

/**
 * Runs `work` in a transaction of its own, or, when `db` is a transaction
 * already (the demo seed imports inside its own), in a savepoint of it, so a
 * refused file still leaves nothing behind.
 */
async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute(work);
  await sql`SAVEPOINT register_import`.execute(db);
  try {
    const result = await work(db);
    await sql`RELEASE SAVEPOINT register_import`.execute(db);
    return result;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT register_import`.execute(db);
    throw error;
  }
}

/**
 * Local buffers for the stage table. PostgreSQL's default (8 MB) makes a
 * stage of millions of rows spill to temporary files, which PGlite keeps in
 * its in-memory file system, slowly. The setting can only change before the
 * session first uses a temporary table, so later attempts fail harmlessly;
 * on a PostgreSQL server it reaches one pooled connection at most, which is
 * fine: the server's temporary files are ordinary files.
 */
async function roomForStage(db: Kysely<Database>): Promise<void> {
  if (db.isTransaction) return;
  try {
    await sql`SET temp_buffers = '256MB'`.execute(db);
  } catch {
    // Temporary tables were used already in this session: keep the current size.
  }
}

/** Thrown inside the transaction to roll it back and answer with the report. */
class Refused extends Error {
  constructor(readonly report: ValidationReport) {
    super('refused');
  }
}

/** The period a file covers: [first day, last day] of its valid time keys; null for persons or a file without any. */
async function scanPeriod(source: RecordSource, layout: Layout, onProgress: (rows: number) => void): Promise<{ from: string; to: string } | null> {
  if (layout.kind === 'persons') return null;
  if (layout.wide) {
    const weeks = layout.weeks.map((w) => w.week).sort();
    return weeks.length ? { from: weeks[0]!, to: weekEnd(weeks.at(-1)!) } : null;
  }
  const column = layout.kind === 'benefit_weeks' ? 'week' : layout.kind === 'hours_monthly' ? 'month' : 'start_date';
  const index = layout.columns[column]!;
  const parse = layout.kind === 'benefit_weeks' ? parseIsoWeek : layout.kind === 'hours_monthly' ? parseMonth : (t: string) => {
    const date = parseDate(t);
    return date ? { ok: true as const, date } : { ok: false as const };
  };
  // A few hundred distinct values in millions of rows: parse each once.
  const seen = new Map<string, string | null>();
  let min: string | null = null;
  let max: string | null = null;
  let rows = 0;
  for await (const batch of source.batches()) {
    for (const record of batch.records) {
      const text = record[index] ?? '';
      let date = seen.get(text);
      if (date === undefined) {
        const parsed = parse(text.trim());
        date = parsed.ok ? parsed.date : null;
        seen.set(text, date);
      }
      if (date === null) continue;
      if (min === null || date < min) min = date;
      if (max === null || date > max) max = date;
    }
    rows += batch.records.length;
    onProgress(rows);
  }
  if (min === null || max === null) return null;
  const to = layout.kind === 'benefit_weeks' ? weekEnd(max) : layout.kind === 'hours_monthly' ? monthEnd(max) : max;
  return { from: min, to };
}

function refusedReport(reason: RejectedReason, report: ReportBuilder, period: { from: string; to: string } | null): ValidationReport {
  return report.build({ rejected: true, rejectedReason: reason, periodFrom: period?.from ?? null, periodTo: period?.to ?? null });
}

/**
 * Imports one extract file (CSV or Parquet) of `options.kind`. Returns the
 * validation report, and the new import's id unless nothing was written
 * (a missing column, too many rejected rows, a dry run).
 */
export async function importRegisterFile(db: Kysely<Database>, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const { kind } = options;
  const maxRejectedShare = options.maxRejectedShare ?? defaultMaxRejectedShare;
  const source = await openRecordSource(path);
  const progress = (phase: ImportProgress['phase'], rowsRead: number) =>
    options.onProgress?.({ phase, bytesRead: phase === 'done' ? source.bytesTotal : source.bytesRead(), bytesTotal: source.bytesTotal, rowsRead });
  try {
    const report = new ReportBuilder();
    const resolved = resolveLayout(kind, source.header);
    if (!resolved.ok) {
      for (const column of resolved.columns) report.add('missing_column', 1, 'column', column);
      return { importId: null, report: refusedReport(resolved.reason, report, null) };
    }
    const layout = resolved.layout;
    progress('reading', 0);
    const sha256 = await sha256File(path);
    let lastProgress = 0;
    const period = await scanPeriod(source, layout, (rows) => {
      if (rows - lastProgress >= progressEvery) {
        lastProgress = rows;
        progress('reading', rows);
      }
    });

    await ensureMunicipalities(db);
    const codeList: CodeList = options.codeList ? await findCodeList(db, options.codeList.name, options.codeList.version) : identityCodeList;
    const context: ValidationContext = { codes: codeLookup(codeList), municipalities: await municipalityCodes(db), models: modelNames() };

    await roomForStage(db);
    try {
      return await inTransaction(db, async (trx) => {
        await lockRegisterWrites(trx);
        const importRow = await trx
          .insertInto('register_import')
          .values({
            kind,
            file_name: options.fileName,
            sha256,
            period_from: period?.from ?? null,
            period_to: period?.to ?? null,
            rows_read: 0,
            rows_kept: 0,
            report: '{}',
            code_list_id: codeList.id,
            imported_by: options.actor.staffId,
            imported_by_label: options.actor.label,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const importId = importRow.id;
        const plan = await beginWrite(trx, kind, importId, period);

        const validator = new RowValidator(layout, context, report);
        const persons = new PersonResolver(trx, options.secret);
        let pending: RegisterRow[] = [];
        let duplicates = 0;
        const flush = async () => {
          if (pending.length === 0) return;
          const rows = pending;
          pending = [];
          await persons.resolve(new Set(rows.map((r) => r.person)));
          const writable = rows.map((row) => ({ ...row, personId: persons.id(row.person) }) as WritableRow);
          const duplicateLines = new Set(await writeBatch(trx, kind, importId, writable, plan));
          for (const row of rows) {
            if (!duplicateLines.has(row.line)) continue;
            duplicateLines.delete(row.line); // one line, one problem (a wide line can hold several weeks)
            duplicates++;
            const [column, value] = duplicateKey(row);
            report.add(duplicateCode[kind], row.line, column, value);
          }
        };

        progress('writing', 0);
        lastProgress = 0;
        for await (const batch of source.batches()) {
          for (let i = 0; i < batch.records.length; i++) {
            for (const row of validator.validate(batch.records[i]!, batch.lines[i]!)) pending.push(row);
          }
          if (pending.length >= batchSize) await flush();
          if (report.rowsRead - lastProgress >= progressEvery) {
            lastProgress = report.rowsRead;
            progress('writing', report.rowsRead);
          }
        }
        await flush();
        report.rowsKept -= duplicates;

        const finish = (reason: RejectedReason | null) =>
          report.build({ rejected: reason !== null, rejectedReason: reason, periodFrom: period?.from ?? null, periodTo: period?.to ?? null });
        if (report.rowsRead === 0) throw new Refused(finish('no_rows'));
        if (report.rowsRejected > maxRejectedShare * report.rowsRead) throw new Refused(finish('too_many_rejected'));
        if (options.dryRun) throw new Refused(finish('dry_run'));

        if (period) await finishWrite(trx, kind, importId, period.from, period.to, plan);
        if (kind === 'benefit_weeks') {
          progress('deriving', report.rowsRead);
          await refreshTimelines(trx, await changedPersons(trx, importId));
        }
        const final = finish(null);
        await trx
          .updateTable('register_import')
          .set({ rows_read: final.rowsRead, rows_kept: final.rowsKept, report: JSON.stringify(final) })
          .where('id', '=', importId)
          .execute();
        await appendAuditEvent(trx, {
          staff_id: options.actor.staffId,
          staff_username: options.actor.label,
          action: 'register.import',
          method: null,
          route: null,
          citizen_pseudonym: null,
          citizen_pseudonyms: null,
          detail: {
            importId,
            kind,
            fileName: redactCprLike(options.fileName),
            sha256,
            periodFrom: final.periodFrom,
            periodTo: final.periodTo,
            rowsRead: final.rowsRead,
            rowsKept: final.rowsKept,
            codeList: codeList.id === null ? null : `${codeList.name}:${codeList.version}`,
          },
          client_address: null,
          session_ref: null,
        });
        progress('done', final.rowsRead);
        return { importId, report: final };
      });
    } catch (error) {
      if (error instanceof Refused) {
        progress('done', error.report.rowsRead);
        return { importId: null, report: error.report };
      }
      throw error;
    }
  } finally {
    source.close();
  }
}

const duplicateCode = {
  persons: 'duplicate_person',
  benefit_weeks: 'duplicate_person_week',
  hours_monthly: 'duplicate_person_month_employer',
  visitations: 'duplicate_person',
} as const;

/** What a duplicate example shows: the key that repeats (never the person cell). */
function duplicateKey(row: RegisterRow): [string, string] {
  if ('week' in row) return ['week', row.week];
  if ('employerCvr' in row) return ['month', `${row.month.slice(0, 7)} employer_cvr ${row.employerCvr}`];
  return ['person', row.person];
}
