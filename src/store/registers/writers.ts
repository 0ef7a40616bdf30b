/**
 * The SQL of writing each kind. Batches of validated rows go in with unnest
 * arrays (one statement per batch, whatever its size); a batch statement
 * returns the lines it did not write because the same key was already
 * written by this import: the duplicates the report names.
 *
 * Benefit weeks and hours are keyed (person and week; person, month and
 * employer): their batches go to a temporary stage table, and finishWrite
 * then changes only what differs within the period the extract covers. A
 * row that changes or is no longer there moves to *_replaced (a rollback
 * restores it); a new or changed row is inserted; an identical row is left
 * as it is. Monthly extracts repeat most of the history, so a re-import
 * writes little; and too many rejected rows are found before anything but
 * the stage was written. Benefit weeks of a period that holds none yet
 * skip the stage (WritePlan.direct). Visitations have no key: the period's
 * rows are replaced as a whole. Persons are updated in place (writePersons).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RegisterKind } from '../../domain/registers/formats.ts';
import type { BenefitWeekRow, HoursRow, PersonRow, RegisterRow, VisitationRow } from '../../domain/registers/rows.ts';

/** A validated row with its register person's id. */
export type WritableRow<R extends RegisterRow = RegisterRow> = R & { personId: number };

type Db = Kysely<Database>;

/** Moves the rows of the period [from, to] (inclusive dates) to the kind's *_replaced table, marked with the import. */
async function replacePeriod(db: Db, kind: RegisterKind, importId: number, from: string, to: string): Promise<void> {
  // Copy, then delete: two plain statements, so millions of rows are never held as a CTE's result.
  switch (kind) {
    case 'benefit_weeks':
      await sql`INSERT INTO register_benefit_week_replaced (replaced_by, person_id, week, state, import_id)
        SELECT ${importId}, person_id, week, state, import_id FROM register_benefit_week WHERE week BETWEEN ${from}::date AND ${to}::date`.execute(db);
      await sql`DELETE FROM register_benefit_week WHERE week BETWEEN ${from}::date AND ${to}::date`.execute(db);
      return;
    case 'hours_monthly':
      await sql`INSERT INTO register_hours_month_replaced (replaced_by, person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
        SELECT ${importId}, person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id FROM register_hours_month
        WHERE month BETWEEN ${from}::date AND ${to}::date`.execute(db);
      await sql`DELETE FROM register_hours_month WHERE month BETWEEN ${from}::date AND ${to}::date`.execute(db);
      return;
    case 'visitations':
      await sql`INSERT INTO register_visitation_replaced (replaced_by, person_id, model_id, group_code, start_date, end_date, import_id)
        SELECT ${importId}, person_id, model_id, group_code, start_date, end_date, import_id FROM register_visitation
        WHERE start_date BETWEEN ${from}::date AND ${to}::date`.execute(db);
      await sql`DELETE FROM register_visitation WHERE start_date BETWEEN ${from}::date AND ${to}::date`.execute(db);
      return;
    case 'persons':
      return; // persons have no period: each person's attributes are replaced as written
  }
}

/** How an import writes its batches: to the stage, or straight to the table. */
export interface WritePlan {
  /**
   * True when the table has no rows in the extract's period (the first
   * import of that period): nothing can be unchanged or replaced, so the
   * batches go straight to the table and the stage is skipped.
   */
  direct: boolean;
}

/**
 * Prepares the writing of one import: creates the kind's stage table for
 * this transaction, unless the period is empty (WritePlan.direct);
 * visitations have their period replaced now (they have no key to compare).
 */
export async function beginWrite(db: Db, kind: RegisterKind, importId: number, period: { from: string; to: string } | null): Promise<WritePlan> {
  // One left by an earlier import in the same enclosing transaction (one that wrote no period).
  await sql`DROP TABLE IF EXISTS pg_temp.register_stage_week, pg_temp.register_stage_hours`.execute(db);
  if (kind === 'visitations' && period) await replacePeriod(db, kind, importId, period.from, period.to);
  if (kind === 'benefit_weeks') {
    if (period) {
      const existing = await sql<{ found: boolean }>`SELECT EXISTS (
        SELECT 1 FROM register_benefit_week WHERE week BETWEEN ${period.from}::date AND ${period.to}::date) AS found`.execute(db);
      if (!existing.rows[0]!.found) return { direct: true };
    }
    await sql`CREATE TEMP TABLE register_stage_week (person_id int, week date, state smallint, line int,
      unchanged boolean NOT NULL DEFAULT false, PRIMARY KEY (person_id, week)) ON COMMIT DROP`.execute(db);
  } else if (kind === 'hours_monthly') {
    await sql`CREATE TEMP TABLE register_stage_hours (person_id int, month date, employer_cvr char(8), db07 text, paid_hours numeric(6, 2), subsidised boolean,
      line int, unchanged boolean NOT NULL DEFAULT false, PRIMARY KEY (person_id, month, employer_cvr)) ON COMMIT DROP`.execute(db);
  }
  return { direct: false };
}

/**
 * Applies the staged rows to the period [from, to]: what differs moves to
 * *_replaced and is replaced; identical rows stay. Visitations: the period's
 * rows were replaced before the batches (beginPeriod). Returns nothing; the
 * persons whose weeks changed are found through the import id (changedPersons).
 */
export async function finishWrite(db: Db, kind: RegisterKind, importId: number, from: string, to: string, plan: WritePlan): Promise<void> {
  if (plan.direct) return;
  // Statistics of the stage, so the joins below work on sets rather than probing row by row. The
  // stage is compared with the stored rows once (marking the identical ones); the statements that
  // follow read only the stage, so no plan depends on how many rows the target table had when it was
  // last analysed (a table analysed empty would otherwise be scanned once per row inserted).
  if (kind === 'benefit_weeks') {
    await sql`ANALYZE register_stage_week`.execute(db);
    await sql`UPDATE register_stage_week s SET unchanged = true FROM register_benefit_week b
      WHERE b.person_id = s.person_id AND b.week = s.week AND b.state = s.state`.execute(db);
    await sql`ANALYZE register_stage_week`.execute(db); // again: how many are unchanged decides the plans below
    const differs = sql`b.week BETWEEN ${from}::date AND ${to}::date
      AND NOT EXISTS (SELECT 1 FROM register_stage_week s WHERE s.person_id = b.person_id AND s.week = b.week AND s.unchanged)`;
    await sql`INSERT INTO register_benefit_week_replaced (replaced_by, person_id, week, state, import_id)
      SELECT ${importId}, b.person_id, b.week, b.state, b.import_id FROM register_benefit_week b WHERE ${differs}`.execute(db);
    await sql`DELETE FROM register_benefit_week b WHERE ${differs}`.execute(db);
    await sql`INSERT INTO register_benefit_week (person_id, week, state, import_id)
      SELECT person_id, week, state, ${importId} FROM register_stage_week WHERE NOT unchanged`.execute(db);
    // Dropped now rather than at commit: an enclosing transaction may import again.
    await sql`DROP TABLE register_stage_week`.execute(db);
  } else if (kind === 'hours_monthly') {
    await sql`ANALYZE register_stage_hours`.execute(db);
    await sql`UPDATE register_stage_hours s SET unchanged = true FROM register_hours_month h
      WHERE h.person_id = s.person_id AND h.month = s.month AND h.employer_cvr = s.employer_cvr
        AND s.db07 IS NOT DISTINCT FROM h.db07 AND s.paid_hours = h.paid_hours AND s.subsidised = h.subsidised`.execute(db);
    await sql`ANALYZE register_stage_hours`.execute(db);
    const differs = sql`h.month BETWEEN ${from}::date AND ${to}::date
      AND NOT EXISTS (SELECT 1 FROM register_stage_hours s WHERE s.person_id = h.person_id AND s.month = h.month AND s.employer_cvr = h.employer_cvr AND s.unchanged)`;
    await sql`INSERT INTO register_hours_month_replaced (replaced_by, person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
      SELECT ${importId}, h.person_id, h.month, h.employer_cvr, h.db07, h.paid_hours, h.subsidised, h.import_id FROM register_hours_month h WHERE ${differs}`.execute(db);
    await sql`DELETE FROM register_hours_month h WHERE ${differs}`.execute(db);
    await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
      SELECT person_id, month, employer_cvr, db07, paid_hours, subsidised, ${importId} FROM register_stage_hours WHERE NOT unchanged`.execute(db);
    await sql`DROP TABLE register_stage_hours`.execute(db);
  }
}

/** Persons whose benefit weeks the import changed: rows it wrote or replaced. */
export async function changedPersons(db: Db, importId: number): Promise<number[]> {
  const rows = await sql<{ person_id: number }>`SELECT person_id FROM register_benefit_week WHERE import_id = ${importId}
    UNION SELECT person_id FROM register_benefit_week_replaced WHERE replaced_by = ${importId}`.execute(db);
  return rows.rows.map((r) => r.person_id);
}

/** Drops the rows whose key repeats an earlier row of the batch; returns the kept rows and the dropped lines. */
function dedupe<R extends WritableRow>(rows: readonly R[], key: (row: R) => string): { kept: R[]; duplicates: number[] } {
  const seen = new Set<string>();
  const kept: R[] = [];
  const duplicates: number[] = [];
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) duplicates.push(row.line);
    else {
      seen.add(k);
      kept.push(row);
    }
  }
  return { kept, duplicates };
}

const lines = (rows: readonly { line: number }[]) => rows.map((r) => r.line);

/** Writes a batch; returns the lines not written because their key was written before by this import. */
export async function writeBatch(db: Db, kind: RegisterKind, importId: number, rows: readonly WritableRow[], plan: WritePlan): Promise<number[]> {
  switch (kind) {
    case 'benefit_weeks':
      return plan.direct ? writeWeeksDirect(db, importId, rows as WritableRow<BenefitWeekRow>[]) : writeWeeks(db, rows as WritableRow<BenefitWeekRow>[]);
    case 'hours_monthly':
      return writeHours(db, importId, rows as WritableRow<HoursRow>[]);
    case 'visitations':
      await writeVisitations(db, importId, rows as WritableRow<VisitationRow>[]);
      return [];
    case 'persons':
      return writePersons(db, importId, rows as WritableRow<PersonRow>[]);
  }
}

async function writeWeeks(db: Db, rows: readonly WritableRow<BenefitWeekRow>[]): Promise<number[]> {
  const { kept, duplicates } = dedupe(rows, (r) => `${r.personId}:${r.week}`);
  // A key already staged is a row this import wrote before: found through the stage's primary key
  // (one probe a row), in the snapshot before this insert.
  const result = await sql<{ line: number }>`WITH input AS (
      SELECT * FROM unnest(${kept.map((r) => r.personId)}::int[], ${kept.map((r) => r.week)}::date[], ${kept.map((r) => r.state)}::smallint[], ${lines(kept)}::int[])
        AS t(person_id, week, state, line)
    ), duplicate AS (
      SELECT input.line FROM input JOIN register_stage_week b ON b.person_id = input.person_id AND b.week = input.week
    ), inserted AS (
      INSERT INTO register_stage_week (person_id, week, state, line)
      SELECT person_id, week, state, line FROM input WHERE line NOT IN (SELECT line FROM duplicate)
    )
    SELECT line FROM duplicate`.execute(db);
  return [...duplicates, ...result.rows.map((r) => r.line)];
}

/** A batch of weeks straight to the table (an empty period): a key already there was written by this import. */
async function writeWeeksDirect(db: Db, importId: number, rows: readonly WritableRow<BenefitWeekRow>[]): Promise<number[]> {
  const { kept, duplicates } = dedupe(rows, (r) => `${r.personId}:${r.week}`);
  const result = await sql<{ line: number }>`WITH input AS (
      SELECT * FROM unnest(${kept.map((r) => r.personId)}::int[], ${kept.map((r) => r.week)}::date[], ${kept.map((r) => r.state)}::smallint[], ${lines(kept)}::int[])
        AS t(person_id, week, state, line)
    ), duplicate AS (
      SELECT input.line FROM input JOIN register_benefit_week b ON b.person_id = input.person_id AND b.week = input.week
    ), inserted AS (
      INSERT INTO register_benefit_week (person_id, week, state, import_id)
      SELECT person_id, week, state, ${importId} FROM input WHERE line NOT IN (SELECT line FROM duplicate)
    )
    SELECT line FROM duplicate`.execute(db);
  return [...duplicates, ...result.rows.map((r) => r.line)];
}

async function writeHours(db: Db, importId: number, rows: readonly WritableRow<HoursRow>[]): Promise<number[]> {
  const { kept, duplicates } = dedupe(rows, (r) => `${r.personId}:${r.month}:${r.employerCvr}`);
  const result = await sql<{ line: number }>`WITH input AS (
      SELECT * FROM unnest(${kept.map((r) => r.personId)}::int[], ${kept.map((r) => r.month)}::date[], ${kept.map((r) => r.employerCvr)}::text[],
        ${kept.map((r) => r.db07)}::text[], ${kept.map((r) => r.paidHours)}::numeric[], ${kept.map((r) => r.subsidised)}::boolean[], ${lines(kept)}::int[])
        AS t(person_id, month, employer_cvr, db07, paid_hours, subsidised, line)
    ), duplicate AS (
      SELECT input.line FROM input JOIN register_stage_hours h
        ON h.person_id = input.person_id AND h.month = input.month AND h.employer_cvr = input.employer_cvr
    ), inserted AS (
      INSERT INTO register_stage_hours (person_id, month, employer_cvr, db07, paid_hours, subsidised, line)
      SELECT person_id, month, employer_cvr, db07, paid_hours, subsidised, line FROM input WHERE line NOT IN (SELECT line FROM duplicate)
    )
    SELECT line FROM duplicate`.execute(db);
  return [...duplicates, ...result.rows.map((r) => r.line)];
}

async function writeVisitations(db: Db, importId: number, rows: readonly WritableRow<VisitationRow>[]): Promise<void> {
  await sql`INSERT INTO register_visitation (person_id, model_id, group_code, start_date, end_date, import_id)
    SELECT person_id, model_id, group_code, start_date, end_date, ${importId}
    FROM unnest(${rows.map((r) => r.personId)}::int[], ${rows.map((r) => r.model)}::text[], ${rows.map((r) => r.group)}::text[],
      ${rows.map((r) => r.startDate)}::date[], ${rows.map((r) => r.endDate)}::date[]) AS t(person_id, model_id, group_code, start_date, end_date)`.execute(db);
}

/**
 * Sets the attributes of each person. The values they replace are kept in
 * register_person_replaced (for rollback) unless this import set them: a
 * person the import has written already is a duplicate and stays as first written.
 */
async function writePersons(db: Db, importId: number, rows: readonly WritableRow<PersonRow>[]): Promise<number[]> {
  const { kept, duplicates } = dedupe(rows, (r) => String(r.personId));
  const input = sql`SELECT * FROM unnest(${kept.map((r) => r.personId)}::int[], ${kept.map((r) => r.birthYear)}::smallint[], ${kept.map((r) => r.sex)}::text[],
      ${kept.map((r) => r.municipality)}::text[], ${kept.map((r) => r.origin)}::text[], ${kept.map((r) => r.education)}::smallint[], ${lines(kept)}::int[])
      AS t(person_id, birth_year, sex, municipality, origin, education, line)`;
  await sql`INSERT INTO register_person_replaced (replaced_by, person_id, birth_year, sex, municipality, origin, education, import_id)
    SELECT ${importId}, p.id, p.birth_year, p.sex, p.municipality, p.origin, p.education, p.import_id
    FROM register_person p JOIN (${input}) AS input ON input.person_id = p.id
    WHERE p.import_id IS NOT NULL AND p.import_id <> ${importId}`.execute(db);
  const result = await sql<{ line: number }>`WITH input AS (${input}), updated AS (
      UPDATE register_person p SET birth_year = input.birth_year, sex = input.sex, municipality = input.municipality,
        origin = input.origin, education = input.education, import_id = ${importId}
      FROM input WHERE p.id = input.person_id AND p.import_id IS DISTINCT FROM ${importId}
      RETURNING p.id
    )
    SELECT line FROM input WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.id = input.person_id)`.execute(db);
  return [...duplicates, ...result.rows.map((r) => r.line)];
}
