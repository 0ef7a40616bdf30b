/**
 * What the fidelity reports read (store/fidelity/report.ts): the survey
 * rounds of a municipality for a model, their instrument definition, and
 * each round's anonymous responses as SurveyResponse[].
 *
 * Anonymity: the response query selects only the respondent role, the unit
 * and the answers (aggregated per response in SQL, so not even the response
 * id leaves the database). Nothing here touches fidelity_invitation or
 * staff: no query joins an answer to a person.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { validateInstrument, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { closedOn, roundStatus } from '../../domain/fidelity/round-status.ts';
import type { SurveyResponse } from '../../domain/fidelity/scoring.ts';
import type { RoundSummaryRow } from './rounds.ts';
import { isoDay, today as todayIso } from '../facts.ts';

/** A round as the reports read it: the listing's fields, with the date its figures stand for and its unit ids. */
export type ReportRound = Pick<RoundSummaryRow, 'id' | 'name' | 'wave' | 'modelId' | 'instrumentId' | 'instrumentVersion' | 'opensOn' | 'closesOn' | 'closedOn' | 'status'> & {
  /** The date the round's figures stand for: its close, or today while it is open. */
  date: string;
  unitIds: string[];
};

export interface RoundFilter {
  municipalityId: string;
  modelId: string;
  /** Only rounds whose units all lie in this set (the caller's scope); null: every round. */
  scope: ReadonlySet<string> | null;
  today?: string;
}

/** The municipality's rounds for the model that the scope covers wholly, oldest first (opening day, then creation). */
export async function loadRounds(db: Kysely<Database>, filter: RoundFilter): Promise<ReportRound[]> {
  const today = filter.today ?? todayIso();
  const rows = await db
    .selectFrom('fidelity_round')
    .select(['id', 'name', 'wave', 'model_id', 'instrument_id', 'instrument_version', 'opens_on', 'closes_on', 'closed_at'])
    .where('municipality_id', '=', filter.municipalityId)
    .where('model_id', '=', filter.modelId)
    .orderBy('opens_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const units = await db
    .selectFrom('fidelity_round_unit')
    .select(['round_id', 'unit_id'])
    .where(
      'round_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const unitsOf = new Map<string, string[]>();
  for (const u of units) {
    let list = unitsOf.get(u.round_id);
    if (!list) unitsOf.set(u.round_id, (list = []));
    list.push(u.unit_id);
  }
  const out: ReportRound[] = [];
  for (const r of rows) {
    const unitIds = (unitsOf.get(r.id) ?? []).sort();
    if (filter.scope && !unitIds.every((id) => filter.scope!.has(id))) continue;
    const dates = { opensOn: dateOf(r.opens_on), closesOn: r.closes_on === null ? null : dateOf(r.closes_on), closedByHandOn: r.closed_at ? isoDay(new Date(r.closed_at)) : null };
    const status = roundStatus(dates, today);
    const closed = closedOn(dates, today);
    out.push({
      id: r.id,
      name: r.name,
      wave: r.wave,
      modelId: r.model_id,
      instrumentId: r.instrument_id,
      instrumentVersion: r.instrument_version,
      opensOn: dates.opensOn,
      closesOn: dates.closesOn,
      closedOn: closed,
      status,
      date: closed ?? today,
      unitIds,
    });
  }
  return out;
}

/** DATE columns arrive as 'YYYY-MM-DD' strings; a Date (other drivers) is read as its calendar day. */
function dateOf(value: unknown): string {
  if (value instanceof Date) return isoDay(value);
  return String(value).slice(0, 10);
}

/** An instrument version's definition, validated (defaults applied); undefined when it is not loaded. */
export async function loadInstrument(db: Kysely<Database>, id: string, version: string): Promise<Instrument | undefined> {
  const row = await db.selectFrom('fidelity_instrument').select('definition').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  if (!row) return undefined;
  const definition = typeof row.definition === 'string' ? JSON.parse(row.definition) : row.definition;
  const result = validateInstrument(definition);
  if (!result.ok) throw new Error(`fidelity instrument ${id} ${version} in the database is not valid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.instrument;
}

/** The newest instrument loaded for a model (the municipality's own or a built-in), for a report without rounds. */
export async function latestInstrumentFor(db: Kysely<Database>, modelId: string, municipalityId: string): Promise<Instrument | undefined> {
  const rows = await db
    .selectFrom('fidelity_instrument')
    .select(['id', 'version'])
    .where('model_id', '=', modelId)
    .where((eb) => eb.or([eb('municipality_id', 'is', null), eb('municipality_id', '=', municipalityId)]))
    .orderBy('loaded_at', 'desc')
    .execute();
  const newest = rows.sort((a, b) => compareVersions(b.version, a.version))[0];
  return newest ? loadInstrument(db, newest.id, newest.version) : undefined;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/**
 * Each round's responses: role, unit and answers (item -> value, null for
 * "don't know"). Only these three are selected; see the module comment.
 */
export async function loadResponses(db: Kysely<Database>, roundIds: readonly string[]): Promise<Map<string, SurveyResponse[]>> {
  const out = new Map<string, SurveyResponse[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return out;
  const rows = await sql<{ round_id: string; respondent_role: RespondentRole; unit_id: string; answers: string | null }>`
    SELECT r.round_id, r.respondent_role, r.unit_id,
      (SELECT json_object_agg(a.item_id, a.value) FROM fidelity_answer a WHERE a.response_id = r.id)::text AS answers
    FROM fidelity_response r
    WHERE r.round_id IN (${sql.join(roundIds.map((id) => sql`${id}`))})
    ORDER BY r.round_id, r.unit_id, r.respondent_role`.execute(db);
  for (const r of rows.rows) {
    out.get(r.round_id)!.push({ role: r.respondent_role, unitId: r.unit_id, answers: r.answers ? (JSON.parse(r.answers) as Record<string, number | null>) : {} });
  }
  return out;
}
