/**
 * The SQL of writing each kind: moving the period an extract covers to the
 * *_replaced tables, and inserting a batch of validated rows with unnest
 * arrays (one statement per batch, whatever its size). A batch statement
 * returns the lines it did not insert because the same key was already
 * written by this import: the duplicates the report names.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RegisterKind } from '../../domain/registers/formats.ts';
import type { BenefitWeekRow, HoursRow, PersonRow, RegisterRow, VisitationRow } from '../../domain/registers/rows.ts';

/** A validated row with its register person's id. */
export type WritableRow<R extends RegisterRow = RegisterRow> = R & { personId: number };

type Db = Kysely<Database>;

/** Moves the rows of the period [from, to] (inclusive dates) to the kind's *_replaced table, marked with the import. */
export async function replacePeriod(db: Db, kind: RegisterKind, importId: number, from: string, to: string): Promise<void> {
  switch (kind) {
    case 'benefit_weeks':
      await sql`WITH moved AS (DELETE FROM register_benefit_week WHERE week BETWEEN ${from}::date AND ${to}::date RETURNING *)
        INSERT INTO register_benefit_week_replaced (replaced_by, person_id, week, state, import_id)
        SELECT ${importId}, person_id, week, state, import_id FROM moved`.execute(db);
      return;
    case 'hours_monthly':
      await sql`WITH moved AS (DELETE FROM register_hours_month WHERE month BETWEEN ${from}::date AND ${to}::date RETURNING *)
        INSERT INTO register_hours_month_replaced (replaced_by, person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
        SELECT ${importId}, person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id FROM moved`.execute(db);
      return;
    case 'visitations':
      await sql`WITH moved AS (DELETE FROM register_visitation WHERE start_date BETWEEN ${from}::date AND ${to}::date RETURNING *)
        INSERT INTO register_visitation_replaced (replaced_by, person_id, model_id, group_code, start_date, end_date, import_id)
        SELECT ${importId}, person_id, model_id, group_code, start_date, end_date, import_id FROM moved`.execute(db);
      return;
    case 'persons':
      return; // persons have no period: each person's attributes are replaced as written
  }
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
export async function writeBatch(db: Db, kind: RegisterKind, importId: number, rows: readonly WritableRow[]): Promise<number[]> {
  switch (kind) {
    case 'benefit_weeks':
      return writeWeeks(db, importId, rows as WritableRow<BenefitWeekRow>[]);
    case 'hours_monthly':
      return writeHours(db, importId, rows as WritableRow<HoursRow>[]);
    case 'visitations':
      await writeVisitations(db, importId, rows as WritableRow<VisitationRow>[]);
      return [];
    case 'persons':
      return writePersons(db, importId, rows as WritableRow<PersonRow>[]);
  }
}

async function writeWeeks(db: Db, importId: number, rows: readonly WritableRow<BenefitWeekRow>[]): Promise<number[]> {
  const { kept, duplicates } = dedupe(rows, (r) => `${r.personId}:${r.week}`);
  // The period was cleared before the first batch, so a key already stored is a row this import wrote
  // before: found through the primary key (one probe a row), in the snapshot before this insert.
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
      SELECT input.line FROM input JOIN register_hours_month h
        ON h.person_id = input.person_id AND h.month = input.month AND h.employer_cvr = input.employer_cvr
    ), inserted AS (
      INSERT INTO register_hours_month (person_id, month, employer_cvr, db07, paid_hours, subsidised, import_id)
      SELECT person_id, month, employer_cvr, db07, paid_hours, subsidised, ${importId} FROM input WHERE line NOT IN (SELECT line FROM duplicate)
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
