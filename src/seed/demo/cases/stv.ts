/**
 * STV (001): activity-ready cash-benefit recipients (track AK) and citizens
 * in a resource programme (track RF), referred to STV. A caseworker and a
 * company consultant work around each citizen; courses alternate between
 * job goal and match and a company placement, and a placement that will not
 * lead to paid hours is stopped for a new match.
 */
import type { DemoCitizen } from '../context.ts';
import { daysBetween } from '../dates.ts';
import type { Random } from '../random.ts';
import { citizensIn, type CaseContext } from './context.ts';
import { companyPhases, type EndReason } from './course.ts';
import { assertEligible, exitAfter, lastRange, targetRules, type TargetRule } from './eligibility.ts';
import { buildJourney, layoutPath, type Stage } from './journey.ts';
import { places } from './texts.ts';

const modelId = 'stv';
const company = companyPhases[modelId] ?? [];

interface Candidate {
  citizen: DemoCitizen;
  track: 'AK' | 'RF';
  earliest: string;
  exit: { date: string; reason: EndReason } | null;
}

function stages(random: Random, target: string): Stage[] {
  const match: Stage = { phase: 'jobmaal-og-match', range: [20, 150] };
  const place: Stage = { phase: 'virksomhedsforloeb', range: [40, 220] };
  if (target === 'jobmaal-og-match') {
    return random.chance(0.3) ? [match, place, { phase: 'jobmaal-og-match', range: [3, 90] }] : [{ phase: 'jobmaal-og-match', range: [3, 200] }];
  }
  return random.chance(0.3)
    ? [match, place, { phase: 'jobmaal-og-match', range: [14, 60] }, { phase: 'virksomhedsforloeb', range: [5, 200] }]
    : [match, { phase: 'virksomhedsforloeb', range: [5, 300] }];
}

function candidatesFrom(cc: CaseContext, random: Random, citizens: readonly DemoCitizen[], track: 'AK' | 'RF', limit: number): Candidate[] {
  const rule: TargetRule = track === 'AK' ? targetRules.stvAk : targetRules.stvRf;
  const out: Candidate[] = [];
  for (const citizen of random.shuffle(citizens)) {
    if (out.length >= limit) break;
    if (cc.used.has(citizen.id)) continue;
    const range = lastRange(citizen, rule, cc.windowStart, cc.lastDay);
    if (!range || daysBetween(range.from, range.to) < 45) continue;
    const ex = exitAfter(citizen, range);
    let exit: Candidate['exit'] = null;
    if (ex) {
      const next = ex.next?.benefitType;
      const reason: EndReason =
        next === 'fleksjob' || next === 'ledighedsydelse' ? 'fleksjob' : next === 'foertidspension' || next === 'ressourceforloeb' ? 'andet' : random.chance(0.2) ? 'flyttet' : 'job';
      exit = { date: ex.date, reason };
    }
    out.push({ citizen, track, earliest: range.from, exit });
  }
  return out;
}

/**
 * `akCitizens` and `rfCitizens` are the pools to draw from (the caller
 * leaves out citizens who are in another model); `limits` caps each track.
 */
export function seedStv(cc: CaseContext, random: Random, limits: { ak: number; rf: number }): void {
  const ak = [
    ...candidatesFrom(cc, random, citizensIn(cc, 'ressource'), 'AK', Math.ceil(limits.ak / 2)),
  ];
  ak.push(...candidatesFrom(cc, random, citizensIn(cc, 'jobOgVirksomhed'), 'AK', limits.ak - ak.length));
  const rf = candidatesFrom(cc, random, citizensIn(cc, 'ressource'), 'RF', limits.rf);

  for (const list of [ak, rf]) {
    const active = list.filter((c) => !c.exit);
    const order = active
      .map((c) => ({ c, key: daysBetween(c.earliest, cc.lastDay) * random.float(0.7, 1.3) }))
      .sort((a, b) => b.key - a.key)
      .map((x) => x.c);
    const placed = Math.max(2, Math.round(order.length * 0.5));
    const target = new Map(order.map((c, i) => [c, i < placed ? 'virksomhedsforloeb' : 'jobmaal-og-match']));
    for (const c of list) course(cc, random, c, target.get(c) ?? (c.exit?.reason === 'job' || c.exit?.reason === 'fleksjob' ? 'virksomhedsforloeb' : 'jobmaal-og-match'));
  }
}

function course(cc: CaseContext, random: Random, c: Candidate, target: string): void {
  const endDay = c.exit?.date ?? cc.lastDay;
  const phases = layoutPath(random, stages(random, target), c.earliest, endDay);
  const first = phases[0];
  if (!first) return;
  assertEligible(modelId, c.citizen, first.from);
  const { b } = buildJourney(cc, random, {
    init: { modelId, citizen: c.citizen, group: c.track, visitation: { date: first.from, by: c.citizen.responsibleStaffId } },
    phases,
    end: c.exit,
    roles: ['caseworker'],
    brokerChange: 0.12,
    consultantChance: c.track === 'RF' ? 0.85 : 0.7,
    mentorChance: 0.15,
    clarifyPhases: [],
    matchPhases: ['jobmaal-og-match'],
    companyPhases: company,
    goalTiming: 'early',
    planDeadline: 30,
    cadence: 28,
    place: places.jobcentre,
    categories: ['job_goal', 'cv', 'company_contact', 'health', 'social'],
    firstNote: c.track === 'RF' ? 'Første samtale i STV. Virksomhedskonsulenten deltog, og vi talte om borgerens ønsker og skånehensyn.' : 'Første samtale i STV om jobønsker, erfaringer og hvad der skal til.',
    behind: c.exit ? {} : { noCv: random.chance(0.06), stale: random.chance(0.08) },
  });
  b.finish();
}
