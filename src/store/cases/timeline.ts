/**
 * A citizen's case history as one list: courses, phase changes, visitation,
 * staff assignments, plan and CV versions, job goals, contacts, measurements,
 * the rehabilitation and CTI support dates, and the work with companies
 * (matches, work agreement versions, placements, follow-ups at the company
 * and aftercare contacts), newest first. Titles are Danish and name models,
 * phases and groups from the model definitions. One query per table, however
 * long the history.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { attendeeRoleLabels, contactKindLabels, durationBandLabels, type ContactKind, type DurationBand } from '../../domain/cases/contact.ts';
import { ineligibleReasonLabel } from '../../domain/cases/enrolment-decision.ts';
import { bandFor, instruments, isInstrumentId } from '../../domain/cases/instruments.ts';
import { registry } from '../../domain/models/registry.ts';
import type { ModelDefinition } from '../../domain/models/schema.ts';
import { aftercareKindLabels, aftercareWithLabels, endReasonLabels } from '../../domain/placements/placement.ts';
import { ordinaryHoursKindLabels } from '../../domain/placements/work-agreement.ts';
import { danishDateOf } from '../../domain/rules/explain.ts';
import type { CourseRole } from '../../domain/rules/facts.ts';
import { placementTypeLabels } from '../../domain/rules/labels.ts';
import type { TimelineEvent, TimelineKind } from '../../domain/cases/timeline.ts';
import { isoDay, today as currentDay } from '../facts.ts';

export { timelineKinds, type TimelineEvent, type TimelineKind } from '../../domain/cases/timeline.ts';

/** An event with a tie-breaker for events on the same day (a timestamp in ms where one exists). */
type Sortable = TimelineEvent & { order: number };

/** The decisions kept with an enrolment (issue 9): outside the target group, parallel course, already in ressourceforløb. */
function enrolmentNotes(c: { ineligible_reason_code: string | null; ineligible_reason_text: string | null; parallel_reason: string | null; already_in_programme: boolean }): string[] {
  const notes: string[] = [];
  if (c.ineligible_reason_code !== null) {
    notes.push(`Indskrevet uden for målgruppen: ${ineligibleReasonLabel(c.ineligible_reason_code)} – ${c.ineligible_reason_text ?? ''}`);
  }
  if (c.parallel_reason !== null) notes.push(`Samtidig med et forløb i en anden model: ${c.parallel_reason}`);
  if (c.already_in_programme) notes.push('Allerede i ressourceforløb ved indskrivningen');
  return notes;
}

const joinDetail = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ') || null;

const clauseLabel = (v: { ordinary_hours_clause: boolean; declaration_of_intent: boolean }) =>
  ordinaryHoursKindLabels[v.ordinary_hours_clause ? 'now' : v.declaration_of_intent ? 'declaration_of_intent' : 'none'];

/** The citizen's timeline, newest first. `today` tells a placement registered ahead from one that has started. */
export async function citizenTimeline(db: Kysely<Database>, citizenId: string, today: string = currentDay()): Promise<TimelineEvent[]> {
  const courses = await db
    .selectFrom('course')
    .leftJoin('staff', 'staff.id', 'course.visitation_by')
    .select([
      'course.id',
      'course.model_id',
      'course.model_version',
      'course.enrolment_date',
      'course.end_date',
      'course.end_reason',
      'course.group_code',
      'course.visitation_date',
      'course.visitation_note',
      'course.notification_date',
      'course.notification_note',
      'course.created_at',
      'course.ineligible_reason_code',
      'course.ineligible_reason_text',
      'course.parallel_reason',
      'course.already_in_programme',
      'staff.display_name as visitation_by_name',
    ])
    .where('course.citizen_id', '=', citizenId)
    .execute();
  const courseIds = courses.map((c) => c.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const ids = courseIds.length ? courseIds : none;
  const [phases, staff, plans, goals, cvs, contacts, measurements, rehab, support, matches, agreements, placements, followUps, aftercare] = await Promise.all([
    db
      .selectFrom('phase_change')
      .leftJoin('staff', 'staff.id', 'phase_change.changed_by')
      .select(['phase_change.course_id', 'phase_change.from_phase', 'phase_change.to_phase', 'phase_change.change_date', 'phase_change.reason', 'phase_change.created_at', 'staff.display_name as by_name'])
      .where('phase_change.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('course_staff')
      .innerJoin('staff', 'staff.id', 'course_staff.staff_id')
      .select(['course_staff.course_id', 'course_staff.role', 'course_staff.from_date', 'course_staff.to_date', 'staff.display_name'])
      .where('course_staff.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_version')
      .leftJoin('staff', 'staff.id', 'plan_version.created_by')
      .select(['plan_version.course_id', 'plan_version.version_no', 'plan_version.created_at', 'staff.display_name as by_name'])
      .where('plan_version.course_id', 'in', ids)
      .execute(),
    db.selectFrom('job_goal').selectAll().where('course_id', 'in', ids).execute(),
    db
      .selectFrom('cv_version')
      .leftJoin('staff', 'staff.id', 'cv_version.created_by')
      .select(['cv_version.version_no', 'cv_version.created_at', 'staff.display_name as by_name'])
      .where('cv_version.citizen_id', '=', citizenId)
      .execute(),
    db
      .selectFrom('contact')
      .leftJoin('staff', 'staff.id', 'contact.staff_id')
      .select(['contact.course_id', 'contact.kind', 'contact.contact_date', 'contact.duration_band', 'contact.place', 'contact.created_at', 'staff.display_name as by_name'])
      .where('contact.citizen_id', '=', citizenId)
      .execute(),
    db
      .selectFrom('measurement')
      .select(['course_id', 'instrument', 'scheduled_point', 'measured_on', 'score', 'created_at'])
      .where('citizen_id', '=', citizenId)
      .execute(),
    db.selectFrom('rehab_track').selectAll().where('course_id', 'in', ids).execute(),
    db.selectFrom('support_course').selectAll().where('course_id', 'in', ids).execute(),
    db
      .selectFrom('job_match')
      .innerJoin('company', 'company.id', 'job_match.company_id')
      .leftJoin('opening', 'opening.id', 'job_match.opening_id')
      .leftJoin('staff', 'staff.id', 'job_match.consultant_id')
      .select([
        'job_match.course_id',
        'job_match.matched_on',
        'job_match.rationale',
        'job_match.withdrawn_on',
        'job_match.withdrawn_reason',
        'job_match.created_at',
        'company.name as company_name',
        'opening.title as opening_title',
        'staff.display_name as consultant_name',
      ])
      .where('job_match.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('work_agreement_version')
      .innerJoin('work_agreement', 'work_agreement.id', 'work_agreement_version.agreement_id')
      .innerJoin('company', 'company.id', 'work_agreement.company_id')
      .leftJoin('staff', 'staff.id', 'work_agreement_version.created_by')
      .select([
        'work_agreement.course_id',
        'work_agreement_version.version_no',
        'work_agreement_version.made_on',
        'work_agreement_version.ordinary_hours_clause',
        'work_agreement_version.declaration_of_intent',
        'work_agreement_version.created_at',
        'company.name as company_name',
        'staff.display_name as by_name',
      ])
      .where('work_agreement.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('placement')
      .innerJoin('company', 'company.id', 'placement.company_id')
      .leftJoin('opening', 'opening.id', 'placement.opening_id')
      .select([
        'placement.course_id',
        'placement.type',
        'placement.from_date',
        'placement.to_date',
        'placement.end_reason',
        'placement.end_note',
        'placement.created_at',
        'company.name as company_name',
        'opening.title as opening_title',
      ])
      .where('placement.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('follow_up')
      .innerJoin('placement', 'placement.id', 'follow_up.placement_id')
      .innerJoin('company', 'company.id', 'placement.company_id')
      .leftJoin('staff', 'staff.id', 'follow_up.staff_id')
      .select([
        'placement.course_id',
        'follow_up.held_on',
        'follow_up.effectiveness',
        'follow_up.next_follow_up_on',
        'follow_up.created_at',
        'company.name as company_name',
        'staff.display_name as by_name',
      ])
      .where('placement.course_id', 'in', ids)
      .execute(),
    db
      .selectFrom('aftercare_contact')
      .innerJoin('placement', 'placement.id', 'aftercare_contact.placement_id')
      .innerJoin('company', 'company.id', 'placement.company_id')
      .leftJoin('staff', 'staff.id', 'aftercare_contact.staff_id')
      .select([
        'placement.course_id',
        'aftercare_contact.contact_date',
        'aftercare_contact.kind',
        'aftercare_contact.with_whom',
        'aftercare_contact.next_contact_on',
        'aftercare_contact.created_at',
        'company.name as company_name',
        'staff.display_name as by_name',
      ])
      .where('placement.course_id', 'in', ids)
      .execute(),
  ]);

  const definitions = new Map<string, ModelDefinition | undefined>(courses.map((c) => [c.id, registry.get(c.model_id, c.model_version) ?? registry.get(c.model_id)]));
  const modelName = (courseId: string) => {
    const course = courses.find((c) => c.id === courseId);
    return definitions.get(courseId)?.shortName ?? course?.model_id ?? 'forløb';
  };
  const phaseName = (courseId: string, phase: string) => definitions.get(courseId)?.phases.find((p) => p.id === phase)?.name.da ?? phase;
  const groupName = (courseId: string, group: string) => definitions.get(courseId)?.visitation?.groups.find((g) => g.id === group)?.name.da ?? `gruppe ${group}`;
  const roleLabel = (role: CourseRole) => attendeeRoleLabels[role].toLowerCase();

  const events: Sortable[] = [];
  const add = (at: string | null, kind: TimelineKind, title: string, detail: string | null, courseId: string | null, order = 0) => {
    if (at) events.push({ at, kind, title, detail, courseId, order });
  };

  for (const c of courses) {
    const definition = definitions.get(c.id);
    add(c.enrolment_date, 'course', `Forløb startet: ${modelName(c.id)}`, joinDetail(definition?.name.da, ...enrolmentNotes(c)), c.id, c.created_at.getTime());
    add(c.end_date, 'course', `Forløb afsluttet: ${modelName(c.id)}`, c.end_reason, c.id, Number.MAX_SAFE_INTEGER);
    if (c.group_code) {
      add(c.visitation_date, 'visitation', `Visiteret til ${groupName(c.id, c.group_code)} (${modelName(c.id)})`, joinDetail(c.visitation_by_name && `Besluttet af ${c.visitation_by_name}`, c.visitation_note), c.id);
    }
    add(c.notification_date, 'visitation', 'Underretning til socialforvaltningen', c.notification_note, c.id);
  }
  for (const p of phases) {
    // The first phase row (from no phase) is the enrolment itself, shown as the course event.
    if (p.from_phase === null) continue;
    add(
      p.change_date,
      'phase',
      `Ny fase: ${phaseName(p.course_id, p.to_phase)} (${modelName(p.course_id)})`,
      joinDetail(`Fra ${phaseName(p.course_id, p.from_phase)}`, p.by_name && `Af ${p.by_name}`, p.reason),
      p.course_id,
      p.created_at.getTime(),
    );
  }
  for (const s of staff) {
    add(s.from_date, 'staff', `${s.display_name} tilknyttet som ${roleLabel(s.role)}`, modelName(s.course_id), s.course_id);
    add(s.to_date, 'staff', `${s.display_name} ophørt som ${roleLabel(s.role)}`, modelName(s.course_id), s.course_id);
  }
  for (const p of plans) {
    add(isoDay(p.created_at), 'plan', `Plan gemt (version ${p.version_no})`, joinDetail(modelName(p.course_id), p.by_name && `Af ${p.by_name}`), p.course_id, p.created_at.getTime());
  }
  for (const g of goals) {
    const what = g.occupation_text ?? `DISCO-08 ${g.occupation_code}`;
    add(
      g.set_on,
      'job_goal',
      `Jobmål ${g.tier}: ${what}`,
      joinDetail(g.concrete && 'konkret', g.own_wish && 'borgerens eget ønske', g.industry_code && `branche ${g.industry_code}`),
      g.course_id,
      g.created_at.getTime(),
    );
    add(g.ended_on, 'job_goal', `Jobmål ${g.tier} afsluttet: ${what}`, null, g.course_id);
  }
  for (const v of cvs) {
    add(isoDay(v.created_at), 'cv', `CV gemt (version ${v.version_no})`, v.by_name ? `Af ${v.by_name}` : null, null, v.created_at.getTime());
  }
  for (const k of contacts) {
    const band = k.duration_band as DurationBand | null;
    add(
      k.contact_date,
      'contact',
      contactKindLabels[k.kind as ContactKind] ?? k.kind,
      joinDetail(band && durationBandLabels[band], k.place, k.by_name),
      k.course_id,
      k.created_at.getTime(),
    );
  }
  for (const m of measurements) {
    const instrument = isInstrumentId(m.instrument) ? instruments[m.instrument] : undefined;
    const score = m.score === null ? null : Number(m.score);
    const band = instrument ? bandFor(instrument, score) : null;
    add(
      m.measured_on,
      'measurement',
      `${m.instrument}, måling ${m.scheduled_point + 1}`,
      score === null ? 'Ufuldstændig besvarelse, ingen score' : joinDetail(`Score ${String(score).replace('.', ',')}`, band?.label),
      m.course_id,
      m.created_at.getTime(),
    );
  }
  for (const r of rehab) {
    add(r.preparation_start, 'rehab', 'Forberedelse til rehabiliteringsteamet startet', null, r.course_id, 1);
    add(r.team_meeting_date, 'rehab', 'Møde i rehabiliteringsteamet', joinDetail(r.company_consultant_present === true && 'Virksomhedskonsulent deltog', r.recommendation_goal), r.course_id, 2);
    add(r.recommendation_handed_over, 'rehab', 'Indstillingen udleveret til borgeren', null, r.course_id, 3);
    add(r.first_caseworker_meeting, 'rehab', 'Første møde med sagsbehandleren efter teammødet', null, r.course_id, 4);
  }
  for (const s of support) {
    add(s.start_date, 'support', `CTI-forløb startet (${s.planned_months} måneder)`, s.legal_basis, s.course_id, 1);
    add(s.contact_building_end, 'support', 'Kontaktopbygning afsluttet', null, s.course_id, 2);
    add(s.closing_meeting_date, 'support', 'Afslutningsmøde med borgerens netværk', s.closing_meeting_network, s.course_id, 3);
    add(s.end_date, 'support', 'CTI-forløb afsluttet', null, s.course_id, 4);
  }
  for (const m of matches) {
    add(
      m.matched_on,
      'match',
      `Match med ${m.company_name}`,
      joinDetail(m.opening_title && `Opslag: ${m.opening_title}`, m.consultant_name && `Konsulent: ${m.consultant_name}`, m.rationale),
      m.course_id,
      m.created_at.getTime(),
    );
    add(m.withdrawn_on, 'match', `Match med ${m.company_name} trukket tilbage`, m.withdrawn_reason, m.course_id, Number.MAX_SAFE_INTEGER - 1);
  }
  for (const v of agreements) {
    add(v.made_on, 'work_agreement', `Arbejdsaftale v${v.version_no} med ${v.company_name}`, joinDetail(clauseLabel(v), v.by_name && `Af ${v.by_name}`), v.course_id, v.created_at.getTime());
  }
  for (const p of placements) {
    const what = `${p.company_name} (${placementTypeLabels[p.type]})`;
    add(p.from_date, 'placement', `${p.from_date > today ? 'Virksomhedsforløb starter' : 'Virksomhedsforløb startet'}: ${what}`, joinDetail(p.opening_title && `Opslag: ${p.opening_title}`, modelName(p.course_id)), p.course_id, p.created_at.getTime());
    if (p.to_date) {
      const reason = p.end_reason ? (endReasonLabels[p.end_reason] ?? p.end_reason) : null;
      add(p.to_date, 'placement', `Virksomhedsforløb afsluttet: ${what}`, joinDetail(reason, p.end_note), p.course_id, Number.MAX_SAFE_INTEGER - 1);
    }
  }
  for (const f of followUps) {
    add(
      f.held_on,
      'follow_up',
      `Opfølgning hos ${f.company_name}`,
      joinDetail(f.effectiveness !== null && `Effektivitet ${f.effectiveness}/10`, f.next_follow_up_on && `Næste opfølgning ${danishDateOf(f.next_follow_up_on)}`, f.by_name && `Af ${f.by_name}`),
      f.course_id,
      f.created_at.getTime(),
    );
  }
  for (const a of aftercare) {
    add(
      a.contact_date,
      'aftercare',
      `Efterværn: ${aftercareKindLabels[a.kind] ?? a.kind} (${a.company_name})`,
      joinDetail(`Med ${aftercareWithLabels[a.with_whom] ?? a.with_whom}`, a.next_contact_on && `Næste kontakt ${danishDateOf(a.next_contact_on)}`, a.by_name && `Af ${a.by_name}`),
      a.course_id,
      a.created_at.getTime(),
    );
  }
  events.sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1));
  return events.map(({ order: _order, ...event }) => event);
}
