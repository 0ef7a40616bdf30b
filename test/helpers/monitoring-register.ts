/**
 * A small hand-made register written straight into the 0012 tables (no
 * files, no import code): municipalities, one import per kind with its
 * period, persons with weekly states (as the derived timeline and as weekly
 * rows), monthly hours and visitations. For the monitoring's API tests.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { newPseudonym } from '../../src/domain/identity/pseudonym.ts';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';

export interface RegisterPersonSpec {
  municipality: string;
  citizenId?: string;
  pseudonym?: string;
  /** State code per week from the register's first week (missing = no row). */
  states?: readonly number[];
  /** 'YYYY-MM' -> paid hours. */
  hours?: Record<string, { ordinary?: number; subsidised?: number }>;
  visitation?: { model: string; group: string; start: string; end?: string };
}

export interface RegisterSpec {
  /** Monday of the first week the benefit extract covers. */
  firstWeek: string;
  weeks: number;
  /** Months the hours extract covers, 'YYYY-MM'. */
  hoursFrom: string;
  hoursTo: string;
  municipalities: Record<string, string>;
  persons: readonly RegisterPersonSpec[];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function newImport(db: Kysely<Database>, kind: string, from: string | null, to: string | null): Promise<number> {
  const row = await sql<{ id: number }>`
    INSERT INTO register_import (kind, file_name, sha256, period_from, period_to, rows_read, rows_kept, report, imported_by_label)
    VALUES (${kind}, ${`${kind}.csv`}, ${sha(`${kind}${Math.random()}`)}, ${from}, ${to}, 0, 0, '{}'::jsonb, 'test')
    RETURNING id`.execute(db);
  return row.rows[0]!.id;
}

/** Writes the register; returns the register person ids in spec order. */
export async function insertRegister(db: Kysely<Database>, spec: RegisterSpec): Promise<number[]> {
  for (const [code, name] of Object.entries(spec.municipalities)) {
    await sql`INSERT INTO municipality (code, name) VALUES (${code}, ${name}) ON CONFLICT (code) DO NOTHING`.execute(db);
  }
  const first = toDay(spec.firstWeek);
  const lastDay = fromDay(first + spec.weeks * 7 - 1);
  const personsImport = await newImport(db, 'persons', null, null);
  const weeksImport = await newImport(db, 'benefit_weeks', spec.firstWeek, lastDay);
  const [hy, hm] = spec.hoursTo.split('-').map(Number) as [number, number];
  const hoursEnd = fromDay(toDay(`${hm === 12 ? hy + 1 : hy}-${String(hm === 12 ? 1 : hm + 1).padStart(2, '0')}-01`) - 1);
  const hoursImport = await newImport(db, 'hours_monthly', `${spec.hoursFrom}-01`, hoursEnd);
  const visitImport = await newImport(db, 'visitations', spec.firstWeek, lastDay);
  const ids: number[] = [];
  for (const [i, p] of spec.persons.entries()) {
    const row = await sql<{ id: number }>`
      INSERT INTO register_person (person_key, pseudonym, citizen_id, birth_year, sex, municipality, import_id)
      VALUES (${`ext:test-${i}-${Math.random()}`}, ${p.pseudonym ?? newPseudonym()}, ${p.citizenId ?? null}, 1985, 'K', ${p.municipality}, ${personsImport})
      RETURNING id`.execute(db);
    const id = row.rows[0]!.id;
    ids.push(id);
    const states = p.states ?? [];
    for (const [w, state] of states.entries()) {
      if (state === 0) continue;
      await sql`INSERT INTO register_benefit_week (person_id, week, state, import_id) VALUES (${id}, ${fromDay(first + w * 7)}, ${state}, ${weeksImport})`.execute(db);
    }
    if (states.some((s) => s !== 0)) {
      await sql`INSERT INTO register_person_timeline (person_id, first_week, states) VALUES (${id}, ${spec.firstWeek}, ${[...states]}::smallint[])`.execute(db);
    }
    for (const [month, h] of Object.entries(p.hours ?? {})) {
      if (h.ordinary) {
        await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, paid_hours, subsidised, import_id)
          VALUES (${id}, ${`${month}-01`}, '12345678', ${h.ordinary}, false, ${hoursImport})`.execute(db);
      }
      if (h.subsidised) {
        await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, paid_hours, subsidised, import_id)
          VALUES (${id}, ${`${month}-01`}, '87654321', ${h.subsidised}, true, ${hoursImport})`.execute(db);
      }
    }
    if (p.visitation) {
      await sql`INSERT INTO register_visitation (person_id, model_id, group_code, start_date, end_date, import_id)
        VALUES (${id}, ${p.visitation.model}, ${p.visitation.group}, ${p.visitation.start}, ${p.visitation.end ?? null}, ${visitImport})`.execute(db);
    }
  }
  return ids;
}

/** Changes one person's hours in a month (a corrected extract). */
export async function setOrdinaryHours(db: Kysely<Database>, personId: number, month: string, hours: number): Promise<void> {
  await sql`DELETE FROM register_hours_month WHERE person_id = ${personId} AND month = ${`${month}-01`}`.execute(db);
  const imp = await sql<{ id: number }>`SELECT id FROM register_import WHERE kind = 'hours_monthly' ORDER BY id DESC LIMIT 1`.execute(db);
  if (hours > 0) {
    await sql`INSERT INTO register_hours_month (person_id, month, employer_cvr, paid_hours, subsidised, import_id)
      VALUES (${personId}, ${`${month}-01`}, '12345678', ${hours}, false, ${imp.rows[0]!.id})`.execute(db);
  }
}
