/**
 * Survey rounds (issue 12 §2): one wave of an instrument in a set of units
 * of one municipality, with the staff invited to answer it. A round is
 * planned before it opens, open until its closing date has passed or it is
 * closed by hand, then closed (domain/fidelity/round-status.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { itemsFor, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { closedOn, roundStatus, type RoundStatus } from '../../domain/fidelity/round-status.ts';
import { isoDay } from '../facts.ts';
import { FidelityError, getInstrument } from './instruments.ts';

export type Wave = 'baseline' | 'midway' | 'end' | 'named';

export interface RoundSummaryRow {
  id: string;
  name: string;
  wave: Wave;
  modelId: string | null;
  instrumentId: string;
  instrumentVersion: string;
  opensOn: string;
  closesOn: string | null;
  closedOn: string | null;
  status: RoundStatus;
  origin: 'app' | 'import';
  units: { id: string; name: string }[];
  invited: number;
  answered: number;
  createdBy: string;
}

export interface NewRoundInput {
  instrumentId: string;
  instrumentVersion: string;
  wave: Wave;
  name: string;
  unitIds: string[];
  opensOn: string;
  closesOn: string | null;
  respondents: { staffId: string; role: RespondentRole }[];
  origin: 'app' | 'import';
}

/** Runs `work` in a transaction of its own, or in the caller's when `db` already is one. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The respondent roles a staff member's Jobspor roles let them answer as. */
export function respondentRolesOf(staffRoles: readonly string[]): RespondentRole[] {
  const map: Record<string, RespondentRole> = { leder: 'leder', jobformidler: 'jobformidler', virksomhedskonsulent: 'virksomhedskonsulent', mentor: 'mentor' };
  return [...new Set(staffRoles.flatMap((r) => (map[r] ? [map[r]] : [])))];
}

/** Unit id -> parent id for every unit below (and including) the given ones. */
async function subtreeParents(db: Kysely<Database>, unitIds: readonly string[]): Promise<Map<string, string | null>> {
  if (unitIds.length === 0) return new Map();
  const result = await sql<{ id: string; parent_id: string | null }>`
    WITH RECURSIVE tree AS (
      SELECT id, parent_id FROM unit WHERE id IN (${sql.join(unitIds.map((id) => sql`${id}::uuid`))})
      UNION
      SELECT u.id, u.parent_id FROM unit u JOIN tree t ON u.parent_id = t.id
    )
    SELECT id, parent_id FROM tree`.execute(db);
  return new Map(result.rows.map((r) => [r.id, r.parent_id]));
}

/** The nearest of `roundUnits` at or above `unitId` (walking `parents`), or null. */
function roundUnitOf(unitId: string, roundUnits: ReadonlySet<string>, parents: ReadonlyMap<string, string | null>): string | null {
  let current: string | null | undefined = unitId;
  while (current) {
    if (roundUnits.has(current)) return current;
    current = parents.get(current);
  }
  return null;
}

export interface Candidate {
  staffId: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: RespondentRole[];
}

/** Active staff in the units' subtrees with the respondent roles their staff roles give (none: left out). */
export async function listCandidates(db: Kysely<Database>, unitIds: readonly string[]): Promise<Candidate[]> {
  const parents = await subtreeParents(db, unitIds);
  if (parents.size === 0) return [];
  const rows = await db
    .selectFrom('staff')
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['staff.id', 'staff.display_name', 'staff.unit_id', 'staff.roles', 'unit.name as unit_name'])
    .where('staff.active', '=', true)
    .where('staff.unit_id', 'in', [...parents.keys()])
    .orderBy('unit.name')
    .orderBy('staff.display_name')
    .execute();
  return rows
    .map((r) => ({ staffId: r.id, displayName: r.display_name, unitId: r.unit_id, unitName: r.unit_name, roles: respondentRolesOf(r.roles) }))
    .filter((c) => c.roles.length > 0);
}

export interface CreateRoundContext {
  municipalityId: string;
  /** Units the creator may choose (their scope). */
  scopeUnitIds: readonly string[];
  createdBy: string;
}

/**
 * Creates a round with its units and one invitation per respondent, in one
 * transaction. Each invitation (and so each answer) carries the round unit
 * the respondent works in: the nearest chosen unit at or above their own.
 */
export async function createRound(db: Kysely<Database>, input: NewRoundInput, context: CreateRoundContext): Promise<string> {
  const invalid = (field: string, message: string) => new FidelityError('invalid', field, message);
  const stored = await getInstrument(db, input.instrumentId, input.instrumentVersion, context.municipalityId);
  if (!stored) throw invalid('instrumentVersion', `Måleredskabet ${input.instrumentId} findes ikke i version ${input.instrumentVersion}.`);
  const instrument = stored.instrument;
  if (input.closesOn !== null && input.closesOn < input.opensOn) throw invalid('closesOn', 'Slutdatoen skal ligge på eller efter startdatoen.');
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.length === 0) throw invalid('unitIds', 'Vælg mindst én enhed.');
  const scope = new Set(context.scopeUnitIds);
  const outside = unitIds.findIndex((id) => !scope.has(id));
  if (outside >= 0) throw invalid(`unitIds.${input.unitIds.indexOf(unitIds[outside]!)}`, 'Enheden findes ikke eller ligger uden for dine enheder.');
  if (input.origin === 'import' && input.respondents.length > 0) throw invalid('respondents', 'En runde med importerede svar har ingen inviterede.');
  if (input.origin === 'app' && input.respondents.length === 0) throw invalid('respondents', 'Vælg mindst én, der skal svare.');
  const parents = await subtreeParents(db, unitIds);
  const roundUnits = new Set(unitIds);
  const staffIds = [...new Set(input.respondents.map((r) => r.staffId))];
  const staffRows = staffIds.length
    ? await db.selectFrom('staff').select(['id', 'unit_id', 'active']).where('id', 'in', staffIds).execute()
    : [];
  const staff = new Map(staffRows.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const invitations: { staff_id: string; respondent_role: RespondentRole; unit_id: string }[] = [];
  input.respondents.forEach((r, i) => {
    if (seen.has(r.staffId)) throw invalid(`respondents.${i}.staffId`, 'Medarbejderen er valgt to gange; en medarbejder svarer én gang pr. runde.');
    seen.add(r.staffId);
    const s = staff.get(r.staffId);
    const unit = s && s.active ? roundUnitOf(s.unit_id, roundUnits, parents) : null;
    if (!s || !s.active || !unit) throw invalid(`respondents.${i}.staffId`, 'Medarbejderen findes ikke som aktiv medarbejder i de valgte enheder.');
    if (!instrument.respondentRoles.includes(r.role)) {
      throw invalid(`respondents.${i}.role`, `Måleredskabet besvares ikke af rollen ${r.role} (kun ${instrument.respondentRoles.join(', ')}).`);
    }
    if (itemsFor(instrument, r.role).length === 0) throw invalid(`respondents.${i}.role`, `Måleredskabet har ingen udsagn til rollen ${r.role}.`);
    invitations.push({ staff_id: r.staffId, respondent_role: r.role, unit_id: unit });
  });
  return inTransaction(db, async (trx) => {
    const round = await trx
      .insertInto('fidelity_round')
      .values({
        municipality_id: context.municipalityId,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        model_id: instrument.modelId ?? null,
        wave: input.wave,
        name: input.name.trim(),
        opens_on: input.opensOn,
        closes_on: input.closesOn,
        origin: input.origin,
        created_by: context.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('fidelity_round_unit').values(unitIds.map((unit_id) => ({ round_id: round.id, unit_id }))).execute();
    if (invitations.length) await trx.insertInto('fidelity_invitation').values(invitations.map((i) => ({ ...i, round_id: round.id }))).execute();
    return round.id;
  });
}

/** The day a round was closed by hand (the server's calendar day), or null. */
export function closedByHandOn(closedAt: Date | string | null): string | null {
  return closedAt === null ? null : isoDay(new Date(closedAt));
}

export interface RoundFilter {
  municipalityId?: string;
  modelId?: string;
  ids?: readonly string[];
}

/** Rounds with their status on `today`, units and counts; newest first. */
export async function listRounds(db: Kysely<Database>, filter: RoundFilter, today: string): Promise<RoundSummaryRow[]> {
  let query = db
    .selectFrom('fidelity_round as r')
    .innerJoin('staff as s', 's.id', 'r.created_by')
    .select([
      'r.id', 'r.name', 'r.wave', 'r.model_id', 'r.instrument_id', 'r.instrument_version', 'r.opens_on', 'r.closes_on', 'r.closed_at', 'r.origin',
      's.display_name as created_by',
      (eb) => eb.selectFrom('fidelity_invitation as i').select((e) => e.fn.countAll<string>().as('n')).whereRef('i.round_id', '=', 'r.id').as('invited'),
      (eb) => eb.selectFrom('fidelity_response as p').select((e) => e.fn.countAll<string>().as('n')).whereRef('p.round_id', '=', 'r.id').as('answered'),
    ]);
  if (filter.municipalityId !== undefined) query = query.where('r.municipality_id', '=', filter.municipalityId);
  if (filter.modelId !== undefined) query = query.where('r.model_id', '=', filter.modelId);
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    query = query.where('r.id', 'in', [...filter.ids]);
  }
  const rows = await query.orderBy('r.opens_on', 'desc').orderBy('r.created_at', 'desc').execute();
  if (rows.length === 0) return [];
  const units = await db
    .selectFrom('fidelity_round_unit as ru')
    .innerJoin('unit as u', 'u.id', 'ru.unit_id')
    .select(['ru.round_id', 'u.id', 'u.name'])
    .where('ru.round_id', 'in', rows.map((r) => r.id))
    .orderBy('u.name')
    .execute();
  return rows.map((r) => {
    const dates = { opensOn: r.opens_on, closesOn: r.closes_on, closedByHandOn: closedByHandOn(r.closed_at) };
    return {
      id: r.id,
      name: r.name,
      wave: r.wave,
      modelId: r.model_id,
      instrumentId: r.instrument_id,
      instrumentVersion: r.instrument_version,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      closedOn: closedOn(dates, today),
      status: roundStatus(dates, today),
      origin: r.origin,
      units: units.filter((u) => u.round_id === r.id).map((u) => ({ id: u.id, name: u.name })),
      invited: Number(r.invited ?? 0),
      answered: Number(r.answered ?? 0),
      createdBy: r.created_by,
    };
  });
}

/** One round of the municipality (any, when undefined); throws not_found. */
export async function getRound(db: Kysely<Database>, id: string, municipalityId: string | undefined, today: string): Promise<RoundSummaryRow> {
  const [round] = await listRounds(db, { ids: [id], ...(municipalityId !== undefined ? { municipalityId } : {}) }, today);
  if (!round) throw new FidelityError('not_found', 'id', 'Runden findes ikke.');
  return round;
}

/** Closes an open or planned round by hand now; a closed round is a conflict. */
export async function closeRound(db: Kysely<Database>, id: string, municipalityId: string | undefined, today: string): Promise<RoundSummaryRow> {
  return inTransaction(db, async (trx) => {
    const round = await getRound(trx, id, municipalityId, today);
    if (round.status === 'closed') throw new FidelityError('conflict', 'id', `Runden er allerede lukket (${round.closedOn}).`);
    const updated = await trx.updateTable('fidelity_round').set({ closed_at: new Date() }).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new FidelityError('conflict', 'id', 'Runden er allerede lukket.');
    return getRound(trx, id, municipalityId, today);
  });
}
