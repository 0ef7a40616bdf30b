/**
 * Benchmark (not a test): the KPI engine over synthetic person-periods.
 * 100,000 persons × 60 months across 98 municipalities, every Flere skal med
 * measure, all 60 months, units country + municipality (+ team, job centre
 * and job broker for the 10 % who are case-system citizens). Generating the
 * persons is not timed; computeFigures is (three runs; the first includes JIT
 * warm-up). Wall time depends on the machine's load, so the CPU time is
 * printed too. Run: node --import tsx bench/kpi-engine.ts [persons] [months]
 */
import { performance } from 'node:perf_hooks';
import { STATE_SLOTS, benefitStateCode } from '../src/domain/registers/states.ts';
import { computeFigures, defaultUnitsOf } from '../src/domain/monitoring/engine.ts';
import { measuresFor } from '../src/domain/monitoring/measures.ts';
import { endOfMonth, monthIndex, monthRange, weeksInMonth } from '../src/domain/monitoring/months.ts';
import type { CaseFacts, PersonPeriods } from '../src/domain/monitoring/person-periods.ts';
import { prng } from '../src/domain/rules/fixtures.ts';

const total = Number(process.argv[2] ?? 100_000);
const span = Number(process.argv[3] ?? 60);
const first = monthIndex('2017-01');
const random = prng(7);
const K = benefitStateCode;

function synthetic(i: number): PersonPeriods {
  const municipality = String(101 + (i % 98));
  const skill = (i % 98) / 98; // municipalities differ in performance
  const stateWeeks = new Uint8Array(span * STATE_SLOTS);
  const ordinaryHours = new Float32Array(span);
  let state: number = K.kontanthjaelp;
  for (let m = 0; m < span; m++) {
    const weeks = weeksInMonth(first + m);
    for (let w = 0; w < weeks; w++) {
      const r = random();
      if (state === K.kontanthjaelp && r < 0.01 + 0.02 * skill) state = random() < 0.5 ? K.company_internship : K.wage_subsidy;
      else if ((state === K.company_internship || state === K.wage_subsidy) && r < 0.08) state = random() < 0.2 ? 0 : K.kontanthjaelp;
      else if (state === 0 && r < 0.03) state = K.kontanthjaelp;
      else if (r < 0.001) state = K.education;
      stateWeeks[m * STATE_SLOTS + state]!++;
    }
    if (random() < 0.05 + 0.1 * skill) ordinaryHours[m] = Math.floor(random() * 160);
  }
  const visit = first + 7 + Math.floor(random() * 12);
  const citizen = i % 10 === 0;
  const broker = `staff-${i % 400}`;
  const caseFacts: CaseFacts | null = citizen
    ? {
        cvFrom: random() < 0.7 ? endOfMonth(visit + 1) : null,
        jobGoalFrom: random() < 0.6 ? endOfMonth(visit + 2) : null,
        planFrom: endOfMonth(visit),
        ordinaryHoursAgreementFrom: random() < 0.3 ? endOfMonth(visit + 4) : null,
        firstPlacementFrom: random() < 0.5 ? endOfMonth(visit + 3) : null,
        placements: [],
        contactCadenceKept: new Map(monthRange(visit, first + span - 1).map((m) => [m, random() < 0.8])),
      }
    : null;
  return {
    key: String(i),
    pseudonym: `P${i}`,
    citizenId: citizen ? `c${i}` : null,
    municipality,
    birthYear: 1960 + (i % 40),
    sex: i % 2 ? 'K' : 'M',
    enrolments: [{ model: 'flere-skal-med', group: random() < 0.6 ? '1' : String(2 + (i % 2)), date: `${endOfMonth(visit).slice(0, 8)}01`, end: null }],
    units: citizen ? [{ value: `team-${i % 40}`, from: '2017-01-01', to: null }] : [],
    jobBrokers: citizen ? [{ value: broker, from: `${endOfMonth(visit).slice(0, 8)}01`, to: null }] : [],
    firstMonth: first,
    months: span,
    stateWeeks,
    benefitCovered: new Uint8Array(span).fill(1),
    hoursCovered: new Uint8Array(span).fill(1),
    ordinaryHours,
    subsidisedHours: new Float32Array(span),
    caseFacts,
  };
}

const t0 = performance.now();
const persons = Array.from({ length: total }, (_, i) => synthetic(i));
const generated = performance.now() - t0;
const measures = measuresFor('flere-skal-med');
const months = monthRange(first, first + span - 1);
const unitAncestors = (unit: string) => [`jc-${Number(unit.slice(5)) % 4}`];

console.log(`KPI engine: ${total.toLocaleString('en')} persons × ${span} months, ${measures.length} measures (generated in ${(generated / 1000).toFixed(1)} s)`);
let table!: ReturnType<typeof computeFigures>;
for (let run = 1; run <= 3; run++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  table = computeFigures(persons, { model: 'flere-skal-med', measures, months, unitsOf: defaultUnitsOf(unitAncestors) });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const personMonths = total * span;
  console.log(
    `run ${run}: ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU  (${((personMonths * measures.length) / cpuMs / 1000).toFixed(1)} M person-month-measures per CPU second)`,
  );
}
let cells = 0;
for (const _ of table.entries()) cells++;
const share = table.get('ordinary-hours.touched', 'country', first + span - 1)!;
console.log(`cells: ${cells.toLocaleString('en')} across ${table.units().length} units`);
console.log(`berørte, country, last month: ${share.numerator} / ${share.denominator}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
