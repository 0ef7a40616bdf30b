/**
 * The TRIN model (004) at the outreach office in Solbakken: every
 * activity-ready recipient of cash, education or integration benefit living
 * in the area has a course, served from the outreach office, in TRIN 1
 * (afklaring), TRIN 2 (på vej mod job) or TRIN 3 (virksomhedsforløb); some
 * went back from TRIN 3 to TRIN 2 when a placement broke off. Group
 * activities (gruppeforløb) run from the office with TRIN citizens taking
 * part.
 */
import type { DemoCitizen } from '../context.ts';
import { addDays, daysBetween, maxDate, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { citizensIn, stamp, staffIn, unitId, type CaseContext, type DemoCourse } from './context.ts';
import { companyPhases, type EndReason } from './course.ts';
import { assertEligible, demoHousingArea, exitAfter, lastRange, targetRules } from './eligibility.ts';
import { buildJourney, layoutPath, type Stage } from './journey.ts';
import { groupActivities, places } from './texts.ts';

const modelId = 'trin-model';
const unitKey = 'outreach';
const company = companyPhases[modelId] ?? [];

interface Candidate {
  citizen: DemoCitizen;
  earliest: string;
  exit: { date: string; reason: EndReason } | null;
}

function stages(random: Random, target: string): Stage[] {
  const t1: Stage = { phase: 'TRIN1', range: [20, 120] };
  const t2: Stage = { phase: 'TRIN2', range: [20, 90] };
  const t3: Stage = { phase: 'TRIN3', range: [40, 180] };
  switch (target) {
    case 'TRIN1':
      return [{ phase: 'TRIN1', range: [3, 150] }];
    case 'TRIN2':
      return random.chance(0.25) ? [t1, t2, t3, { phase: 'TRIN2', range: [3, 90] }] : [t1, { phase: 'TRIN2', range: [3, 150] }];
    default:
      return random.chance(0.15) ? [t1, t2, t3, { phase: 'TRIN2', range: [14, 60] }, { phase: 'TRIN3', range: [5, 200] }] : [t1, t2, { phase: 'TRIN3', range: [5, 300] }];
  }
}

export function seedTrinModel(cc: CaseContext, random: Random): void {
  const candidates: Candidate[] = [];
  for (const citizen of citizensIn(cc, unitKey)) {
    if (cc.used.has(citizen.id)) continue;
    const range = lastRange(citizen, targetRules.trin, cc.windowStart, cc.lastDay);
    if (!range || daysBetween(range.from, range.to) < 30) continue;
    const ex = exitAfter(citizen, range);
    let exit: Candidate['exit'] = null;
    if (ex) {
      const young = ex.next === null && citizen.spells.at(-1)?.benefitType === 'uddannelseshjaelp';
      exit = { date: ex.date, reason: random.chance(0.2) ? 'flyttet' : young && random.chance(0.7) ? 'uddannelse' : 'job' };
    }
    candidates.push({ citizen, earliest: range.from, exit });
  }

  const active = candidates.filter((c) => !c.exit);
  const order = active
    .map((c) => ({ c, key: daysBetween(c.earliest, cc.lastDay) * random.float(0.7, 1.3) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.c);
  const n3 = Math.max(3, Math.round(order.length * 0.3));
  const n2 = Math.max(3, Math.round(order.length * 0.35));
  const target = new Map(order.map((c, i) => [c, i < n3 ? 'TRIN3' : i < n3 + n2 ? 'TRIN2' : 'TRIN1']));

  const made: { course: DemoCourse; citizen: DemoCitizen }[] = [];
  for (const c of candidates) {
    const endDay = c.exit?.date ?? cc.lastDay;
    const goal = target.get(c) ?? (c.exit?.reason === 'job' ? 'TRIN3' : random.pick(['TRIN1', 'TRIN2']));
    const phases = layoutPath(random, stages(random, goal), c.earliest, endDay);
    const first = phases[0];
    if (!first) continue;
    assertEligible(modelId, c.citizen, first.from, demoHousingArea);
    const { b } = buildJourney(cc, random, {
      init: { modelId, citizen: c.citizen, housingArea: demoHousingArea, servedFromOutreach: true },
      phases,
      end: c.exit,
      roles: ['job_broker', 'caseworker'],
      brokerChange: 0.1,
      consultantChance: 0.6,
      mentorChance: 0.1,
      clarifyPhases: ['TRIN1'],
      matchPhases: ['TRIN2'],
      companyPhases: company,
      goalTiming: 'wishAtMatch',
      planDeadline: 30,
      cadence: 26,
      place: places.outreach,
      categories: ['job_goal', 'plan', 'cv', 'education', 'job_search', 'social', 'housing', 'economy'],
      outreachShare: 0.25,
      firstNote: 'Første samtale på det udkørende kontor. Borgeren fortalte om sin motivation og sine ønsker.',
      behind: c.exit ? {} : { noCv: random.chance(0.1), noPlan: random.chance(0.06), stale: random.chance(0.08) },
    });
    made.push({ course: b.finish(), citizen: c.citizen });
  }
  seedGroupActivities(cc, random, made);
}

function seedGroupActivities(cc: CaseContext, random: Random, made: readonly { course: DemoCourse; citizen: DemoCitizen }[]): void {
  const unit = unitId(cc, unitKey);
  const createdBy = staffIn(cc, 'leder', unitKey)[0]?.id ?? null;
  const plans = [
    { text: groupActivities[0], start: addDays(cc.windowStart, random.int(20, 60)), end: null as string | null, size: random.int(12, 18), women: false },
    { text: groupActivities[1], start: addDays(cc.lastDay, -random.int(200, 260)), end: null as string | null, size: random.int(8, 10), women: true },
    { text: groupActivities[2], start: addDays(cc.lastDay, -random.int(90, 120)), end: null as string | null, size: random.int(6, 10), women: false },
  ];
  const second = plans[1];
  if (second) second.end = addDays(second.start, 69); // ten weeks
  for (const plan of plans) {
    const id = random.uuid();
    cc.rows.group_activity.push({
      id,
      unit_id: unit,
      name: plan.text.name,
      description: plan.text.description,
      start_date: plan.start,
      end_date: plan.end,
      created_by: createdBy,
      created_at: stamp(addDays(plan.start, -random.int(7, 21)), 10),
    });
    const runsTo = plan.end ?? cc.lastDay;
    const fits = made.filter(
      ({ course, citizen }) =>
        (!plan.women || citizen.sex === 'female') &&
        course.enrolmentDate <= addDays(runsTo, -14) &&
        (course.endDate === null || course.endDate >= addDays(plan.start, 14)),
    );
    for (const { course } of random.shuffle(fits).slice(0, plan.size)) {
      const lastDay = minDate(runsTo, course.endDate ?? cc.lastDay);
      const from = maxDate(plan.start, course.enrolmentDate);
      if (addDays(from, 7) > lastDay) continue;
      const joined = plan.women ? from : random.dateBetween(from, addDays(lastDay, -7));
      const leaves = plan.end !== null || course.endDate !== null || random.chance(0.3);
      const left = !leaves ? null : plan.end !== null && random.chance(0.8) && (course.endDate === null || course.endDate >= plan.end) ? plan.end : random.dateBetween(minDate(addDays(joined, 7), lastDay), lastDay);
      cc.rows.group_activity_participant.push({ activity_id: id, course_id: course.id, joined_on: joined, left_on: left });
    }
  }
}
