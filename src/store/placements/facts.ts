/**
 * The placement part of CourseFacts for a batch of courses: placements,
 * follow-ups at the company (the follow-up form, and aftercare meetings or
 * visits with the company, `aftercareFollowUpKinds` in
 * domain/placements/placement.ts) and the work-agreement versions linked to
 * each placement (placement.work_agreement_id), in four queries whatever the
 * batch size. store/facts.ts calls it from loadCourseFacts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { aftercareFollowUpKinds, aftercareFollowUpWith } from '../../domain/placements/placement.ts';
import type { CourseFacts } from '../../domain/rules/facts.ts';

export interface PlacementFacts {
  placements: CourseFacts['placements'][number][];
  followUps: CourseFacts['followUps'][number][];
  workAgreements: CourseFacts['workAgreements'][number][];
}

function entry(map: Map<string, PlacementFacts>, courseId: string): PlacementFacts {
  let facts = map.get(courseId);
  if (!facts) {
    facts = { placements: [], followUps: [], workAgreements: [] };
    map.set(courseId, facts);
  }
  return facts;
}

/** Placement facts per course id; courses without placements are absent from the map. */
export async function loadPlacementFacts(db: Kysely<Database>, courseIds: readonly string[]): Promise<Map<string, PlacementFacts>> {
  const out = new Map<string, PlacementFacts>();
  if (courseIds.length === 0) return out;
  const ids = [...courseIds];
  const [placements, followUps, aftercare, agreements] = await Promise.all([
    db
      .selectFrom('placement')
      .select(['id', 'course_id', 'type', 'from_date', 'to_date', 'end_reason'])
      .where('course_id', 'in', ids)
      .orderBy('from_date')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('follow_up')
      .innerJoin('placement', 'placement.id', 'follow_up.placement_id')
      .select(['placement.course_id', 'follow_up.placement_id', 'follow_up.held_on'])
      .where('placement.course_id', 'in', ids)
      .orderBy('follow_up.held_on')
      .execute(),
    db
      .selectFrom('aftercare_contact')
      .innerJoin('placement', 'placement.id', 'aftercare_contact.placement_id')
      .select(['placement.course_id', 'aftercare_contact.placement_id', 'aftercare_contact.contact_date'])
      .where('placement.course_id', 'in', ids)
      .where('aftercare_contact.kind', 'in', [...aftercareFollowUpKinds])
      .where('aftercare_contact.with_whom', 'in', [...aftercareFollowUpWith])
      .orderBy('aftercare_contact.contact_date')
      .execute(),
    db
      .selectFrom('work_agreement_version')
      .innerJoin('placement', 'placement.work_agreement_id', 'work_agreement_version.agreement_id')
      .select([
        'placement.course_id',
        'placement.id as placement_id',
        'work_agreement_version.id',
        'work_agreement_version.made_on',
        'work_agreement_version.ordinary_hours_clause',
        'work_agreement_version.declaration_of_intent',
      ])
      .where('placement.course_id', 'in', ids)
      .orderBy('work_agreement_version.version_no')
      .execute(),
  ]);
  for (const p of placements) {
    entry(out, p.course_id).placements.push({
      id: p.id,
      type: p.type,
      from: p.from_date,
      ...(p.to_date ? { to: p.to_date } : {}),
      ...(p.end_reason ? { endReason: p.end_reason } : {}),
    });
  }
  for (const f of followUps) entry(out, f.course_id).followUps.push({ placementId: f.placement_id, date: f.held_on });
  for (const a of aftercare) entry(out, a.course_id).followUps.push({ placementId: a.placement_id, date: a.contact_date });
  for (const a of agreements) {
    entry(out, a.course_id).workAgreements.push({
      id: a.id,
      placementId: a.placement_id,
      date: a.made_on,
      ordinaryHoursClause: a.ordinary_hours_clause,
      declarationOfIntent: a.declaration_of_intent,
    });
  }
  return out;
}
