/**
 * Flere skal med (000): every citizen in Team Job og Virksomhed who has been
 * on activity-ready cash benefit continuously for more than five years
 * (computed from the spells) gets a course, visited into group 1 (~55 %),
 * 2 (~34 %, with a rehabilitation track) or 3 (~11 %, with a notification to
 * social services), a few postponed (code 6) and a few not yet visited.
 * Group 1 runs through afklaring, jobmatch and virksomhedsforløb; the
 * citizens who left cash benefit in the window have an ended course whose
 * reason follows what came next (job, flex job, disability pension ...).
 */
import type { DemoCitizen, DemoSpell } from '../context.ts';
import { addDays, daysBetween, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { contactStream } from './contacts.ts';
import { citizensIn, intIn, staffIn, type CaseContext } from './context.ts';
import { CourseBuilder, companyPhases, type EndReason } from './course.ts';
import { assertEligible, exitAfter, lastRange, targetRules } from './eligibility.ts';
import { buildJourney, layoutPath, type Stage } from './journey.ts';
import { pickTheme } from './occupations.ts';
import { PlanStory } from './plans.ts';
import { after, writePlans } from './records.ts';
import { fsmVisitationNotes, notificationNotes, notificationNotRelevantNotes, places, rehabRecommendations } from './texts.ts';

const modelId = 'flere-skal-med';
const unitKey = 'jobOgVirksomhed';
const company = companyPhases[modelId] ?? [];

type ExitKind = 'job' | 'flyttet' | 'fleksjob' | 'foertidspension' | 'ressourceforloeb';
type Group = '1' | '2' | '3' | '6' | 'none';

interface Candidate {
  citizen: DemoCitizen;
  /** First day in the target group within the window. */
  earliest: string;
  exit: { date: string; kind: ExitKind } | null;
}

function exitKind(random: Random, next: DemoSpell | null): ExitKind {
  if (!next) return random.chance(0.25) ? 'flyttet' : 'job';
  switch (next.benefitType) {
    case 'fleksjob':
    case 'ledighedsydelse':
      return 'fleksjob';
    case 'foertidspension':
      return 'foertidspension';
    case 'ressourceforloeb':
      return 'ressourceforloeb';
    default:
      return 'job';
  }
}

const endReason: Record<ExitKind, EndReason> = { job: 'job', flyttet: 'flyttet', fleksjob: 'fleksjob', foertidspension: 'andet', ressourceforloeb: 'andet' };

/** Group-1 paths to each current phase; some loop back from a placement that stopped. */
function group1Stages(random: Random, target: string): Stage[] {
  const visitation: Stage = { phase: 'visitation', range: [3, 30] };
  const afklaring: Stage = { phase: 'afklaring', range: [30, 120] };
  const jobmatch: Stage = { phase: 'jobmatch', range: [14, 80] };
  const company1: Stage = { phase: 'virksomhedsforloeb', range: [40, 180] };
  switch (target) {
    case 'visitation':
      return [{ phase: 'visitation', range: [2, 20] }];
    case 'afklaring':
      return [visitation, { phase: 'afklaring', range: [5, 150] }];
    case 'jobmatch':
      return random.chance(0.25)
        ? [visitation, afklaring, jobmatch, company1, { phase: 'jobmatch', range: [3, 60] }]
        : [visitation, afklaring, { phase: 'jobmatch', range: [3, 120] }];
    default:
      return random.chance(0.2)
        ? [visitation, afklaring, jobmatch, company1, { phase: 'jobmatch', range: [14, 50] }, { phase: 'virksomhedsforloeb', range: [5, 200] }]
        : [visitation, afklaring, jobmatch, { phase: 'virksomhedsforloeb', range: [5, 300] }];
  }
}

/** Quotas of current phases for the active group-1 courses, deepest first. */
function phaseQuota(n: number): string[] {
  const visitation = Math.max(2, Math.round(n * 0.06));
  const company1 = Math.max(2, Math.round(n * 0.32));
  const match = Math.max(2, Math.round(n * 0.3));
  const clarify = Math.max(2, n - visitation - company1 - match);
  return [
    ...Array<string>(company1).fill('virksomhedsforloeb'),
    ...Array<string>(match).fill('jobmatch'),
    ...Array<string>(clarify).fill('afklaring'),
    ...Array<string>(visitation).fill('visitation'),
  ];
}

export function seedFlereSkalMed(cc: CaseContext, random: Random): void {
  const candidates: Candidate[] = [];
  for (const citizen of citizensIn(cc, unitKey)) {
    if (cc.used.has(citizen.id)) continue;
    const range = lastRange(citizen, targetRules.fsm, cc.windowStart, cc.lastDay);
    if (!range) continue;
    const ex = exitAfter(citizen, range);
    if (ex && daysBetween(range.from, ex.date) < 45) continue; // left before the job centre got to them
    candidates.push({ citizen, earliest: range.from, exit: ex ? { date: ex.date, kind: exitKind(random, ex.next) } : null });
  }
  if (candidates.length < 20) throw new Error(`Demo seed: only ${candidates.length} citizens in the Flere skal med target group.`);

  // Groups: exits to flex job, disability pension or a resource programme went the rehabilitation way.
  const group = new Map<Candidate, Group>();
  for (const c of candidates) {
    if (!c.exit) continue;
    const rehab = c.exit.kind === 'fleksjob' || c.exit.kind === 'foertidspension' || c.exit.kind === 'ressourceforloeb';
    group.set(c, rehab && daysBetween(c.earliest, c.exit.date) >= 120 ? '2' : '1');
  }
  const staying = random.shuffle(candidates.filter((c) => !c.exit));
  staying.slice(0, 3).forEach((c) => group.set(c, '6'));
  staying.slice(3, 5).forEach((c) => group.set(c, 'none'));
  const total = candidates.length - 5;
  const want = { '1': Math.round(total * 0.55), '3': Math.round(total * 0.11), '2': 0 };
  want['2'] = total - want['1'] - want['3'];
  const have = (g: Group) => [...group.values()].filter((x) => x === g).length;
  const rest = staying.slice(5);
  const slots = random.shuffle([
    ...Array<Group>(Math.max(0, want['1'] - have('1'))).fill('1'),
    ...Array<Group>(Math.max(0, want['2'] - have('2'))).fill('2'),
    ...Array<Group>(Math.max(0, want['3'])).fill('3'),
  ]);
  rest.forEach((c, i) => group.set(c, slots[i] ?? '1'));

  // Active group 1: current phases by quota, the deepest to those who have been in the target group longest.
  const active1 = candidates.filter((c) => group.get(c) === '1' && !c.exit);
  const order = active1
    .map((c) => ({ c, key: daysBetween(c.earliest, cc.lastDay) * random.float(0.75, 1.25) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.c);
  const quota = phaseQuota(order.length);
  const target = new Map<Candidate, string>(order.map((c, i) => [c, quota[i] ?? 'afklaring']));

  for (const c of candidates) {
    const g = group.get(c) ?? '1';
    if (g === '1') group1(cc, random, c, target.get(c) ?? null);
    else if (g === '2') group2(cc, random, c);
    else other(cc, random, c, g);
  }
}

function group1(cc: CaseContext, random: Random, c: Candidate, target: string | null): void {
  const endDay = c.exit?.date ?? cc.lastDay;
  const goal = target ?? (c.exit && (c.exit.kind === 'job' || c.exit.kind === 'fleksjob') ? 'virksomhedsforloeb' : random.pick(['afklaring', 'jobmatch']));
  const phases = layoutPath(random, group1Stages(random, goal), c.earliest, endDay);
  const first = phases[0];
  if (!first) return;
  assertEligible(modelId, c.citizen, first.from);
  // Visited when the course moved on (the same day); a group-1 citizen still in 'visitation' was visited in the last days.
  const visitationDate = phases[1]?.from ?? after(random, first.from, 0, daysBetween(first.from, endDay), endDay);
  const behind = target ? { noCv: random.chance(0.08), noPlan: random.chance(0.07), stale: random.chance(0.1) } : {};
  const { b } = buildJourney(cc, random, {
    init: {
      modelId,
      citizen: c.citizen,
      group: '1',
      visitation: { date: visitationDate, by: c.citizen.responsibleStaffId, note: random.pick(fsmVisitationNotes['1']) },
    },
    phases,
    end: c.exit ? { date: c.exit.date, reason: endReason[c.exit.kind] } : null,
    roles: ['job_broker'],
    brokerChange: 0.15,
    consultantChance: 0.7,
    mentorChance: 0.12,
    clarifyPhases: ['afklaring'],
    matchPhases: ['jobmatch'],
    companyPhases: company,
    goalTiming: 'concreteAtMatch',
    readyBeforeMatch: true,
    planDeadline: 30,
    cadence: 32,
    place: places.jobcentre,
    categories: ['job_goal', 'plan', 'cv', 'job_search', 'health', 'social', 'economy'],
    firstNote: 'Visitationssamtale om Flere skal med. Borgeren fortalte om sine ønsker og erfaringer.',
    firstContact: visitationDate,
    behind,
  });
  b.finish();
}

function group2(cc: CaseContext, random: Random, c: Candidate): void {
  const citizen = c.citizen;
  const broker = citizen.responsibleStaffId;
  const exit = c.exit;
  const latestStart = exit ? addDays(exit.date, -110) : addDays(cc.lastDay, -10);
  const enrolment = minDate(after(random, c.earliest, 0, daysBetween(c.earliest, latestStart), latestStart), cc.lastDay);
  if (enrolment < c.earliest) return;
  assertEligible(modelId, citizen, enrolment);
  const endDay = exit?.date ?? cc.lastDay;
  const visitation = after(random, enrolment, 0, 20, endDay);
  const b = new CourseBuilder(cc, random, {
    modelId,
    citizen,
    enrolment,
    createdBy: broker,
    group: '2',
    visitation: { date: visitation, by: broker, note: random.pick(fsmVisitationNotes['2']) },
  });
  b.assign(broker, 'job_broker', enrolment);
  const preparation = after(random, visitation, 0, 14, endDay);
  let team: string | null = null;
  let goal: string | null = null;
  if (exit) {
    team = exit.kind === 'fleksjob' ? addDays(exit.date, -random.int(20, 60)) : addDays(exit.date, -random.int(0, 10));
    if (team < preparation) team = preparation;
    goal = exit.kind === 'fleksjob' ? rehabRecommendations.fleksjob : exit.kind === 'foertidspension' ? rehabRecommendations.foertidspension : rehabRecommendations.ressourceforloeb;
  } else if (daysBetween(preparation, cc.lastDay) > 90 && random.chance(0.55)) {
    team = after(random, preparation, 56, 110, cc.lastDay);
    goal = daysBetween(team, cc.lastDay) < 30 && random.chance(0.5) ? `${rehabRecommendations.ressourceforloeb} (afventer afgørelse)` : rehabRecommendations.afklaring;
  }
  const consultantPresent = random.chance(0.5);
  if (consultantPresent) b.assign(random.pick(staffIn(cc, 'virksomhedskonsulent', unitKey)).id, 'company_consultant', after(random, preparation, 0, 30, team ?? endDay));
  const handedOver = team ? minDate(addDays(team, random.weighted([[0, 70], [1, 20], [random.int(2, 5), 10]])), endDay) : null;
  b.rehabTrack({
    preparation_start: preparation,
    team_meeting_date: team,
    team_attendees: team ? ['citizen', 'job_broker', ...(consultantPresent ? ['company_consultant'] : [])] : [],
    company_consultant_present: team ? consultantPresent : null,
    recommendation_goal: goal,
    recommendation_handed_over: handedOver,
    first_caseworker_meeting: null,
  });
  if (team) {
    b.contact({
      kind: 'rehabilitation_team',
      date: team,
      duration: 'ge60',
      place: places.jobcentre,
      categories: ['health', 'plan'],
      attendees: ['citizen', 'job_broker', ...(consultantPresent ? ['company_consultant'] : [])],
      staffId: broker,
      note: `Sagen forelagt rehabiliteringsteamet. Indstilling: ${goal ?? ''}.`,
    });
  }
  if (random.chance(0.6)) {
    const theme = pickTheme(random, citizen.sex);
    const story = new PlanStory(random, theme, 'Jobformidler');
    const d0 = after(random, preparation, 3, 30, endDay);
    const versions = [{ date: d0, stage: 'health' as const, jobTitle: null, by: broker }];
    const d1 = addDays(d0, random.int(60, 150));
    if (d1 <= endDay && random.chance(0.5)) versions.push({ date: d1, stage: 'health', jobTitle: null, by: broker });
    writePlans(b, story, versions);
  }
  contactStream(random, b, {
    from: visitation,
    to: endDay,
    cadence: 40,
    role: 'job_broker',
    place: places.jobcentre,
    companyPhases: [],
    task: 'lette opgaver',
    categories: ['health', 'plan', 'social', 'economy'],
    outreachShare: 0.15,
    firstNote: 'Visitationssamtale. Borgeren fortalte om sit helbred og sin hverdag.',
  });
  if (exit) b.end(exit.date, endReason[exit.kind]);
  b.finish();
}

/** Groups 3 and 6, and the few not yet visited. */
function other(cc: CaseContext, random: Random, c: Candidate, g: '3' | '6' | 'none'): void {
  const citizen = c.citizen;
  const broker = citizen.responsibleStaffId;
  const span = daysBetween(c.earliest, cc.lastDay);
  const enrolment = g === 'none' ? addDays(cc.lastDay, -intIn(random, 1, Math.min(12, span))) : after(random, c.earliest, 0, Math.max(0, span - 14), cc.lastDay);
  assertEligible(modelId, citizen, enrolment);
  const visitation = g === 'none' ? null : after(random, enrolment, 0, 20, cc.lastDay);
  // A notification only where relevant (000 §1): about a third are already known to social services.
  const notRelevant = g === '3' && visitation !== null && random.chance(0.3);
  const notification = g === '3' && visitation && !notRelevant ? after(random, visitation, 0, 14, cc.lastDay) : null;
  const b = new CourseBuilder(cc, random, {
    modelId,
    citizen,
    enrolment,
    createdBy: broker,
    ...(g === 'none' ? {} : { group: g }),
    ...(visitation && g !== 'none' ? { visitation: { date: visitation, by: broker, note: random.pick(fsmVisitationNotes[g]) } } : {}),
    ...(notification ? { notification: { date: notification, note: random.pick(notificationNotes) } } : {}),
    ...(notRelevant ? { notificationNotRelevant: random.pick(notificationNotRelevantNotes) } : {}),
  });
  b.assign(broker, 'job_broker', enrolment);
  contactStream(random, b, {
    from: visitation ?? after(random, enrolment, 0, 5, cc.lastDay),
    to: cc.lastDay,
    cadence: g === 'none' ? 30 : g === '6' ? 55 : 70,
    role: 'job_broker',
    place: places.jobcentre,
    companyPhases: [],
    task: '',
    categories: ['health', 'social', 'housing', 'economy'],
    outreachShare: 0.35,
    firstNote: g === 'none' ? 'Indkaldt til samtale om Flere skal med.' : 'Visitationssamtale.',
  });
  b.finish();
}
