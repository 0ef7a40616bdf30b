/** Rules on contacts with the citizen: how recent, and who attended the start meeting. */
import type { CompiledRuleOf } from './compiled.ts';
import { danishDate, days, list, relative } from './explain.ts';
import type { AttendeeRole, ContactKind } from './facts.ts';
import { attendeeRoleLabels } from './labels.ts';
import type { PreparedCourse } from './prepared.ts';
import { done, openTask, recurring, type EvalContext, type Outcome } from './result.ts';

/** Day of the latest contact up to `asOf` of one of `kinds` (every kind but a no-show when not given); NaN when none. */
export function latestContact(c: PreparedCourse, asOf: number, kinds?: readonly ContactKind[]): number {
  let last = NaN;
  for (const k of c.contacts) {
    if (k.day > asOf || k.day <= last) continue;
    if (kinds ? kinds.includes(k.kind) : k.kind !== 'no_show') last = k.day;
  }
  return last;
}

/**
 * The last contact of a counted kind may be at most N days old. With no
 * contact yet, the first is an open task due N days after enrolment: the
 * requirement is not met before a contact has taken place. The schema keeps
 * no-shows out of the counted kinds.
 */
export function lastContactWithinDays(r: CompiledRuleOf<'last_contact_within_days'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const last = latestContact(c, asOf, r.def.kinds);
  const limit = r.params.days;
  if (Number.isNaN(last)) {
    const due = c.enrolment + limit;
    return openTask(
      due,
      asOf,
      `Ingen kontakt med borgeren siden forløbsstart ${danishDate(c.enrolment)}. Første kontakt senest ${danishDate(due)} (${relative(due, asOf)}).`,
    );
  }
  const due = last + limit;
  return recurring(
    due,
    ctx,
    `Seneste kontakt var ${danishDate(last)} (${days(asOf - last)} siden; højst ${days(limit)} mellem kontakter). Næste kontakt senest ${danishDate(due)} (${relative(due, asOf)}).`,
  );
}

/**
 * A start meeting attended by every listed role must be held within N days of
 * enrolment. A meeting that lacked someone leaves the requirement open (a
 * supplementary meeting can close it).
 */
export function startMeetingAttendance(r: CompiledRuleOf<'start_meeting_attendance'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const deadline = c.enrolment + r.params.days;
  let best: { day: number; missing: AttendeeRole[] } | undefined;
  for (const k of c.contacts) {
    if (k.kind !== 'start_meeting' || k.day > asOf) continue;
    const missing = r.def.roles.filter((role) => !k.roles.includes(role));
    if (!best || missing.length < best.missing.length || (missing.length === best.missing.length && k.day < best.day)) {
      best = { day: k.day, missing };
    }
  }
  if (best && best.missing.length === 0) {
    const late = best.day > deadline;
    return done(
      `Opstartsmødet blev holdt ${danishDate(best.day)} med ${list(r.def.roles.map((x) => attendeeRoleLabels[x]))}${late ? `, ${days(best.day - deadline)} efter fristen` : ''}.`,
      late,
    );
  }
  if (best) {
    return openTask(
      deadline,
      asOf,
      `Opstartsmødet ${danishDate(best.day)} manglede ${list(best.missing.map((x) => attendeeRoleLabels[x]))}. Et opstartsmøde med alle parter skulle holdes senest ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
    );
  }
  return openTask(
    deadline,
    asOf,
    `Opstartsmødet er ikke holdt. Det skal holdes senest ${danishDate(deadline)} (${relative(deadline, asOf)}) med ${list(r.def.roles.map((x) => attendeeRoleLabels[x]))}.`,
  );
}
