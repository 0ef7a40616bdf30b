/**
 * Submitting an answer to an invitation (issue 12 §2). The response stores
 * the invitation's respondent role and round unit and the answers, nothing
 * else: no staff id, no time, no link to the invitation. In the same
 * transaction the invitation is spent by a conditional update, so a second
 * submit (also a concurrent one) finds it spent and stores nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { itemsFor, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { FidelityError } from './instruments.ts';
import { openInvitation } from './invitations.ts';
import { inTransaction } from './rounds.ts';

export interface AnswerInput {
  item: string;
  value: number | null;
}

/**
 * Checks a set of answers against the items `role` answers: every item
 * exactly once, each value one of its scale's values, null ("don't know")
 * only where the scale allows it. Returns the answers by item id, or throws
 * an 'invalid' FidelityError naming the first bad answer.
 */
export function checkAnswers(instrument: Instrument, role: RespondentRole, answers: readonly AnswerInput[]): Map<string, number | null> {
  const items = new Map(itemsFor(instrument, role).map((i) => [i.id, i]));
  const scales = new Map(instrument.scales.map((s) => [s.id, s]));
  const out = new Map<string, number | null>();
  answers.forEach((a, i) => {
    const field = `answers.${i}`;
    const item = items.get(a.item);
    if (!item) throw new FidelityError('invalid', `${field}.item`, `Udsagnet ${a.item} hører ikke til spørgeskemaet for rollen ${role}.`);
    if (out.has(a.item)) throw new FidelityError('invalid', `${field}.item`, `Udsagnet ${a.item} er besvaret to gange.`);
    const scale = scales.get(item.scale)!;
    if (a.value === null) {
      if (!scale.allowDontKnow) throw new FidelityError('invalid', `${field}.value`, `Udsagnet ${a.item} skal besvares; "ved ikke" er ikke et svar på denne skala.`);
    } else if (!scale.points.some((p) => p.value === a.value)) {
      throw new FidelityError('invalid', `${field}.value`, `${a.value} er ikke et svar på skalaen for ${a.item} (${scale.points.map((p) => p.value).join(', ')}).`);
    }
    out.set(a.item, a.value);
  });
  const missing = [...items.keys()].filter((id) => !out.has(id));
  if (missing.length) throw new FidelityError('invalid', 'answers', `Besvarelsen mangler ${missing.length === 1 ? 'udsagnet' : 'udsagnene'} ${missing.join(', ')}.`);
  return out;
}

/**
 * Stores the staff member's answer to their invitation and spends it, in one
 * transaction. Returns the round id (for the audit trail; the response id is
 * never returned).
 */
export async function submitResponse(db: Kysely<Database>, invitationId: string, staffId: string, answers: readonly AnswerInput[], today: string): Promise<{ roundId: string }> {
  return inTransaction(db, async (trx) => {
    const { invitation, instrument, unitId } = await openInvitation(trx, invitationId, staffId, today);
    const values = checkAnswers(instrument, invitation.role, answers);
    // The guard against a second submit: only one transaction can turn spent from false to true.
    const spent = await trx
      .updateTable('fidelity_invitation')
      .set({ spent: true })
      .where('id', '=', invitationId)
      .where('staff_id', '=', staffId)
      .where('spent', '=', false)
      .returning('round_id')
      .executeTakeFirst();
    if (!spent) throw new FidelityError('conflict', 'id', 'Du har allerede svaret på denne runde.');
    const response = await trx
      .insertInto('fidelity_response')
      .values({ round_id: invitation.roundId, respondent_role: invitation.role, unit_id: unitId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('fidelity_answer')
      .values([...values].map(([item_id, value]) => ({ response_id: response.id, item_id, value })))
      .execute();
    return { roundId: invitation.roundId };
  });
}
