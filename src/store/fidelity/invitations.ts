/**
 * Invitations to answer a round (issue 12 §2). A staff member sees their own
 * unspent invitations of open rounds and the questionnaire of one: only the
 * items their respondent role answers. An invitation records that it is
 * spent, never when, and no answer points back to it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { itemsFor, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { roundStatus } from '../../domain/fidelity/round-status.ts';
import { FidelityError, getInstrument } from './instruments.ts';
import { closedByHandOn } from './rounds.ts';

export interface InvitationRow {
  id: string;
  roundId: string;
  roundName: string;
  modelId: string | null;
  instrumentName: { da: string; en: string };
  role: RespondentRole;
  unitName: string;
  closesOn: string | null;
}

interface Loaded {
  invitation: InvitationRow;
  spent: boolean;
  unitId: string;
  status: ReturnType<typeof roundStatus>;
  instrument: Instrument;
}

async function load(db: Kysely<Database>, filter: { staffId: string; id?: string }, today: string): Promise<Loaded[]> {
  let query = db
    .selectFrom('fidelity_invitation as i')
    .innerJoin('fidelity_round as r', 'r.id', 'i.round_id')
    .innerJoin('unit as u', 'u.id', 'i.unit_id')
    .select([
      'i.id', 'i.round_id', 'i.respondent_role', 'i.unit_id', 'i.spent', 'u.name as unit_name',
      'r.name as round_name', 'r.model_id', 'r.instrument_id', 'r.instrument_version', 'r.opens_on', 'r.closes_on', 'r.closed_at',
    ])
    .where('i.staff_id', '=', filter.staffId);
  if (filter.id !== undefined) query = query.where('i.id', '=', filter.id);
  else query = query.where('i.spent', '=', false);
  const rows = await query.orderBy('r.closes_on').orderBy('r.name').execute();
  const instruments = new Map<string, Instrument>();
  const out: Loaded[] = [];
  for (const r of rows) {
    const key = `${r.instrument_id}@${r.instrument_version}`;
    let instrument = instruments.get(key);
    if (!instrument) {
      const stored = await getInstrument(db, r.instrument_id, r.instrument_version);
      if (!stored) throw new Error(`round ${r.round_id}: instrument ${key} is missing`);
      instruments.set(key, (instrument = stored.instrument));
    }
    out.push({
      invitation: {
        id: r.id,
        roundId: r.round_id,
        roundName: r.round_name,
        modelId: r.model_id,
        instrumentName: { da: instrument.name.da, en: instrument.name.en },
        role: r.respondent_role as RespondentRole,
        unitName: r.unit_name,
        closesOn: r.closes_on,
      },
      spent: r.spent,
      unitId: r.unit_id,
      status: roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedByHandOn: closedByHandOn(r.closed_at) }, today),
      instrument,
    });
  }
  return out;
}

/** The staff member's unspent invitations of rounds open on `today`. */
export async function listInvitations(db: Kysely<Database>, staffId: string, today: string): Promise<InvitationRow[]> {
  return (await load(db, { staffId }, today)).filter((l) => l.status === 'open').map((l) => l.invitation);
}

/**
 * One invitation of the staff member that can be answered now: not_found
 * when it is not theirs, conflict when spent or the round is not open.
 */
export async function openInvitation(db: Kysely<Database>, id: string, staffId: string, today: string): Promise<Loaded> {
  const [found] = await load(db, { staffId, id }, today);
  if (!found) throw new FidelityError('not_found', 'id', 'Invitationen findes ikke.');
  if (found.spent) throw new FidelityError('conflict', 'id', 'Du har allerede svaret på denne runde.');
  if (found.status === 'planned') throw new FidelityError('conflict', 'id', 'Runden er ikke åbnet endnu.');
  if (found.status === 'closed') throw new FidelityError('conflict', 'id', 'Runden er lukket; der kan ikke længere svares.');
  return found;
}

export interface QuestionnaireRow {
  invitation: InvitationRow;
  instructions: string;
  scales: { id: string; kind: 'likert' | 'bands'; points: { value: number; label: { da: string; en: string } }[]; allowDontKnow: boolean }[];
  sections: { id: string; title: { da: string; en: string }; items: { id: string; statement: string; statementEn: string | null; scale: string }[] }[];
}

/** The questionnaire of an invitation: the sections and items the invited role answers, and their scales. */
export async function questionnaireFor(db: Kysely<Database>, id: string, staffId: string, today: string): Promise<QuestionnaireRow> {
  const { invitation, instrument } = await openInvitation(db, id, staffId, today);
  const items = itemsFor(instrument, invitation.role);
  const itemIds = new Set(items.map((i) => i.id));
  const scaleIds = new Set(items.map((i) => i.scale));
  return {
    invitation,
    instructions:
      'Besvarelsen er anonym: den gemmes med din rolle og enhed, men uden dit navn, dit id eller tidspunktet. ' +
      'Svar ud fra, hvordan I arbejder i dag. Vælg "ved ikke", hvor du ikke kan vurdere udsagnet. Du kan kun svare én gang.',
    scales: instrument.scales
      .filter((s) => scaleIds.has(s.id))
      .map((s) => ({ id: s.id, kind: s.kind, points: s.points.map((p) => ({ value: p.value, label: { da: p.label.da, en: p.label.en } })), allowDontKnow: s.allowDontKnow })),
    sections: instrument.sections
      .map((s) => ({
        id: s.id,
        title: { da: s.title.da, en: s.title.en },
        items: s.items.filter((i) => itemIds.has(i.id)).map((i) => ({ id: i.id, statement: i.statement, statementEn: i.statementEn ?? null, scale: i.scale })),
      }))
      .filter((s) => s.items.length > 0),
  };
}
