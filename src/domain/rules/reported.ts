/**
 * Rules the reports state that the first vocabulary could not express:
 * - a CV before a dated event (BRF: before the rehabilitation team, 003 §4.4);
 * - contact building by a role in the days before the first placement
 *   (CTI: about two weeks before the start, 002 §4.3.3);
 * - the closing meeting with the citizen's network at the end of the CTI
 *   course (002 §4.3.3);
 * - who attends a dated meeting (BRF: the company consultant at the
 *   rehabilitation team meeting, 003 §1.2 core element 2A);
 * - continuity of the person in a role (FSM KE2 000 §4.2, TRIN 1 004).
 */
import { alreadyInProgrammePhase } from '../cases/course-tracks.ts';
import { addMonths } from './days.ts';
import type { CompiledRuleOf } from './compiled.ts';
import { capitalise, danishDate, days, list, relative } from './explain.ts';
import { attendeeRoleLabels } from './labels.ts';
import { earliestUpTo, milestoneDay, OPEN, type PreparedCourse } from './prepared.ts';
import { done, notApplicable, openTask, warning, type EvalContext, type Outcome } from './result.ts';
import { milestoneLabels } from './vocabulary.ts';

/**
 * The CV must exist on or before the day of the milestone. A recorded future
 * date (a planned team meeting) is the deadline; with no date recorded the CV
 * is due without one, unless the course began inside the ressourceforløb
 * (the meeting then lies before the course: not applicable).
 */
export function cvBeforeMilestone(r: CompiledRuleOf<'cv_before_milestone'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const label = milestoneLabels[r.def.milestone];
  const meeting = milestoneDay(c, r.def.milestone, OPEN);
  const first = earliestUpTo(c.cv, asOf);
  if (!Number.isNaN(first)) {
    const late = !Number.isNaN(meeting) && first > meeting;
    return done(`Et CV findes (oprettet ${danishDate(first)})${late ? `, ${days(first - meeting)} efter ${label} ${danishDate(meeting)}` : ''}.`, late);
  }
  if (Number.isNaN(meeting)) {
    // A course that began inside the ressourceforløb (003 §1.1) had its team meeting before the course.
    const programme = alreadyInProgrammePhase(c.facts.modelId);
    if (programme !== undefined && c.phases[0]?.id === programme) {
      return notApplicable(`Borgeren var allerede i ressourceforløb ved indskrivningen, så ${label} ligger før forløbet.`);
    }
    return { status: 'due', explanation: `Der mangler et CV. Det skal foreligge før ${label}, som endnu ikke har en dato.` };
  }
  return openTask(meeting, asOf, `Der mangler et CV. Det skal foreligge senest ved ${label} ${danishDate(meeting)} (${relative(meeting, asOf)}).`);
}

/**
 * Someone in the role must have had contact with the citizen within the N days
 * before the first placement starts (a planned start counts). Shown from a
 * week before that window opens; a first contact after the start is late.
 */
export function contactBeforePlacement(r: CompiledRuleOf<'contact_before_placement'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  let start = NaN;
  for (const p of c.placements) if (!(p.from >= start)) start = p.from;
  if (Number.isNaN(start)) return notApplicable('Borgeren har intet virksomhedsforløb, så der er ingen kontaktopbygning at måle.');
  const role = attendeeRoleLabels[r.def.role];
  const windowStart = start - r.params.days;
  const kinds = r.def.kinds as readonly string[];
  let first = NaN;
  for (const k of c.contacts) {
    if (k.day < windowStart || k.day > asOf || !kinds.includes(k.kind) || !k.roles.includes(r.def.role)) continue;
    if (!(k.day >= first)) first = k.day;
  }
  if (!Number.isNaN(first)) {
    const late = first > start;
    return done(
      late
        ? `Første kontakt med ${role} var ${danishDate(first)}, ${days(first - start)} efter starten i virksomhedsforløbet ${danishDate(start)}.`
        : `Kontaktopbygning: kontakt med ${role} ${danishDate(first)}, ${days(start - first)} før starten i virksomhedsforløbet ${danishDate(start)}.`,
      late,
    );
  }
  if (asOf < windowStart - ctx.dueSoonDays) {
    return notApplicable(`Kontaktopbygningen med ${role} begynder ${danishDate(windowStart)}, ${days(r.params.days)} før starten i virksomhedsforløbet ${danishDate(start)}.`);
  }
  return openTask(
    start,
    asOf,
    `${capitalise(role)} skal opbygge kontakten med borgeren fra ${danishDate(windowStart)} og senest ved starten i virksomhedsforløbet ${danishDate(start)} (${relative(start, asOf)}).`,
  );
}

/**
 * The CTI course ends with a meeting with the citizen's network, due by the
 * course's last day (planned or actual) plus N days; asked for from the start
 * of the last third (phase 3, handing over) or from a week before an early end.
 */
export function supportClosingMeeting(r: CompiledRuleOf<'support_closing_meeting'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const s = c.support;
  if (!s || s.start > asOf) return notApplicable('CTI-forløbet er ikke startet.');
  const plannedLast = addMonths(s.start, s.plannedMonths) - 1;
  const last = Math.min(plannedLast, s.end);
  const deadline = last + r.params.daysAfterEnd;
  if (s.closingMeeting <= asOf) {
    const late = s.closingMeeting > deadline;
    return done(
      `Afslutningsmødet med borgerens netværk blev holdt ${danishDate(s.closingMeeting)}${late ? `, ${days(s.closingMeeting - deadline)} efter fristen` : ''}.`,
      late,
    );
  }
  const phase3 = addMonths(s.start, (2 * s.plannedMonths) / 3);
  const from = Math.min(Number.isInteger(phase3) ? phase3 : plannedLast, last - ctx.dueSoonDays);
  if (asOf < from) return notApplicable(`Afslutningsmødet med borgerens netværk planlægges fra ${danishDate(from)} og holdes senest ${danishDate(deadline)}.`);
  return openTask(deadline, asOf, `Afslutningsmødet med borgerens netværk er ikke holdt. Det skal holdes senest ${danishDate(deadline)} (${relative(deadline, asOf)}).`);
}

/**
 * Every listed role attends the meeting: a contact of the rule's kind on the
 * day of the milestone. Once the day has come, a meeting without them (or not
 * recorded) is open until the attendance is recorded.
 */
export function meetingAttendance(r: CompiledRuleOf<'meeting_attendance'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const label = milestoneLabels[r.def.milestone];
  const day = milestoneDay(c, r.def.milestone, asOf);
  if (Number.isNaN(day)) return notApplicable(`${capitalise(label)} har ikke fundet sted endnu.`);
  const roles = r.def.roles.map((x) => attendeeRoleLabels[x]);
  let missing: string[] | undefined;
  for (const k of c.contacts) {
    if (k.kind !== r.def.kind || k.day !== day) continue;
    const lacking = r.def.roles.filter((role) => !k.roles.includes(role)).map((x) => attendeeRoleLabels[x]);
    if (!missing || lacking.length < missing.length) missing = lacking;
  }
  if (missing && missing.length === 0) return done(`${capitalise(list(roles))} deltog i ${label} ${danishDate(day)}.`, false);
  return openTask(
    day,
    asOf,
    missing
      ? `${capitalise(list(missing))} deltog ikke i ${label} ${danishDate(day)}.`
      : `${capitalise(label)} ${danishDate(day)} er ikke registreret som en kontakt med deltagere; ${list(roles)} skal deltage.`,
  );
}

/**
 * The citizen keeps the same person in the role through the course: more
 * than N changes of person is a warning (no deadline can undo a change).
 */
export function staffContinuity(r: CompiledRuleOf<'staff_continuity'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const role = attendeeRoleLabels[r.def.role];
  const spells = c.staff.filter((s) => s.role === r.def.role && s.from <= ctx.asOf).sort((a, b) => a.from - b.from);
  if (spells.length === 0) return notApplicable(`Borgeren har endnu ingen ${role}.`);
  let changes = 0;
  for (let i = 1; i < spells.length; i++) if (spells[i]!.staffId !== spells[i - 1]!.staffId) changes++;
  const max = r.params.maxChanges;
  if (changes === 0) return done(`Borgeren har haft den samme ${role} siden ${danishDate(spells[0]!.from)}.`, false);
  const text = `Borgeren har skiftet ${role} ${changes === 1 ? 'én gang' : `${changes} gange`} (højst ${max} skift).`;
  return changes > max ? warning(`${text} Modellen bygger på en gennemgående ${role}.`) : done(text, false);
}
