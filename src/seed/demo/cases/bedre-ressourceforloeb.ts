/**
 * Bedre Ressourceforløb (003) in Team Ressource og Rehabilitering: citizens
 * whose case is being prepared for the rehabilitation team, who have just
 * had their team meeting or recommendation, and who began a resource
 * programme in the window. Most follow the time rules of the best
 * municipalities (preparation 8-14 weeks, recommendation handed over the
 * same or the next day, first caseworker meeting 1-3 weeks after the team
 * meeting); some are late. A few were prepared in Team Job og Virksomhed
 * and moved to Team Ressource when the programme began. BRF-11 progression
 * measurements at the start and later.
 */
import type { DemoCitizen } from '../context.ts';
import { addDays, daysBetween, maxDate, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { contactStream, staleFrom } from './contacts.ts';
import { citizensIn, otherBroker, staffIn, type CaseContext } from './context.ts';
import { CourseBuilder, type EndReason } from './course.ts';
import { assertEligible, exitAfter, lastRange, qualifyingRanges, targetRules } from './eligibility.ts';
import { answersNear, levelAt, resourceTrajectory, scoreOf } from './measures.ts';
import { pickTheme } from './occupations.ts';
import { PlanStory } from './plans.ts';
import { after, chooseGoals, writeCv, writeJobGoals, writePlans } from './records.ts';
import { places, rehabRecommendations } from './texts.ts';

const modelId = 'bedre-ressourceforloeb';
const unitKey = 'ressource';

interface Track {
  citizen: DemoCitizen;
  preparation: string;
  team: string | null;
  handedOver: string | null;
  firstMeeting: string | null;
  recommendation: string | null;
  exit: { date: string; reason: EndReason } | null;
  /** Prepared in Team Job og Virksomhed, moved when the programme began. */
  moved: boolean;
}

/** Days from the team meeting to the hand-over: mostly the same or the next day. */
function handOverDays(random: Random): number {
  return random.weighted([[0, 60], [1, 25], [random.int(2, 7), 15]]);
}

/** Preparation: mostly 8-12 weeks (the recommended maximum), some up to 14 weeks, a few far longer. */
function preparationDays(random: Random): number {
  return random.weighted([[random.int(56, 84), 78], [random.int(85, 98), 12], [random.int(99, 140), 10]]);
}

/** Days from the team meeting to the first caseworker meeting: mostly 1-2 weeks, some 3, a few later. */
function firstMeetingDays(random: Random): number {
  return random.weighted([[random.int(6, 14), 78], [random.int(15, 21), 12], [random.int(22, 40), 10]]);
}

export function seedBedreRessourceforloeb(cc: CaseContext, random: Random): void {
  const citizens = random.shuffle(citizensIn(cc, unitKey).filter((c) => !cc.used.has(c.id)));
  const tracks: Track[] = [];

  // Citizens whose resource programme began in the window, after a preparation that also fell in it.
  for (const citizen of citizens) {
    const rf = qualifyingRanges(citizen, targetRules.brfInProgramme, cc.windowStart, cc.lastDay).at(-1);
    const spell = rf && citizen.spells.find((s) => s.benefitType === 'ressourceforloeb' && s.from === rf.from);
    if (!rf || !spell || spell.from < addDays(cc.windowStart, 150)) continue;
    const team = addDays(spell.from, -random.int(0, 14));
    const preparation = addDays(team, -preparationDays(random));
    if (preparation < cc.windowStart || !lastRange(citizen, targetRules.brfPreparing, preparation, preparation)) continue;
    const handedOver = addDays(team, handOverDays(random));
    const firstMeeting = maxDate(handedOver, addDays(team, firstMeetingDays(random)));
    const ex = exitAfter(citizen, rf);
    const next = ex?.next?.benefitType;
    tracks.push({
      citizen,
      preparation,
      team: team <= cc.lastDay ? team : null,
      handedOver: handedOver <= cc.lastDay ? handedOver : null,
      firstMeeting: firstMeeting <= cc.lastDay && (!ex || firstMeeting <= ex.date) ? firstMeeting : null,
      recommendation: rehabRecommendations.ressourceforloeb,
      exit: ex && ex.date >= firstMeeting ? { date: ex.date, reason: next === 'fleksjob' || next === 'ledighedsydelse' ? 'fleksjob' : next === 'foertidspension' ? 'andet' : 'job' } : null,
      moved: random.chance(0.2),
    });
  }

  // Citizens on the way: in preparation, just met the team, or waiting for the first meeting after it.
  const preparing = citizens.filter((c) => !tracks.some((t) => t.citizen === c) && c.profile === 'towardsResourceProgramme');
  const targets = ['rehabiliteringsteam', 'rehabiliteringsteam', 'rehabiliteringsteam', 'indstilling', 'indstilling', 'indstilling', 'indstilling'];
  let made = 0;
  for (const citizen of preparing) {
    if (made >= 26) break;
    const target = targets[made] ?? 'forberedelse';
    let team: string | null = null;
    let handedOver: string | null = null;
    let preparation: string;
    if (target === 'forberedelse') {
      preparation = addDays(cc.lastDay, -(random.chance(0.8) ? random.int(5, 80) : random.int(85, 130)));
    } else {
      team = addDays(cc.lastDay, -(target === 'rehabiliteringsteam' ? random.int(0, 4) : random.int(2, 30)));
      preparation = addDays(team, -preparationDays(random));
      if (target === 'indstilling') handedOver = minDate(addDays(team, handOverDays(random)), cc.lastDay);
    }
    if (!lastRange(citizen, targetRules.brfPreparing, preparation, preparation)) continue;
    tracks.push({
      citizen,
      preparation,
      team,
      handedOver,
      firstMeeting: null,
      recommendation: team ? rehabRecommendations.ressourceforloeb : null,
      exit: null,
      moved: false,
    });
    made++;
  }

  for (const t of tracks) course(cc, random, t);
}

function course(cc: CaseContext, random: Random, t: Track): void {
  const { citizen, preparation: enrolment } = t;
  assertEligible(modelId, citizen, enrolment);
  const responsible = citizen.responsibleStaffId;
  const endDay = t.exit?.date ?? cc.lastDay;
  const movedOn = t.moved && t.firstMeeting ? t.firstMeeting : null;
  const firstHolder = movedOn ? otherBroker(cc, random, { ...citizen, unitKey: 'jobOgVirksomhed' }) : responsible;
  const b = new CourseBuilder(cc, random, { modelId, citizen, enrolment, createdBy: firstHolder, unitKey: movedOn ? 'jobOgVirksomhed' : unitKey });
  b.assign(firstHolder, 'caseworker', enrolment);
  if (movedOn) {
    b.units = [
      { unitKey: 'jobOgVirksomhed', from: enrolment, to: addDays(movedOn, -1) },
      { unitKey, from: movedOn, to: null },
    ];
    b.handOver('caseworker', responsible, movedOn);
  } else if (daysBetween(enrolment, endDay) > 120 && random.chance(0.1)) {
    b.handOver('caseworker', responsible, after(random, enrolment, 60, daysBetween(enrolment, endDay) - 30, endDay));
  }
  const by = (date: string) => b.holder('caseworker', date) ?? responsible;
  if (t.team) b.moveTo('rehabiliteringsteam', t.team, by(t.team));
  if (t.team && t.handedOver) b.moveTo('indstilling', t.handedOver, by(t.handedOver));
  if (t.handedOver && t.firstMeeting) b.moveTo('ressourceforloeb', t.firstMeeting, by(t.firstMeeting));

  // The company consultant, ideally from the start of the preparation (core element 2A).
  const roll = random.next();
  const consultant = staffIn(cc, 'virksomhedskonsulent', movedOn ? 'jobOgVirksomhed' : unitKey);
  const consultantFrom = roll < 0.7 ? after(random, enrolment, 0, 28, endDay) : roll < 0.8 ? after(random, enrolment, 29, 60, endDay) : null;
  if (consultantFrom) b.assign(random.pick(consultant).id, 'company_consultant', consultantFrom);
  const present = t.team !== null && consultantFrom !== null && consultantFrom <= t.team && random.chance(0.85);
  b.rehabTrack({
    preparation_start: enrolment,
    team_meeting_date: t.team,
    team_attendees: t.team ? ['citizen', 'caseworker', ...(present ? ['company_consultant'] : []), ...(random.chance(0.3) ? ['mentor'] : [])] : [],
    company_consultant_present: t.team ? present : null,
    recommendation_goal: t.team ? t.recommendation : null,
    recommendation_handed_over: t.handedOver,
    first_caseworker_meeting: t.firstMeeting,
  });

  const stale = !t.exit && random.chance(0.06);
  const stopDay = stale ? staleFrom(random, cc.lastDay, addDays(enrolment, 14)) : endDay;
  const theme = pickTheme(random, citizen.sex);
  const goals = chooseGoals(random, theme);

  // CV before the team meeting (core element 2B): mostly within the preparation.
  const cvRoll = random.next();
  const cvOn = cvRoll < 0.75 ? after(random, enrolment, 7, 70, stopDay) : cvRoll < 0.87 ? addDays(enrolment, random.int(85, 120)) : null;
  if (cvOn && cvOn <= stopDay) writeCv(cc, random, citizen, theme, cvOn, by(cvOn));

  // Action plan after the team meeting, with the citizen.
  if (t.team) {
    const planRoll = random.next();
    const d0 = planRoll < 0.7 ? addDays(t.team, random.int(1, 13)) : planRoll < 0.85 ? addDays(t.team, random.int(15, 40)) : null;
    if (d0 && d0 <= stopDay) {
      const story = new PlanStory(random, theme, 'Sagsbehandler');
      const versions: { date: string; stage: 'health' | 'match' | 'company'; jobTitle: string | null; by: string | null }[] = [];
      for (let d = d0; d <= stopDay && versions.length < 3; d = addDays(d, random.int(60, 120))) {
        versions.push({ date: d, stage: versions.length === 0 ? 'health' : 'match', jobTitle: null, by: by(d) });
      }
      writePlans(b, story, versions);
    }
  }

  // Job goals: a wish during the preparation, a concrete goal in the programme.
  const wishOn = random.chance(0.5) ? after(random, enrolment, 10, 40, stopDay) : null;
  const concreteOn = t.firstMeeting && random.chance(0.6) ? after(random, t.firstMeeting, 14, 60, stopDay) : null;
  writeJobGoals(b, random, theme, goals, {
    wishOn: wishOn && (!concreteOn || wishOn <= concreteOn) ? wishOn : null,
    concreteOn: concreteOn && concreteOn >= t.firstMeeting! ? concreteOn : null,
    bcOn: null,
    by: by(enrolment),
    end: endDay,
  });

  // Contacts, with the team meeting and the first meeting after it.
  if (t.team && t.team <= stopDay) {
    b.contact({
      kind: 'rehabilitation_team',
      date: t.team,
      duration: 'ge60',
      place: places.jobcentre,
      categories: ['plan', 'health', 'job_goal'],
      attendees: ['citizen', 'caseworker', ...(present ? ['company_consultant'] : [])],
      staffId: by(t.team),
      note: random.chance(0.6) ? 'Borgeren fremlagde selv sin plan for rehabiliteringsteamet. Teamet indstiller til ressourceforløb.' : 'Sagen forelagt rehabiliteringsteamet; indstilling til ressourceforløb.',
    });
  }
  if (t.firstMeeting && t.firstMeeting <= stopDay) {
    b.contact({
      kind: 'meeting',
      date: t.firstMeeting,
      duration: '30to59',
      place: places.jobcentre,
      categories: ['plan', 'job_goal'],
      attendees: ['citizen', 'caseworker', ...(b.holder('company_consultant', t.firstMeeting) ? ['company_consultant'] : [])],
      staffId: by(t.firstMeeting),
      note: 'Første møde efter rehabiliteringsteamet: gennemgang af indstillingen og start på indsatsplanen.',
    });
  }
  contactStream(random, b, {
    from: after(random, enrolment, 0, 7, stopDay),
    to: stopDay,
    cadence: t.firstMeeting ? 26 : 30,
    role: 'caseworker',
    place: places.jobcentre,
    companyPhases: [],
    task: random.pick(theme.tasks),
    categories: ['plan', 'health', 'cv', 'job_goal', 'social', 'economy'],
    outreachShare: 0.12,
    firstNote: 'Opstart på forberedelsen til rehabiliteringsteamet. Vi gennemgik drejebogen, og borgeren vil gerne selv fremlægge sin plan.',
  });

  // BRF-11 at the start and later.
  if (random.chance(0.85)) {
    const trajectory = resourceTrajectory(random);
    const points = [
      after(random, enrolment, 0, 21, minDate(t.team ?? stopDay, stopDay)),
      t.firstMeeting ? addDays(t.firstMeeting, random.int(90, 150)) : null,
      t.firstMeeting ? addDays(t.firstMeeting, random.int(270, 330)) : null,
    ];
    points.forEach((date, point) => {
      if (!date || date > stopDay) return;
      const answers = answersNear(random, 'BRF-11', levelAt(random, trajectory, point), random.chance(0.05));
      b.measurement({ instrument: 'BRF-11', point, date, answers, score: scoreOf('BRF-11', answers), respondentRole: 'citizen', by: by(date) });
    });
  }

  if (t.exit) b.end(maxDate(t.exit.date, t.firstMeeting ?? t.exit.date), t.exit.reason);
  b.finish();
}
