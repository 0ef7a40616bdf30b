/**
 * A course along a clarify -> match -> company path (Flere skal med group 1,
 * STV, the TRIN model): the phase path fitted into the time available, and
 * the case records that go with it: staff (with the odd change of job
 * broker), CV, ABC job goals, plan versions and contacts. Some citizens are
 * deliberately behind (no CV, no plan, no contact for over 60 days) so that
 * worklists show realistic overdue items.
 */
import type { CourseRole } from '../../../domain/rules/facts.ts';
import type { DemoCitizen } from '../context.ts';
import { addDays, daysBetween, maxDate, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { contactStream, phaseOn, staleFrom } from './contacts.ts';
import { otherBroker, staffIn, type CaseContext } from './context.ts';
import { CourseBuilder, type CourseInit, type EndReason } from './course.ts';
import { pickTheme, type Theme } from './occupations.ts';
import { PlanStory } from './plans.ts';
import { after, chooseGoals, fitSteps, stageOf, stepStarts, writeCv, writeJobGoals, writePlans, type GoalChoice } from './records.ts';

export interface Stage {
  phase: string;
  /** Days in the phase when it is done; when it is the current phase, days so far. */
  range: readonly [number, number];
}

/**
 * Lays out a phase path ending `endDay`: returns the phase start dates, the
 * first being the enrolment. The path is scaled to fit after `earliest`.
 */
export function layoutPath(random: Random, stages: readonly Stage[], earliest: string, endDay: string): { phase: string; from: string }[] {
  const days = fitSteps(
    random,
    stages.map((s) => s.range),
    Math.max(stages.length, daysBetween(earliest, endDay)),
  );
  const total = days.reduce((a, b) => a + b, 0);
  const enrolment = maxDate(earliest, addDays(endDay, -total));
  const starts = stepStarts(enrolment, days);
  return stages.map((s, i) => ({ phase: s.phase, from: minDate(starts[i] ?? enrolment, endDay) }));
}

export type GoalTiming = 'concreteAtMatch' | 'wishAtMatch' | 'early';

export interface Behind {
  noCv?: boolean;
  noPlan?: boolean;
  stale?: boolean;
}

export interface JourneySpec {
  init: Omit<CourseInit, 'enrolment' | 'createdBy'>;
  phases: readonly { phase: string; from: string }[];
  end: { date: string; reason: EndReason } | null;
  /** Roles the responsible staff member holds on the course. */
  roles: readonly CourseRole[];
  brokerChange: number;
  consultantChance: number;
  mentorChance: number;
  clarifyPhases: readonly string[];
  matchPhases: readonly string[];
  companyPhases: readonly string[];
  goalTiming: GoalTiming;
  /**
   * The model's gate out of clarification needs a CV and a plan (FSM, 000 §4.1):
   * a course that reached a match phase had both by the day it moved.
   */
  readyBeforeMatch?: boolean;
  /** Days within which the first plan is usually made. */
  planDeadline: number;
  cadence: number;
  place: string;
  categories: readonly string[];
  outreachShare?: number;
  firstNote?: string;
  /** Day of the first conversation (default: enrolment + 0..7). */
  firstContact?: string;
  behind: Behind;
  theme?: Theme;
}

const firstIn = (phases: readonly { phase: string; from: string }[], ids: readonly string[]) => phases.find((p) => ids.includes(p.phase))?.from ?? null;

/** Builds the course (not yet finished: the caller may add model-specific rows and must call finish()). */
export function buildJourney(cc: CaseContext, random: Random, spec: JourneySpec): { b: CourseBuilder; theme: Theme; goals: GoalChoice } {
  const citizen: DemoCitizen = spec.init.citizen;
  const first = spec.phases[0];
  if (!first) throw new Error('Demo seed: a journey without phases.');
  const enrolment = first.from;
  const endDay = spec.end?.date ?? cc.lastDay;
  const responsible = citizen.responsibleStaffId;
  const span = daysBetween(enrolment, endDay);

  // Staff: the responsible job broker, sometimes after a colleague (a change of job broker).
  const changeOn = span > 90 && random.chance(spec.brokerChange) ? addDays(enrolment, random.int(30, span - 30)) : null;
  const firstHolder = changeOn ? otherBroker(cc, random, citizen) : responsible;
  const b = new CourseBuilder(cc, random, { ...spec.init, enrolment, createdBy: firstHolder });
  for (const role of spec.roles) {
    b.assign(firstHolder, role, enrolment);
    if (changeOn) b.handOver(role, responsible, changeOn);
  }
  const mainRole = spec.roles[0] ?? 'job_broker';
  const by = (date: string) => b.holder(mainRole, date) ?? responsible;
  for (const p of spec.phases.slice(1)) {
    b.moveTo(p.phase, p.from, by(p.from), spec.companyPhases.includes(phaseOn(b, addDays(p.from, -1))) && !spec.companyPhases.includes(p.phase) ? 'Forløbet på virksomheden stoppede; der skal findes et nyt match.' : null);
  }

  const clarifyStart = firstIn(spec.phases, spec.clarifyPhases);
  const matchStart = firstIn(spec.phases, spec.matchPhases);
  const companyStart = firstIn(spec.phases, spec.companyPhases);
  const consultants = staffIn(cc, 'virksomhedskonsulent', citizen.unitKey);
  const consultantFrom = matchStart ?? (spec.goalTiming === 'early' ? enrolment : null);
  if (consultantFrom && random.chance(spec.consultantChance)) {
    b.assign(random.pick(consultants).id, 'company_consultant', after(random, consultantFrom, 0, 14, endDay));
  }
  if (span > 40 && random.chance(spec.mentorChance)) {
    b.assign(random.pick(staffIn(cc, 'mentor', citizen.unitKey)).id, 'mentor', after(random, clarifyStart ?? enrolment, 10, 60, endDay));
  }

  const stopDay = spec.behind.stale && !spec.end ? staleFrom(random, cc.lastDay, addDays(enrolment, 14)) : endDay;
  const theme = spec.theme ?? pickTheme(random, citizen.sex);
  const goals = chooseGoals(random, theme);

  // Latest day an artefact the gate needs may be made: the day before the move to a match phase.
  const gateDay = spec.readyBeforeMatch && matchStart ? maxDate(enrolment, addDays(matchStart, -1)) : null;
  const byGate = (day: string) => (gateDay ? minDate(day, gateDay) : day);

  // CV (the citizen's, across courses).
  if (!spec.behind.noCv || gateDay) {
    const firstCvOn = byGate(addDays(enrolment, random.chance(0.75) ? random.int(3, 28) : random.int(31, 75)));
    if (firstCvOn <= stopDay || (gateDay && firstCvOn <= gateDay)) writeCv(cc, random, citizen, theme, firstCvOn, by(firstCvOn));
    if (matchStart && random.chance(0.4)) {
      const d = after(random, matchStart, 0, 20, stopDay);
      if (d >= firstCvOn && d <= stopDay) writeCv(cc, random, citizen, theme, d, by(d));
    }
    if (companyStart && random.chance(0.4)) {
      const d = after(random, companyStart, 5, 30, stopDay);
      if (d >= firstCvOn && d <= stopDay) writeCv(cc, random, citizen, theme, d, by(d), goals.a.title);
    }
  }

  // Job goals.
  const clarifyEnd = matchStart ?? endDay;
  let wishOn: string | null = null;
  let concreteOn: string | null = null;
  let bcOn: string | null = null;
  if (spec.goalTiming === 'concreteAtMatch') {
    const from = clarifyStart ?? enrolment;
    // Usually made concrete within the first month; otherwise just before the move to job match.
    const deadline = minDate(addDays(enrolment, 28), minDate(clarifyEnd, stopDay));
    const early = deadline >= from && random.chance(0.65) ? after(random, from, 0, daysBetween(from, deadline), deadline) : null;
    if (!early && random.chance(0.55)) wishOn = after(random, from, 0, 14, clarifyEnd);
    if (early) concreteOn = early;
    else if (matchStart) concreteOn = maxDate(wishOn ?? from, addDays(matchStart, -random.int(0, 10)));
    else if (clarifyStart && daysBetween(clarifyStart, stopDay) > 40 && random.chance(0.5)) concreteOn = after(random, clarifyStart, 31, daysBetween(clarifyStart, stopDay), stopDay);
    if (matchStart && random.chance(0.6)) bcOn = after(random, matchStart, 0, 20, endDay);
  } else if (spec.goalTiming === 'wishAtMatch') {
    if (matchStart) wishOn = maxDate(enrolment, addDays(matchStart, -random.int(0, 10)));
    else if (daysBetween(enrolment, stopDay) > 14 && random.chance(0.3)) wishOn = after(random, enrolment, 10, daysBetween(enrolment, stopDay), stopDay);
    if (companyStart && wishOn) concreteOn = maxDate(wishOn, addDays(companyStart, -random.int(5, 30)));
    else if (matchStart && wishOn && random.chance(0.4)) concreteOn = after(random, wishOn, 10, Math.max(10, daysBetween(wishOn, stopDay)), stopDay);
    if (companyStart && random.chance(0.5)) bcOn = after(random, companyStart, 0, 20, endDay);
  } else {
    const goalOn = addDays(enrolment, random.chance(0.7) ? random.int(5, 28) : random.int(31, 70));
    if (goalOn <= stopDay) {
      if (random.chance(0.6)) concreteOn = goalOn;
      else {
        wishOn = goalOn;
        if (companyStart && companyStart > goalOn) concreteOn = maxDate(goalOn, addDays(companyStart, -random.int(0, 14)));
      }
      const bcFrom = matchStart && matchStart > enrolment ? matchStart : companyStart;
      if (bcFrom && random.chance(0.5)) bcOn = maxDate(concreteOn ?? goalOn, after(random, bcFrom, 0, 20, endDay));
    }
  }
  writeJobGoals(b, random, theme, goals, { wishOn, concreteOn, bcOn, by: by(enrolment), end: endDay });

  // Plan versions.
  if (!spec.behind.noPlan || gateDay) {
    const d0 = byGate(addDays(enrolment, random.chance(0.75) ? random.int(3, spec.planDeadline - 2) : random.int(spec.planDeadline + 1, spec.planDeadline + 40)));
    const story = new PlanStory(random, theme, 'Jobformidler');
    const versions: { date: string; stage: ReturnType<typeof stageOf>; jobTitle: string | null; by: string | null }[] = [];
    for (let d = d0; (d <= stopDay || (gateDay !== null && d <= gateDay && versions.length === 0)) && versions.length < 4; d = addDays(d, random.int(45, 120))) {
      const phase = phaseOn(b, d);
      versions.push({ date: d, stage: stageOf(phase, spec.companyPhases, spec.matchPhases), jobTitle: concreteOn && concreteOn <= d ? goals.a.title : null, by: by(d) });
    }
    writePlans(b, story, versions);
  }

  // Contacts.
  const firstContact = spec.firstContact ?? after(random, enrolment, 0, 7, stopDay);
  contactStream(random, b, {
    from: firstContact,
    to: stopDay,
    cadence: spec.cadence,
    role: mainRole,
    place: spec.place,
    companyPhases: spec.companyPhases,
    task: random.pick(theme.tasks),
    categories: spec.categories,
    ...(spec.outreachShare !== undefined ? { outreachShare: spec.outreachShare } : {}),
    ...(spec.firstNote !== undefined ? { firstNote: spec.firstNote } : {}),
  });

  if (spec.end) b.end(spec.end.date, spec.end.reason);
  return { b, theme, goals };
}
