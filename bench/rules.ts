/**
 * Benchmark (not a test): evaluate 100,000 synthetic courses across the five
 * models with their facts and print how long it took. Generating the courses
 * is not timed; preparing each course (date parsing) and evaluating every
 * rule is. Run: node --import tsx bench/rules.ts [courses]
 */
import { performance } from 'node:perf_hooks';
import { registry } from '../src/domain/models/registry.ts';
import { fromDay, toDay } from '../src/domain/rules/days.ts';
import { createRuleSetResolver, evaluateCourse } from '../src/domain/rules/engine.ts';
import type { AttendeeRole, CourseFacts, PlacementType } from '../src/domain/rules/facts.ts';
import { prng, randomInt } from '../src/domain/rules/fixtures.ts';
import type { RuleOverride } from '../src/domain/rules/parameters.ts';

const total = Number(process.argv[2] ?? 100_000);
const asOf = '2025-06-01';
const asOfDay = toDay(asOf);

const random = prng(42);
const int = (lo: number, hi: number) => randomInt(random, lo, hi);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const date = (day: number) => fromDay(day);

const models = registry.latest();
const units = ['unit-1', 'unit-2', 'unit-3', 'unit-4'];
const placementTypes: PlacementType[] = ['virksomhedspraktik', 'loentilskud', 'hybrid', 'ordinary_hours'];
const roles: AttendeeRole[] = ['citizen', 'cti_worker', 'company_consultant', 'caseworker', 'social_caseworker'];

function syntheticCourse(i: number): CourseFacts {
  const model = models[i % models.length]!;
  const enrolment = asOfDay - int(0, 540);
  const end = random() < 0.15 ? enrolment + int(30, 500) : undefined;
  const unitId = pick(units);
  const moved = random() < 0.1;
  const placements = [];
  const followUps = [];
  const workAgreements = [];
  const placementCount = int(0, 2);
  let cursor = enrolment + int(10, 120);
  for (let p = 0; p < placementCount; p++) {
    const from = cursor;
    const to = random() < 0.5 ? from + int(20, 150) : undefined;
    const id = `p${i}-${p}`;
    placements.push({ id, type: pick(placementTypes), from: date(from), ...(to === undefined ? {} : { to: date(to) }) });
    for (let f = from + int(10, 40); f < (to ?? asOfDay); f += int(14, 40)) followUps.push({ placementId: id, date: date(f) });
    if (random() < 0.8) {
      workAgreements.push({ id: `a${i}-${p}`, placementId: id, date: date(from - int(-5, 10)), ordinaryHoursClause: random() < 0.3, declarationOfIntent: random() < 0.5 });
    }
    cursor = (to ?? asOfDay) + int(5, 60);
  }
  const contacts = [];
  for (let d = enrolment + int(0, 20); d <= asOfDay; d += int(7, 60)) {
    contacts.push({ date: date(d), kind: random() < 0.1 ? 'start_meeting' as const : pick(['meeting', 'phone', 'three_party', 'no_show'] as const), attendeeRoles: roles.slice(0, int(1, 5)) });
  }
  const ctiStart = enrolment + int(30, 120);
  const planned = pick([6, 9]);
  const measurements = [];
  for (let point = 0; point < 5; point++) {
    if (random() < 0.7) for (const instrument of ['WHO-5', 'GSE', 'BIP']) measurements.push({ instrument, point, date: date(ctiStart + point * 45) });
  }
  const phase = model.phases[int(0, model.phases.length - 1)]!.id;
  const group = model.visitation ? pick(model.visitation.groups).id : undefined;
  return {
    courseId: `c${i}`,
    citizenId: `citizen-${i}`,
    modelId: model.id,
    modelVersion: model.version,
    units: moved
      ? [{ unitId, from: date(enrolment), to: date(enrolment + 60) }, { unitId: pick(units), from: date(enrolment + 61) }]
      : [{ unitId, from: date(enrolment) }],
    enrolmentDate: date(enrolment),
    ...(end === undefined ? {} : { endDate: date(end) }),
    ...(group === undefined ? {} : { group }),
    phaseHistory: [{ phaseId: model.initialPhase, from: date(enrolment) }, { phaseId: phase, from: date(enrolment + 30) }],
    staff: [
      { staffId: `s${i % 500}`, role: 'job_broker', from: date(enrolment + int(0, 20)) },
      { staffId: `s${(i + 7) % 500}`, role: 'caseworker', from: date(enrolment) },
    ],
    cvVersions: random() < 0.7 ? [{ date: date(enrolment + int(0, 60)) }] : [],
    jobGoals: random() < 0.7 ? [{ date: date(enrolment + int(0, 60)), concrete: random() < 0.6 }] : [],
    planVersions: random() < 0.8 ? [{ date: date(enrolment + int(0, 40)) }] : [],
    contacts,
    placements,
    followUps,
    workAgreements,
    rehabilitation: {
      preparationStart: date(enrolment),
      ...(random() < 0.7 ? { teamMeeting: date(enrolment + int(40, 110)) } : {}),
      ...(random() < 0.5 ? { recommendationHandedOver: date(enrolment + int(110, 115)) } : {}),
      ...(random() < 0.4 ? { firstCaseworkerMeeting: date(enrolment + int(115, 140)) } : {}),
    },
    supportCourse: { start: date(ctiStart), plannedMonths: planned },
    measurements,
  };
}

const overrides: RuleOverride[] = [
  { modelId: 'flere-skal-med', unitId: 'unit-2', ruleId: 'ke2.contact', parameter: 'days', value: 28, by: 'bench', at: '2025-01-01T00:00:00Z' },
  { modelId: 'stv', unitId: 'unit-3', ruleId: '3c.follow-up', parameter: 'days', value: 21, by: 'bench', at: '2025-01-01T00:00:00Z' },
];
const resolve = createRuleSetResolver(
  (id, version) => registry.get(id, version),
  (unitId) => overrides.filter((o) => o.unitId === unitId),
);

const courses = Array.from({ length: total }, (_, i) => syntheticCourse(i));

// Warm-up on a slice so the timed run measures steady-state code.
for (let i = 0; i < Math.min(2000, total); i++) evaluateCourse(resolve, courses[i]!, asOf);

const t0 = performance.now();
let results = 0;
let open = 0;
for (const course of courses) {
  const r = evaluateCourse(resolve, course, asOf)!;
  results += r.length;
  for (const x of r) if (x.status === 'due' || x.status === 'overdue') open++;
}
const ms = performance.now() - t0;
console.log(`rules: evaluated ${total} courses (${results} rule results, ${open} due or overdue) in ${ms.toFixed(0)} ms`);
