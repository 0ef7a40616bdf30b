/**
 * A citizen's case history as one list: courses, phase changes, visitation,
 * staff assignments, plan and CV versions, job goals, contacts, measurements
 * and the rehabilitation and CTI support dates, newest first. Titles are
 * Danish and name models, phases and groups from the model definitions.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { attendeeRoleLabels, contactKindLabels, durationBandLabels, type ContactKind, type DurationBand } from '../../domain/cases/contact.ts';
import { bandFor, instruments, isInstrumentId } from '../../domain/cases/instruments.ts';
import { registry } from '../../domain/models/registry.ts';
import type { ModelDefinition } from '../../domain/models/schema.ts';
import type { CourseRole } from '../../domain/rules/facts.ts';
import { isoDay } from '../facts.ts';

export const timelineKinds = ['course', 'phase', 'visitation', 'staff', 'plan', 'job_goal', 'cv', 'contact', 'measurement', 'rehab', 'support'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEvent {
  /** The day it happened, 'YYYY-MM-DD'. */
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  courseId: string | null;
}

/** An event with a tie-breaker for events on the same day (a timestamp in ms where one exists). */
type Sortable = TimelineEvent & { order: number };

const joinDetail = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ') || null;

/** The citizen's timeline, newest first. */
export async function citizenTimeline(db: Kysely<Database>, citizenId: string): Promise<TimelineEvent[]> {
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
      'staff.display_name as visitation_by_name',
    ])
    .where('course.citizen_id', '=', citizenId)
    .execute();
  const courseIds = courses.map((c) => c.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const ids = courseIds.length ? courseIds : none;
  const [phases, staff, plans, goals, cvs, contacts, measurements, rehab, support] = await Promise.all([
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
    add(c.enrolment_date, 'course', `Forløb startet: ${modelName(c.id)}`, definition?.name.da ?? null, c.id, c.created_at.getTime());
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
  events.sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1));
  return events.map(({ order: _order, ...event }) => event);
}
