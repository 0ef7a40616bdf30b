/**
 * Social støtte i overgang til og fastholdelse i job (002) in Team Job og
 * Virksomhed: activity-ready cash-benefit recipients of 30 or more with a
 * year or more on cash benefit, drawn at random. A cross-disciplinary start
 * meeting, one joint plan, a company match, then CTI support from the team's
 * mentor (at most 10 citizens at a time) for 6 or 9 months in three phases,
 * with WHO-5, GSE and BIP at the scheduled points. Some finished with a
 * closing meeting with their network, some dropped out, two were excluded
 * after the draw.
 */
import { ctiMeasurementMonths, ctiMeasurementPlan, ctiPhaseOn, ctiPhases, type CtiCourseLength } from '../../../domain/models/cti-schedule.ts';
import { toDay } from '../../../domain/rules/days.ts';
import type { DemoCitizen } from '../context.ts';
import { addDays, addMonths, daysBetween, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { contactStream } from './contacts.ts';
import { citizensIn, staffIn, type CaseContext } from './context.ts';
import { CourseBuilder, type EndReason } from './course.ts';
import { assertEligible, qualifyingRanges, targetRules } from './eligibility.ts';
import { answersNear, levelAt, scoreOf, socialSupportTrajectories } from './measures.ts';
import { pickTheme } from './occupations.ts';
import { PlanStory } from './plans.ts';
import { after, chooseGoals, writeCv, writeJobGoals, writePlans } from './records.ts';
import { closingNetworks, homeVisitNotes, places, walkNotes } from './texts.ts';

const modelId = 'social-stoette';
const unitKey = 'jobOgVirksomhed';
const ctiPhaseIds = ['cti-1', 'cti-2', 'cti-3'] as const;
const startRoles = ['citizen', 'cti_worker', 'company_consultant', 'caseworker', 'social_caseworker'];

type Slot =
  | { kind: 'active'; phase: 'opstart' | 'virksomhedsmatch' | 'cti-1' | 'cti-2' | 'cti-3' }
  | { kind: 'completed' | 'dropped' | 'excluded' };

interface Dates {
  enrolment: string;
  /** Start of CTI, when it has started. */
  start: string | null;
  months: CtiCourseLength;
  end: { date: string; reason: EndReason } | null;
}

const exclusions = [
  { id: 'company_activity', label: 'Er allerede i en virksomhedsrettet indsats' },
  { id: 'health', label: 'Kan ikke deltage af helbredsmæssige grunde' },
];

/** A CTI start such that `day` falls in phase `phase` (1-3). */
function startForPhase(random: Random, months: CtiCourseLength, phase: 1 | 2 | 3, day: string): string {
  const step = months / 3;
  for (let tries = 0; tries < 50; tries++) {
    const start = addDays(addMonths(day, -(phase - 1) * step), -random.int(3, step * 30 - 6));
    if (ctiPhaseOn(toDay(start), months, toDay(day)) === phase) return start;
  }
  return addMonths(day, -(phase - 1) * step - 1);
}

function datesFor(cc: CaseContext, random: Random, slot: Slot): Dates {
  const months: CtiCourseLength = random.chance(0.65) ? 6 : 9;
  const last = cc.lastDay;
  const toStart = () => random.int(45, 100); // observed mean 72 days from the start meeting to the placement (002 §4.1)
  if (slot.kind === 'active') {
    if (slot.phase === 'opstart') return { enrolment: addDays(last, -random.int(2, 12)), start: null, months, end: null };
    if (slot.phase === 'virksomhedsmatch') return { enrolment: addDays(last, -random.int(25, 60)), start: null, months, end: null };
    const start = startForPhase(random, months, Number(slot.phase.slice(4)) as 1 | 2 | 3, last);
    return { enrolment: addDays(start, -toStart()), start, months, end: null };
  }
  if (slot.kind === 'excluded') {
    const enrolment = addDays(last, -random.int(60, 400));
    return { enrolment, start: null, months, end: { date: addDays(enrolment, random.int(3, 14)), reason: 'andet' } };
  }
  // Finished or dropped out: the whole course lies in the window.
  const latestStart = addDays(addMonths(last, -months), -5);
  const earliestStart = addDays(cc.windowStart, 105);
  const start = earliestStart <= latestStart ? random.dateBetween(earliestStart, latestStart) : latestStart;
  if (slot.kind === 'completed') {
    return { enrolment: addDays(start, -toStart()), start, months, end: { date: addDays(addMonths(start, months), -1), reason: 'andet' } };
  }
  return { enrolment: addDays(start, -toStart()), start, months, end: { date: addDays(start, random.int(30, 120)), reason: 'andet' } };
}

export function seedSocialStoette(cc: CaseContext, random: Random): void {
  const slots: Slot[] = [
    ...(['opstart', 'virksomhedsmatch', 'cti-1', 'cti-2', 'cti-3'] as const).flatMap((phase) => [
      { kind: 'active' as const, phase },
      { kind: 'active' as const, phase },
    ]),
    ...Array.from({ length: 6 }, () => ({ kind: 'completed' as const })),
    { kind: 'dropped' },
    { kind: 'dropped' },
    { kind: 'excluded' },
    { kind: 'excluded' },
  ];
  const pool = random.shuffle(citizensIn(cc, unitKey).filter((c) => !cc.used.has(c.id)));
  for (const slot of slots) {
    const dates = datesFor(cc, random, slot);
    const until = dates.end?.date ?? cc.lastDay;
    const citizen = pool.find(
      (c) => !cc.used.has(c.id) && qualifyingRanges(c, targetRules.socialSupport, dates.enrolment, until).some((r) => r.from === dates.enrolment && r.to === until),
    );
    if (!citizen) continue;
    course(cc, random, citizen, slot, dates);
  }
}

function course(cc: CaseContext, random: Random, citizen: DemoCitizen, slot: Slot, d: Dates): void {
  assertEligible(modelId, citizen, d.enrolment);
  const caseworker = citizen.responsibleStaffId;
  const mentor = staffIn(cc, 'mentor', unitKey)[0]?.id ?? caseworker;
  const endDay = d.end?.date ?? cc.lastDay;
  const excluded = slot.kind === 'excluded' ? random.pick(exclusions) : null;
  const b = new CourseBuilder(cc, random, {
    modelId,
    citizen,
    enrolment: d.enrolment,
    createdBy: caseworker,
    group: excluded ? 'frasorteret' : 'indsats',
    visitation: {
      date: addDays(d.enrolment, -random.int(0, 10)),
      by: caseworker,
      note: excluded ? `Frasorteret: ${excluded.label}.` : 'Udtrukket ved lodtrækning blandt aktivitetsparate kontanthjælpsmodtagere.',
    },
  });
  b.assign(caseworker, 'caseworker', d.enrolment);
  if (excluded) {
    b.contact({ kind: 'phone', date: after(random, d.enrolment, 0, 3, endDay), duration: 'lt30', place: null, categories: ['other'], attendees: ['citizen', 'caseworker'], staffId: caseworker, note: `Borgeren er orienteret om, at hun/han ikke deltager: ${excluded.label.toLowerCase()}.` });
    if (d.end) b.end(d.end.date, d.end.reason);
    b.finish();
    return;
  }
  b.assign(mentor, 'cti_worker', d.enrolment);
  if (random.chance(0.9)) b.assign(random.pick(staffIn(cc, 'virksomhedskonsulent', unitKey)).id, 'company_consultant', d.enrolment);

  // Start meeting with all five parties (core element 1), mostly within two weeks.
  const meetingOn = after(random, d.enrolment, 0, random.chance(0.85) ? 13 : 25, d.start ? addDays(d.start, -15) : endDay);
  const full = random.chance(0.85);
  b.contact({
    kind: 'start_meeting',
    date: meetingOn,
    duration: 'ge60',
    place: places.jobcentre,
    categories: ['plan', 'job_goal', 'health', 'social', 'economy'],
    attendees: full ? startRoles : startRoles.filter((r) => r !== random.pick(['social_caseworker', 'company_consultant'])),
    staffId: caseworker,
    note: 'Tværfagligt opstartsmøde: behov for støtte, behandling, økonomi og borgerens ønsker til job gennemgået.',
  });

  // One joint plan after the start meeting; opstart -> virksomhedsmatch when it is made.
  const theme = pickTheme(random, citizen.sex);
  const goals = chooseGoals(random, theme);
  const planOn = after(random, meetingOn, 0, random.chance(0.8) ? 7 : 25, d.start ? addDays(d.start, -14) : endDay);
  const matchOn = slot.kind === 'active' && slot.phase === 'opstart' ? null : after(random, planOn, 0, 3, d.start ? addDays(d.start, -14) : endDay);
  const story = new PlanStory(random, theme, 'CTI-medarbejder og sagsbehandler');
  const plans: { date: string; stage: 'start' | 'company'; jobTitle: string | null; by: string | null }[] = [];
  if (slot.kind !== 'active' || slot.phase !== 'opstart' || random.chance(0.4)) plans.push({ date: planOn, stage: 'start', jobTitle: null, by: caseworker });
  if (matchOn) b.moveTo('virksomhedsmatch', matchOn, caseworker);
  const concreteOn = after(random, d.enrolment, 5, random.chance(0.8) ? 28 : 50, d.start ?? endDay);
  if (slot.kind !== 'active' || slot.phase !== 'opstart') {
    writeJobGoals(b, random, theme, goals, { wishOn: null, concreteOn, bcOn: null, by: caseworker, end: endDay });
  }
  if (random.chance(0.7)) writeCv(cc, random, citizen, theme, after(random, d.enrolment, 5, 40, endDay), caseworker);

  if (d.start) {
    const start = d.start;
    const phases = ctiPhases(start, d.months);
    const closing = d.end && slot.kind === 'completed' ? addDays(d.end.date, -random.int(0, 10)) : null;
    b.supportCourse({
      legal_basis: random.weighted([['LAB § 31 b', 80], ['SEL § 82 b', 12], ['SEL § 85', 8]] as const),
      planned_months: d.months,
      start_date: start,
      contact_building_end: addDays(start, -1),
      closing_meeting_date: closing,
      closing_meeting_network: closing ? random.pick(closingNetworks) : null,
      end_date: d.end ? d.end.date : null,
    });
    b.moveTo('cti-1', start, mentor);
    for (const p of phases.slice(1)) {
      const on = addDays(p.from, random.int(0, 2));
      if (on > endDay || on > p.to) break;
      b.moveTo(ctiPhaseIds[p.phase - 1] ?? 'cti-3', on, mentor);
    }
    plans.push({ date: minDate(addDays(start, random.int(3, 20)), endDay), stage: 'company', jobTitle: goals.a.title, by: mentor });
    const third = phases[2];
    if (third && third.from <= endDay) plans.push({ date: minDate(addDays(third.from, random.int(0, 14)), endDay), stage: 'company', jobTitle: goals.a.title, by: mentor });
    ctiContacts(random, b, mentor, start, d.months, endDay);
    if (closing) {
      b.contact({ kind: 'meeting', date: closing, duration: 'ge60', place: places.jobcentre, categories: ['social', 'placement', 'ordinary_hours'], attendees: ['citizen', 'cti_worker', 'employer'], staffId: mentor, note: 'Afsluttende netværksmøde; langsigtet plan for fastholdelse aftalt.' });
    }
  }
  measurements(cc, random, b, { caseworker, mentor }, { enrolment: d.enrolment, startMeeting: meetingOn }, d.start ? { start: d.start, months: d.months } : null, d.end?.date ?? null, slot.kind === 'completed');
  writePlans(b, story, plans.filter((p, i) => i === 0 || p.date > (plans[i - 1]?.date ?? '')));

  contactStream(random, b, {
    from: after(random, meetingOn, 7, 21, endDay),
    to: endDay,
    cadence: 35,
    role: 'caseworker',
    place: places.jobcentre,
    companyPhases: [...ctiPhaseIds],
    task: random.pick(theme.tasks),
    categories: ['job_goal', 'plan', 'economy', 'placement'],
  });
  if (d.end) b.end(d.end.date, d.end.reason);
  b.finish();
}

/** CTI support: contact-building in the two weeks before, then decreasing frequency over the three phases. */
function ctiContacts(random: Random, b: CourseBuilder, mentor: string, start: string, months: CtiCourseLength, endDay: string): void {
  const gaps: Record<0 | 1 | 2 | 3 | 4, readonly [number, number]> = { 0: [5, 8], 1: [5, 9], 2: [10, 18], 3: [18, 30], 4: [30, 30] };
  let day = addDays(start, -random.int(10, 14));
  while (day <= endDay) {
    const phase = ctiPhaseOn(toDay(start), months, toDay(day));
    if (phase === 4) break;
    const r = random.next();
    const kind = r < 0.35 ? 'meeting' : r < 0.55 ? 'home_visit' : r < 0.7 ? 'walk' : r < 0.9 ? 'phone' : 'sms';
    const long = phase <= 1 ? 0.5 : phase === 2 ? 0.3 : 0.15;
    b.contact({
      kind,
      date: day,
      duration: kind === 'sms' ? null : kind === 'phone' ? 'lt30' : random.chance(long) ? 'ge60' : random.chance(0.6) ? '30to59' : 'lt30',
      place: kind === 'home_visit' ? 'Borgerens hjem' : kind === 'walk' ? 'Gåtur i nærområdet' : kind === 'meeting' ? random.pick([places.jobcentre, places.cafe, places.company]) : null,
      categories: random.shuffle(['social', 'health', 'economy', 'housing', 'placement', 'ordinary_hours']).slice(0, random.int(1, 3)),
      attendees: ['citizen', 'cti_worker'],
      staffId: mentor,
      note:
        phase === 0
          ? 'Kontaktopbygning før start på arbejdspladsen: vi lærer hinanden at kende.'
          : kind === 'home_visit'
            ? random.pick(homeVisitNotes)
            : kind === 'walk'
              ? random.pick(walkNotes)
              : `CTI fase ${phase}: opfølgning på hverdagen med job.`,
    });
    const [lo, hi] = gaps[phase];
    day = addDays(day, random.int(lo, hi));
  }
}

/**
 * WHO-5, GSE and BIP at the points of ctiMeasurementPlan: the baseline at the
 * start meeting (the caseworker registers it), the later points from the CTI
 * start, the closing point always; a few late, missing or with a missing item.
 */
function measurements(
  cc: CaseContext,
  random: Random,
  b: CourseBuilder,
  by: { caseworker: string; mentor: string },
  course: { enrolment: string; startMeeting: string },
  cti: { start: string; months: CtiCourseLength } | null,
  endDate: string | null,
  completed: boolean,
): void {
  const trajectories = socialSupportTrajectories(random);
  const last = minDate(endDate ?? cc.lastDay, cc.lastDay);
  const plan = cti
    ? ctiMeasurementPlan({ courseStart: course.enrolment, ctiStart: cti.start, months: ctiMeasurementMonths[cti.months], ...(endDate ? { lastDay: endDate } : {}) })
    : [{ point: 0, date: course.enrolment, final: false }];
  for (const { point, date, final } of plan) {
    let on = point === 0 ? course.startMeeting : addDays(date, random.weighted([[0, 40], [random.int(-3, -1), 20], [random.int(1, 10), 32], [random.int(11, 25), 8]]));
    if (cti && point > 0 && on < cti.start) on = cti.start;
    // The closing point of a finished course is taken at the closing.
    if (final && on > last && completed) on = addDays(last, -random.int(0, 5));
    if (on > last || (point > 0 && random.chance(0.07))) continue;
    for (const instrument of ['WHO-5', 'GSE', 'BIP'] as const) {
      const answers = answersNear(random, instrument, levelAt(random, trajectories[instrument], point), random.chance(0.04));
      b.measurement({ instrument, point, date: on, answers, score: scoreOf(instrument, answers), respondentRole: 'citizen', by: point === 0 ? by.caseworker : by.mentor });
    }
  }
}
