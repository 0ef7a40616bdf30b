/**
 * The record of imports, and rollback. Only the latest active import of a
 * kind can be rolled back: a later import of the same kind may have
 * replaced its rows, so undoing imports goes backwards one at a time.
 * Rolling back deletes the import's rows and restores the rows it
 * replaced, in one transaction, with the timelines and an audit event.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAuditEvent } from '../../db/audit-log.ts';
import type { RegisterKind } from '../../domain/registers/formats.ts';
import type { ValidationReport } from '../../domain/registers/report.ts';
import { lockRegisterWrites, RegisterError } from './errors.ts';
import type { ImportActor } from './import.ts';
import { refreshTimelines } from './timeline.ts';

export interface StoredImport {
  id: number;
  kind: RegisterKind;
  fileName: string;
  sha256: string;
  periodFrom: string | null;
  periodTo: string | null;
  rowsRead: number;
  rowsKept: number;
  importedBy: string;
  importedAt: string;
  rolledBackAt: string | null;
  rolledBackBy: string | null;
  codeListId: number | null;
  /** True for the latest active import of its kind. */
  canRollBack: boolean;
  report: ValidationReport;
}

/** Every import, newest first. */
export async function listImports(db: Kysely<Database>): Promise<StoredImport[]> {
  const rows = await db.selectFrom('register_import').selectAll().orderBy('id', 'desc').execute();
  const latestActive = new Map<string, number>();
  for (const row of rows) if (row.rolled_back_at === null && !latestActive.has(row.kind)) latestActive.set(row.kind, row.id);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    sha256: row.sha256,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    rowsRead: row.rows_read,
    rowsKept: row.rows_kept,
    importedBy: row.imported_by_label,
    importedAt: new Date(row.imported_at).toISOString(),
    rolledBackAt: row.rolled_back_at === null ? null : new Date(row.rolled_back_at).toISOString(),
    rolledBackBy: row.rolled_back_by_label,
    codeListId: row.code_list_id,
    canRollBack: latestActive.get(row.kind) === row.id,
    report: row.report as ValidationReport,
  }));
}

/** Rolls an import back; a RegisterError when it is unknown, rolled back already or not the latest active of its kind. */
export async function rollbackImport(db: Kysely<Database>, importId: number, actor: ImportActor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockRegisterWrites(trx);
    const target = await trx.selectFrom('register_import').selectAll().where('id', '=', importId).executeTakeFirst();
    if (!target) throw new RegisterError('import_not_found', `There is no import ${importId}.`);
    if (target.rolled_back_at !== null) throw new RegisterError('already_rolled_back', `Import ${importId} has been rolled back already.`);
    const latest = await trx
      .selectFrom('register_import')
      .select('id')
      .where('kind', '=', target.kind)
      .where('rolled_back_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    if (latest.id !== importId) {
      throw new RegisterError('not_latest', `Import ${importId} is not the latest ${target.kind} import; roll back import ${latest.id} first.`);
    }
    switch (target.kind) {
      case 'benefit_weeks': {
        const touched = await sql<{ person_id: number }>`SELECT person_id FROM register_benefit_week WHERE import_id = ${importId}
          UNION SELECT person_id FROM register_benefit_week_replaced WHERE replaced_by = ${importId}`.execute(trx);
        await sql`DELETE FROM register_benefit_week WHERE import_id = ${importId}`.execute(trx);
        await sql`INSERT INTO register_benefit_week (person_id, week, state, import_id)
          SELECT person_id, week, state, import_id FROM register_benefit_week_replaced WHERE replaced_by = ${importId}`.execute(trx);
        await sql`DELETE FROM register_benefit_week_replaced WHERE replaced_by = ${importId}`.execute(trx);
        await refreshTimelines(trx, touched.rows.map((r) => r.person_id));
        break;
      }
      case 'hours_monthly':
        await sql`DELETE FROM register_hours_month WHERE import_id = ${importId}`.execute(trx);
        await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
          SELECT person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id FROM register_hours_month_replaced WHERE replaced_by = ${importId}`.execute(trx);
        await sql`DELETE FROM register_hours_month_replaced WHERE replaced_by = ${importId}`.execute(trx);
        break;
      case 'visitations':
        await sql`DELETE FROM register_visitation WHERE import_id = ${importId}`.execute(trx);
        await sql`INSERT INTO register_visitation (person_id, model_id, group_code, start_date, end_date, import_id)
          SELECT person_id, model_id, group_code, start_date, end_date, import_id FROM register_visitation_replaced WHERE replaced_by = ${importId}`.execute(trx);
        await sql`DELETE FROM register_visitation_replaced WHERE replaced_by = ${importId}`.execute(trx);
        break;
      case 'persons':
        await sql`UPDATE register_person p SET birth_year = r.birth_year, sex = r.sex, municipality = r.municipality,
            origin = r.origin, education = r.education, import_id = r.import_id
          FROM register_person_replaced r WHERE r.replaced_by = ${importId} AND p.id = r.person_id`.execute(trx);
        // Persons the import gave their first attributes: back to none.
        await sql`UPDATE register_person SET birth_year = NULL, sex = NULL, municipality = NULL, origin = NULL, education = NULL, import_id = NULL
          WHERE import_id = ${importId}`.execute(trx);
        await sql`DELETE FROM register_person_replaced WHERE replaced_by = ${importId}`.execute(trx);
        break;
    }
    await trx
      .updateTable('register_import')
      .set({ rolled_back_at: sql`now()`, rolled_back_by_label: actor.label })
      .where('id', '=', importId)
      .execute();
    await appendAuditEvent(trx, {
      staff_id: actor.staffId,
      staff_username: actor.label,
      action: 'register.rollback',
      method: null,
      route: null,
      citizen_pseudonym: null,
      citizen_pseudonyms: null,
      detail: { importId, kind: target.kind, periodFrom: target.period_from, periodTo: target.period_to },
      client_address: null,
      session_ref: null,
    });
  });
}
