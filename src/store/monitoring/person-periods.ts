/**
 * Builds the PersonPeriods (domain/monitoring/person-periods.ts) of one
 * model from the register extracts and the case data:
 *
 * - register persons with a visitation row of the model (enrolments by
 *   domain/monitoring/visitation-selection.ts: 000 Bilag 1 for Flere skal
 *   med, every row for other models) or a course of it, in batches by id (keyset), four queries a batch: persons, weekly
 *   state timelines (one array per person, register_person_timeline),
 *   monthly hours aggregated per person, visitation rows;
 * - the case data of every citizen with a course of the model
 *   (case-data.ts), loaded once; a citizen in the register gets it attached,
 *   a citizen with a course but no register person is emitted after the
 *   register persons with series from case data only (nothing known of
 *   their benefits; their municipality is their unit's kommunekode).
 *
 * Which weeks and months the extracts cover comes from the active imports'
 * periods: a covered week with no row for a person is code 0 (no public
 * benefit), as in DREAM; an uncovered week is unknown. Every person shares
 * one month frame (firstMonth .. the month of `asOf`).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Enrolment, MonthIndex, PersonPeriods } from '../../domain/monitoring/person-periods.ts';
import { enrolmentsFromVisitations } from '../../domain/monitoring/visitation-selection.ts';
import { STATE_SLOTS } from '../../domain/registers/states.ts';
import { toDay } from '../../domain/rules/days.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { today } from '../facts.ts';
import { loadCaseCitizens, type CaseCitizen } from './case-data.ts';
import { firstDayOf, mondayOf, monthIndexOf, monthOfDay, monthOfWeek, weeksInMonth } from './months.ts';
import type { UnitDirectory } from './units.ts';

export interface PersonPeriodsQuery {
  model: string;
  /** The last day data is read up to (default today); the frame ends with its month. */
  asOf?: IsoDate;
  /** Register persons per batch (default 10,000). */
  batchSize?: number;
  /** Needed for case-only citizens' municipality (their unit's kommunekode). */
  directory: UnitDirectory;
  /**
   * Only the register persons who can count in a unit: those living in the
   * municipality (and every citizen), or only citizens (a case-system unit or
   * staff member). Default: everyone (the country).
   */
  only?: { municipality: string } | 'citizens';
  /** Every register person, also those with no enrolment in the model (framework conditions for clusters). */
  everyone?: boolean;
}

/** The register-person condition for `only`. */
function onlyCondition(only: PersonPeriodsQuery['only']) {
  if (only === undefined) return sql`true`;
  if (only === 'citizens') return sql`rp.citizen_id IS NOT NULL`;
  return sql`(rp.municipality = ${only.municipality} OR rp.citizen_id IS NOT NULL)`;
}

/** The months every person's series span, and what the active extracts cover. */
export interface Frame {
  firstMonth: MonthIndex;
  lastMonth: MonthIndex;
  months: number;
  /** Mondays (day numbers) of the weeks a benefit extract covers, ascending, within the frame. */
  coveredWeeks: Int32Array;
  /** Per covered week: its month's offset in the frame (the month of its Thursday). */
  coveredWeekSlot: Int32Array;
  /** Per month of the frame: 1 when every week of the month is covered (shared by all register persons). */
  benefitCovered: Uint8Array;
  hoursCovered: Uint8Array;
}

interface ImportPeriod {
  kind: 'benefit_weeks' | 'hours_monthly';
  from: IsoDate;
  to: IsoDate;
}

/** The frame for a model: from the earliest covered month or course start to the month of `asOf`. */
export async function loadFrame(db: Kysely<Database>, model: string, asOf: IsoDate): Promise<Frame> {
  const [periods, earliest] = await Promise.all([
    sql<ImportPeriod>`
      SELECT kind, period_from AS "from", period_to AS "to" FROM register_import
      WHERE rolled_back_at IS NULL AND kind IN ('benefit_weeks', 'hours_monthly') AND period_from IS NOT NULL AND period_from <= ${asOf}`.execute(db),
    sql<{ first: string | null }>`
      SELECT min(coalesce(visitation_date, enrolment_date)) AS first FROM course WHERE model_id = ${model}`.execute(db),
  ]);
  const lastMonth = monthIndexOf(asOf);
  let firstMonth = lastMonth;
  for (const p of periods.rows) firstMonth = Math.min(firstMonth, monthIndexOf(p.from));
  const courseStart = earliest.rows[0]?.first;
  if (courseStart) firstMonth = Math.min(firstMonth, monthIndexOf(courseStart));
  const months = lastMonth - firstMonth + 1;

  const asOfDay = toDay(asOf);
  const weeks = new Set<number>();
  const hoursCovered = new Uint8Array(months);
  for (const p of periods.rows) {
    const to = Math.min(toDay(p.to), asOfDay);
    if (p.kind === 'benefit_weeks') {
      for (let w = mondayOf(toDay(p.from)); w <= to; w += 7) {
        const slot = monthOfWeek(w) - firstMonth;
        if (slot >= 0 && slot < months) weeks.add(w);
      }
    } else {
      for (let m = monthIndexOf(p.from); m <= monthOfDay(to); m++) if (m - firstMonth >= 0 && m - firstMonth < months) hoursCovered[m - firstMonth] = 1;
    }
  }
  const coveredWeeks = Int32Array.from([...weeks].sort((a, b) => a - b));
  const coveredWeekSlot = coveredWeeks.map((w) => monthOfWeek(w) - firstMonth);
  // A month counts as covered when every week that belongs to it is: a half-covered month would understate its weeks.
  const coveredPerMonth = new Int32Array(months);
  for (const slot of coveredWeekSlot) coveredPerMonth[slot]!++;
  const benefitCovered = new Uint8Array(months);
  for (let i = 0; i < months; i++) benefitCovered[i] = coveredPerMonth[i]! > 0 && coveredPerMonth[i] === weeksInMonth(firstMonth + i) ? 1 : 0;
  return { firstMonth, lastMonth, months, coveredWeeks, coveredWeekSlot, benefitCovered, hoursCovered };
}

interface PersonRow {
  id: number;
  pseudonym: string;
  citizen_id: string | null;
  birth_year: number | null;
  sex: 'K' | 'M' | null;
  municipality: string | null;
}

interface VisitationRow {
  person_id: number;
  group_code: string;
  start_date: string;
  end_date: string | null;
}

/**
 * The model's persons in batches: register-only persons first, then one
 * batch with every citizen of the case system (in the register or not).
 * Memory stays bounded by the batch size plus the case data.
 */
export async function* personPeriodBatches(db: Kysely<Database>, query: PersonPeriodsQuery): AsyncGenerator<PersonPeriods[]> {
  const asOf = query.asOf ?? today();
  const { model } = query;
  const batchSize = query.batchSize ?? 10_000;
  const [frame, caseCitizens] = await Promise.all([loadFrame(db, model, asOf), loadCaseCitizens(db, model, asOf)]);
  const seenCitizens = new Set<string>();
  const linked: PersonPeriods[] = [];
  const firstDay = firstDayOf(frame.firstMonth);
  let after = 0;
  // Reads a batch: the persons after `from` (keyset), then their timelines, hours and visitations.
  // The next batch is read while the caller works on the current one.
  const readBatch = async (from: number) => {
    const persons = (
      await sql<PersonRow>`
        SELECT rp.id, rp.pseudonym, rp.citizen_id, rp.birth_year, rp.sex, rp.municipality
        FROM register_person rp
        WHERE rp.id > ${from} AND ${onlyCondition(query.only)}
          AND (${query.everyone ? sql`true` : sql`false`}
               OR EXISTS (SELECT 1 FROM register_visitation v WHERE v.person_id = rp.id AND v.model_id = ${model} AND v.start_date <= ${asOf})
               OR EXISTS (SELECT 1 FROM course c WHERE c.citizen_id = rp.citizen_id AND c.model_id = ${model} AND c.enrolment_date <= ${asOf}))
        ORDER BY rp.id
        LIMIT ${batchSize}`.execute(db)
    ).rows;
    if (persons.length === 0) return null;
    const ids = persons.map((p) => p.id);
    // Timelines and hours as text, parsed by hand: much cheaper than the drivers' generic array parsing.
    const [timelines, hours, visitations] = await Promise.all([
      sql<{ person_id: number; first_week: string; states: string }>`
        SELECT person_id, first_week, array_to_string(states, ',') AS states FROM register_person_timeline WHERE person_id = ANY(${ids}::int[])`.execute(db),
      sql<{ person_id: number; hours: string }>`
        SELECT person_id, string_agg(concat_ws(':', extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1, paid_hours, subsidised::int), ',') AS hours
        FROM register_hours_month
        WHERE person_id = ANY(${ids}::int[]) AND month >= ${firstDay} AND month <= ${asOf}
        GROUP BY person_id`.execute(db),
      sql<VisitationRow>`
        SELECT person_id, group_code, start_date, end_date FROM register_visitation
        WHERE model_id = ${model} AND person_id = ANY(${ids}::int[]) AND start_date <= ${asOf}`.execute(db),
    ]);
    return { persons, timelines, hours, visitations };
  };
  let next = readBatch(after);
  for (;;) {
    const read = await next;
    if (!read) break;
    const { persons, timelines, hours, visitations } = read;
    after = persons[persons.length - 1]!.id;
    next = persons.length < batchSize ? Promise.resolve(null) : readBatch(after);
    // An unhandled rejection must not escape while the caller works on this batch; it surfaces at the next await.
    next.catch(() => {});
    const timelineBy = new Map(timelines.rows.map((t) => [t.person_id, t]));
    const hoursBy = new Map(hours.rows.map((h) => [h.person_id, h]));
    const visitationsBy = new Map<number, VisitationRow[]>();
    for (const v of visitations.rows) {
      const list = visitationsBy.get(v.person_id);
      if (list) list.push(v);
      else visitationsBy.set(v.person_id, [v]);
    }
    const batch: PersonPeriods[] = [];
    for (const row of persons) {
      const caseCitizen = row.citizen_id ? caseCitizens.get(row.citizen_id) : undefined;
      if (caseCitizen) seenCitizens.add(caseCitizen.citizenId);
      // The case system's courses are the enrolments of a citizen who has them; the register's visitation otherwise.
      const enrolments =
        caseCitizen?.enrolments ??
        enrolmentsFromVisitations((visitationsBy.get(row.id) ?? []).map((v) => ({ model, group: v.group_code, start: v.start_date, end: v.end_date })));
      if (enrolments.length === 0 && !query.everyone) continue;
      const stateWeeks = new Uint8Array(frame.months * STATE_SLOTS);
      const timeline = timelineBy.get(row.id);
      const firstWeek = timeline ? toDay(timeline.first_week) : 0;
      const states = timeline ? parseCodes(timeline.states) : noStates;
      for (let k = 0; k < frame.coveredWeeks.length; k++) {
        const index = (frame.coveredWeeks[k]! - firstWeek) / 7;
        const code = index >= 0 && index < states.length ? states[index]! : 0;
        if (code < STATE_SLOTS) stateWeeks[frame.coveredWeekSlot[k]! * STATE_SLOTS + code]!++;
      }
      const ordinaryHours = new Float32Array(frame.months);
      const subsidisedHours = new Float32Array(frame.months);
      const h = hoursBy.get(row.id);
      if (h) addRegisterHours(h.hours, frame, ordinaryHours, subsidisedHours);
      if (caseCitizen) addCaseHours(caseCitizen, frame, ordinaryHours, subsidisedHours);
      // Citizens go in the last batch with the case-only ones: a measure with a distinct
      // denominator (caseload: distinct job brokers) must see all of a broker's citizens at once.
      (caseCitizen ? linked : batch).push({
        key: `r${row.id}`,
        pseudonym: row.pseudonym,
        citizenId: row.citizen_id,
        municipality: row.municipality,
        birthYear: row.birth_year,
        sex: row.sex,
        enrolments,
        units: caseCitizen?.units ?? [],
        jobBrokers: caseCitizen?.jobBrokers ?? [],
        firstMonth: frame.firstMonth,
        months: frame.months,
        stateWeeks,
        benefitCovered: frame.benefitCovered,
        hoursCovered: frame.hoursCovered,
        ordinaryHours,
        subsidisedHours,
        caseFacts: caseCitizen?.caseFacts ?? null,
      });
    }
    if (batch.length) yield batch;
  }

  // Citizens with a course but no register person: case data only; nothing is known of their benefits.
  const noCoverage = new Uint8Array(frame.months);
  for (const c of caseCitizens.values()) {
    if (seenCitizens.has(c.citizenId)) continue;
    const ordinaryHours = new Float32Array(frame.months);
    const subsidisedHours = new Float32Array(frame.months);
    addCaseHours(c, frame, ordinaryHours, subsidisedHours);
    const lastUnit = c.units.reduce<CaseCitizen['units'][number] | undefined>((a, u) => (!a || u.from >= a.from ? u : a), undefined);
    linked.push({
      key: `c${c.citizenId}`,
      pseudonym: c.pseudonym,
      citizenId: c.citizenId,
      municipality: lastUnit ? query.directory.municipalityCodeOf(lastUnit.value) : null,
      birthYear: c.birthYear,
      sex: c.sex,
      enrolments: c.enrolments,
      units: c.units,
      jobBrokers: c.jobBrokers,
      firstMonth: frame.firstMonth,
      months: frame.months,
      stateWeeks: new Uint8Array(frame.months * STATE_SLOTS),
      benefitCovered: noCoverage,
      hoursCovered: noCoverage,
      ordinaryHours,
      subsidisedHours,
      caseFacts: c.caseFacts,
    });
  }
  if (linked.length) yield linked;
}

const noStates = new Uint8Array(0);

/** '1,0,12,...' (array_to_string of a timeline) as codes, parsed by hand. */
export function parseCodes(text: string): Uint8Array {
  let count = text.length ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const out = new Uint8Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      out[n++] = value;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  if (count) out[n] = value;
  return out;
}

/** 'month:hours:subsidised,...' (one entry per employer) added into the month slots. */
export function addRegisterHours(text: string, frame: Pick<Frame, 'firstMonth' | 'months'>, ordinary: Float32Array, subsidised: Float32Array): void {
  for (const entry of text.split(',')) {
    const a = entry.indexOf(':');
    const b = entry.lastIndexOf(':');
    const slot = Number(entry.slice(0, a)) - frame.firstMonth;
    if (slot < 0 || slot >= frame.months) continue;
    const hours = Number(entry.slice(a + 1, b));
    if (entry.charCodeAt(b + 1) === 49) subsidised[slot] = subsidised[slot]! + hours;
    else ordinary[slot] = ordinary[slot]! + hours;
  }
}

/** Case-recorded hours where higher than the register's (the register lags; never both added). */
function addCaseHours(c: CaseCitizen, frame: Frame, ordinary: Float32Array, subsidised: Float32Array): void {
  for (const [month, hours] of c.ordinaryHours) {
    const slot = month - frame.firstMonth;
    if (slot >= 0 && slot < frame.months && hours > ordinary[slot]!) ordinary[slot] = hours;
  }
  for (const [month, hours] of c.subsidisedHours) {
    const slot = month - frame.firstMonth;
    if (slot >= 0 && slot < frame.months && hours > subsidised[slot]!) subsidised[slot] = hours;
  }
}

/** All of the model's persons in one array (tests, drill-down); prefer the batches for whole-register work. */
export async function loadPersonPeriods(db: Kysely<Database>, query: PersonPeriodsQuery): Promise<PersonPeriods[]> {
  const out: PersonPeriods[] = [];
  for await (const batch of personPeriodBatches(db, query)) out.push(...batch);
  return out;
}
