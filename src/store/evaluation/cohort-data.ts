/**
 * The store loader of the evaluation designs (domain/evaluation/cohort.ts,
 * docs/evaluation.md "The store loader"): one CohortPerson per register
 * person, keyed by pseudonym, read from the imported extracts in force and
 * the case data, and the treated lists from case data or a file.
 *
 * What the extracts cover comes from the imports in force (not rolled back),
 * by the monitoring's rule (store/monitoring/person-periods.ts loadFrame): a
 * benefit extract covers the weeks whose Monday lies from the Monday of its
 * first day to its last day, an hours extract the months from its first to
 * its last day's. Every person's weekly states run from the first to the
 * last covered week (a covered week without a row is 0), and their monthly
 * ordinary hours from the first to the last covered month (a covered month
 * without rows is 0); beyond those ends nothing is known. A gap between two
 * extracts cannot be marked unknown in a CohortPerson and reads as 0.
 *
 * National scale (100,000 persons): persons are read in batches of ids, two
 * queries a batch in parallel (persons with their timelines; ordinary hours
 * aggregated per person in SQL), arrays passed as text and parsed by hand,
 * as the monitoring does.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AnalysisError } from '../../domain/evaluation/analysis-error.ts';
import type { TreatedSource } from '../../domain/evaluation/analysis-spec.ts';
import { parseTimeZeroCsv, type CohortPerson, type TreatedEntry } from '../../domain/evaluation/cohort.ts';
import { registry } from '../../domain/models/registry.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import { parseDate } from '../../domain/registers/periods.ts';
import { fromDay, toDay } from '../../domain/rules/days.ts';
import { mondayOf, monthIndexOf, monthKey, monthOfDay } from '../monitoring/months.ts';
import { parseCodes } from '../monitoring/person-periods.ts';

export interface CohortData {
  /** Person = register_person.pseudonym; courseStarts of the model (all units), visitations of the model. */
  persons: CohortPerson[];
  /** Kommunekode → cluster id (municipality_cluster). */
  clusters: Map<string, string>;
  /** What the extracts in force cover: benefit weeks as ISO dates (first Monday .. last day), hours as 'YYYY-MM'. */
  dataPeriod: { benefitFrom: string | null; benefitTo: string | null; hoursFrom: string | null; hoursTo: string | null };
  /** The imports in force (not rolled back), oldest first: the report's input hashes. */
  registerImports: { id: number; kind: string; fileName: string; sha256: string; periodFrom: string | null; periodTo: string | null }[];
}

/** Register persons per batch. */
const batchSize = 5_000;

interface ImportRow {
  id: number;
  kind: string;
  file_name: string;
  sha256: string;
  period_from: string | null;
  period_to: string | null;
}

interface PersonRow {
  id: number;
  pseudonym: string;
  birth_year: number | null;
  sex: 'K' | 'M' | null;
  municipality: string | null;
  origin: string | null;
  education: number | null;
  first_week: string | null;
  states: string | null;
}

function checkModel(modelId: string): void {
  if (!registry.get(modelId)) throw new AnalysisError('unknown_model', 'modelId', `unknown model "${modelId}"`);
}

/** The covered weeks (Mondays, as day numbers) and months of the extracts in force. */
function coverage(imports: readonly ImportRow[]) {
  let firstMonday: number | null = null;
  let lastMonday: number | null = null;
  let firstMonth: MonthIndex | null = null;
  let lastMonth: MonthIndex | null = null;
  let benefitFrom: string | null = null;
  let benefitTo: string | null = null;
  for (const i of imports) {
    if (i.period_from === null || i.period_to === null) continue;
    if (i.kind === 'benefit_weeks') {
      // As loadFrame: the weeks whose Monday lies from the Monday of the first day to the last day.
      const first = mondayOf(toDay(i.period_from));
      const last = mondayOf(toDay(i.period_to));
      if (firstMonday === null || first < firstMonday) firstMonday = first;
      if (lastMonday === null || last > lastMonday) lastMonday = last;
      if (benefitFrom === null || i.period_from < benefitFrom) benefitFrom = i.period_from;
      if (benefitTo === null || i.period_to > benefitTo) benefitTo = i.period_to;
    } else if (i.kind === 'hours_monthly') {
      const first = monthIndexOf(i.period_from);
      const last = monthOfDay(toDay(i.period_to));
      if (firstMonth === null || first < firstMonth) firstMonth = first;
      if (lastMonth === null || last > lastMonth) lastMonth = last;
    }
  }
  return { firstMonday, lastMonday, firstMonth, lastMonth, benefitFrom, benefitTo };
}

/** Per register person id, a model's dates as text arrays (small: the case data and visitations of one model). */
async function datesByPerson(db: Kysely<Database>, query: RawBuilder<{ id: number; dates: string }>): Promise<Map<number, string[]>> {
  const rows = (await query.execute(db)).rows;
  return new Map(rows.map((r) => [r.id, r.dates.split(',')]));
}

/**
 * Every register person as a CohortPerson for the model, the clusters, what
 * the extracts cover and the imports in force. Throws AnalysisError
 * ('unknown_model'; 'no_benefit_extract' when no benefit extract is in force:
 * the design needs weekly states).
 */
export async function loadCohortData(db: Kysely<Database>, modelId: string): Promise<CohortData> {
  checkModel(modelId);
  const imports = (
    await sql<ImportRow>`
      SELECT id, kind, file_name, sha256, period_from::text AS period_from, period_to::text AS period_to
      FROM register_import WHERE rolled_back_at IS NULL ORDER BY id`.execute(db)
  ).rows;
  const cover = coverage(imports);
  if (cover.firstMonday === null || cover.lastMonday === null) {
    throw new AnalysisError('no_benefit_extract', 'register', 'no benefit extract (benefit_weeks) is imported: the design needs weekly benefit states');
  }
  const firstMonday = cover.firstMonday;
  const weeks = (cover.lastMonday - firstMonday) / 7 + 1;
  const firstWeek = fromDay(firstMonday);
  const firstMonth = cover.firstMonth ?? monthOfDay(firstMonday + 3);
  const months = cover.firstMonth === null || cover.lastMonth === null ? 0 : cover.lastMonth - cover.firstMonth + 1;

  const [clusterRows, courseStarts, visitations] = await Promise.all([
    sql<{ code: string; cluster_id: string }>`SELECT municipality_code AS code, cluster_id FROM municipality_cluster`.execute(db),
    datesByPerson(
      db,
      sql<{ id: number; dates: string }>`
        SELECT rp.id, string_agg(c.enrolment_date::text, ',' ORDER BY c.enrolment_date) AS dates
        FROM course c JOIN register_person rp ON rp.citizen_id = c.citizen_id
        WHERE c.model_id = ${modelId} GROUP BY rp.id`,
    ),
    datesByPerson(
      db,
      sql<{ id: number; dates: string }>`
        SELECT person_id AS id, string_agg(start_date::text, ',' ORDER BY start_date) AS dates
        FROM register_visitation WHERE model_id = ${modelId} GROUP BY person_id`,
    ),
  ]);

  // Batches by ranges of ids (identity: dense), so the persons and the hours of a batch are read in parallel,
  // and the next batch while this one is built.
  const bounds = (await sql<{ min: number | null; max: number | null }>`SELECT min(id) AS min, max(id) AS max FROM register_person`.execute(db)).rows[0];
  const readBatch = async (from: number) => {
    const to = from + batchSize - 1;
    const [persons, hours] = await Promise.all([
      sql<PersonRow>`
        SELECT rp.id, rp.pseudonym, rp.birth_year, rp.sex, rp.municipality, rp.origin, rp.education,
          t.first_week::text AS first_week, array_to_string(t.states, ',') AS states
        FROM register_person rp LEFT JOIN register_person_timeline t ON t.person_id = rp.id
        WHERE rp.id BETWEEN ${from} AND ${to} ORDER BY rp.id`.execute(db),
      // One 'day:centihours,...' text per person (the month's first day as a day number): integers print and
      // parse much faster than dates and numerics; summed per month here.
      months === 0
        ? Promise.resolve({ rows: [] as { person_id: number; hours: string }[] })
        : sql<{ person_id: number; hours: string }>`
            SELECT person_id, string_agg((month - DATE '1970-01-01')::text || ':' || (paid_hours * 100)::int::text, ',') AS hours
            FROM register_hours_month
            WHERE person_id BETWEEN ${from} AND ${to} AND NOT subsidised
            GROUP BY person_id`.execute(db),
    ]);
    return { persons: persons.rows, hours: hours.rows };
  };

  const out: CohortPerson[] = [];
  const last = bounds?.max ?? 0;
  let from = bounds?.min ?? 1;
  let next = bounds?.min == null ? null : readBatch(from);
  while (next) {
    const { persons, hours } = await next;
    from += batchSize;
    next = from <= last ? readBatch(from) : null;
    // Surfaces at the next await, not as an unhandled rejection while this batch is built.
    next?.catch(() => {});
    const hoursBy = new Map(hours.map((h) => [h.person_id, h.hours]));
    for (const row of persons) {
      const states = new Uint8Array(weeks);
      if (row.first_week !== null && row.states !== null) {
        const codes = parseCodes(row.states);
        const offset = (toDay(row.first_week) - firstMonday) / 7;
        for (let k = Math.max(0, -offset); k < codes.length && offset + k < weeks; k++) states[offset + k] = codes[k]!;
      }
      const ordinaryHours = new Float64Array(months);
      const text = hoursBy.get(row.id);
      if (text) addMonthHours(text, firstMonth, ordinaryHours);
      out.push({
        person: row.pseudonym,
        birthYear: row.birth_year,
        sex: row.sex,
        origin: row.origin,
        education: row.education,
        municipality: row.municipality,
        firstWeek,
        states,
        firstMonth,
        ordinaryHours,
        courseStarts: courseStarts.get(row.id) ?? [],
        visitations: visitations.get(row.id) ?? [],
      });
    }
  }

  return {
    persons: out,
    clusters: new Map(clusterRows.rows.map((r) => [r.code, r.cluster_id])),
    dataPeriod: {
      benefitFrom: cover.benefitFrom,
      benefitTo: cover.benefitTo,
      hoursFrom: cover.firstMonth === null ? null : monthKey(cover.firstMonth),
      hoursTo: cover.lastMonth === null ? null : monthKey(cover.lastMonth),
    },
    registerImports: imports.map((i) => ({ id: i.id, kind: i.kind, fileName: i.file_name, sha256: i.sha256, periodFrom: i.period_from, periodTo: i.period_to })),
  };
}

/**
 * 'day:centihours,...' (a month's first day as a day number, one entry per employer) summed into the month
 * slots from `firstMonth` as hours; months outside the coverage are ignored. Sums in whole hundredths, so
 * 40 + 12.5 is exactly 52.5.
 */
function addMonthHours(text: string, firstMonth: MonthIndex, out: Float64Array): void {
  const centi = new Float64Array(out.length);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', start);
    const slot = monthOfDay(Number(text.slice(start, colon))) - firstMonth;
    if (slot >= 0 && slot < out.length) centi[slot] = centi[slot]! + Number(text.slice(colon + 1, end));
    start = end + 1;
  }
  for (let i = 0; i < out.length; i++) out[i] = centi[i]! / 100;
}

export interface TreatedQuery {
  modelId: string;
  /** The unit's id; its courses and those of every unit below it count. */
  unitId: string;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  by: 'course' | 'visitation';
}

export interface TreatedFromCases {
  /** Keyed by pseudonym. */
  treated: TreatedEntry[];
  /** Citizens who would be treated but have no register person (skipped). */
  notInRegister: number;
}

function checkPeriod(from: string, to: string): void {
  if (parseDate(from) === null) throw new AnalysisError('invalid_date', 'from', `'${from}' is not a date YYYY-MM-DD`);
  if (parseDate(to) === null) throw new AnalysisError('invalid_date', 'to', `'${to}' is not a date YYYY-MM-DD`);
  if (from > to) throw new AnalysisError('invalid_period', 'to', `the period ends (${to}) before it starts (${from})`);
}

/**
 * Treated from case data: citizens with a course of the model in the unit or
 * a unit below it (the course's unit, course.unit_id); time zero is their
 * first course start (enrolment_date) in [from, to], or with by
 * 'visitation' their first register visitation of the model in [from, to].
 * Keyed by pseudonym; citizens without a register person are counted, not
 * returned. Throws AnalysisError for an unknown model or unit or a bad period.
 */
export async function treatedFromCases(db: Kysely<Database>, q: TreatedQuery): Promise<TreatedFromCases> {
  checkModel(q.modelId);
  checkPeriod(q.from, q.to);
  const unit = await sql<{ id: string }>`SELECT id FROM unit WHERE id::text = ${q.unitId}`.execute(db);
  if (unit.rows.length === 0) throw new AnalysisError('unknown_unit', 'unitId', `no unit "${q.unitId}"`);
  const subtree = sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM unit WHERE id = ${unit.rows[0]!.id}
      UNION ALL
      SELECT u.id FROM unit u JOIN tree t ON u.parent_id = t.id
    )`;
  const rows =
    q.by === 'course'
      ? (
          await sql<{ pseudonym: string | null; time_zero: string }>`${subtree}
            SELECT rp.pseudonym, min(c.enrolment_date)::text AS time_zero
            FROM course c LEFT JOIN register_person rp ON rp.citizen_id = c.citizen_id
            WHERE c.model_id = ${q.modelId} AND c.unit_id IN (SELECT id FROM tree)
              AND c.enrolment_date BETWEEN ${q.from} AND ${q.to}
            GROUP BY c.citizen_id, rp.pseudonym
            ORDER BY 1`.execute(db)
        ).rows
      : (
          await sql<{ pseudonym: string | null; time_zero: string | null }>`${subtree},
            citizens AS (SELECT DISTINCT citizen_id FROM course WHERE model_id = ${q.modelId} AND unit_id IN (SELECT id FROM tree))
            SELECT rp.pseudonym, min(v.start_date)::text AS time_zero
            FROM citizens c
            LEFT JOIN register_person rp ON rp.citizen_id = c.citizen_id
            LEFT JOIN register_visitation v ON v.person_id = rp.id AND v.model_id = ${q.modelId} AND v.start_date BETWEEN ${q.from} AND ${q.to}
            GROUP BY c.citizen_id, rp.pseudonym
            ORDER BY 1`.execute(db)
        ).rows;
  const treated: TreatedEntry[] = [];
  let notInRegister = 0;
  for (const r of rows) {
    if (r.pseudonym === null) notInRegister++;
    else if (r.time_zero !== null) treated.push({ person: r.pseudonym, timeZero: r.time_zero });
  }
  return { treated, notInRegister };
}

/** How many of a file's problems the error message lists. */
const problemsShown = 5;

/**
 * A TreatedSource as treated entries: from case data (treatedFromCases) or a
 * `person,time_zero` file (cohort.ts parseTimeZeroCsv; any problem is an
 * AnalysisError 'invalid_treated_file' on field 'treated.csv' naming the
 * lines). fileSha256 is the SHA-256 of the file's text (null for case data).
 */
export async function resolveTreated(
  db: Kysely<Database>,
  modelId: string,
  source: TreatedSource,
): Promise<{ treated: TreatedEntry[]; fileSha256: string | null; notInRegister: number }> {
  if (source.kind === 'case_data') {
    const { treated, notInRegister } = await treatedFromCases(db, { modelId, unitId: source.unitId, from: source.from, to: source.to, by: source.by });
    return { treated, fileSha256: null, notInRegister };
  }
  checkModel(modelId);
  const { rows, problems } = parseTimeZeroCsv(source.csv);
  if (problems.length > 0) {
    const listed = problems
      .slice(0, problemsShown)
      .map((p) => `line ${p.line}: ${p.field}: ${p.message}`)
      .join('; ');
    const more = problems.length > problemsShown ? ` (and ${problems.length - problemsShown} more)` : '';
    throw new AnalysisError('invalid_treated_file', 'treated.csv', `${source.fileName}: ${listed}${more}`);
  }
  return { treated: rows, fileSha256: createHash('sha256').update(source.csv).digest('hex'), notInRegister: 0 };
}
