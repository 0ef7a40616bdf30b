/**
 * Benchmark (not a test): how long continuous evaluation (src/domain/evaluation/continuous.ts)
 * takes for 12 closed months on a seeded synthetic population of N persons (default 20,000), and
 * the last two points (a planted +20 ordinary hours per month after the start, so +240 in months
 * 1-12). Everyone is on kontanthjælp in 70 % of the weeks, so nearly everyone qualifies for the
 * comparison: the worst case for building the cohort rows. Times the domain only (no database).
 *
 * Run: node --import tsx bench/continuous.ts [N]
 */
import { continuousEffect } from '../src/domain/evaluation/continuous.ts';
import { lastDayOfMonth, monthIndex, monthKey } from '../src/domain/monitoring/months.ts';
import { mulberry32 } from '../src/domain/random.ts';
import { benefitStateCode as S } from '../src/domain/registers/states.ts';
import { toDay } from '../src/domain/rules/days.ts';
import type { CohortPerson, TreatedEntry } from '../src/domain/evaluation/cohort.ts';
const n = Number(process.argv[2] ?? 20000);
const random = mulberry32(5);
const FIRST_MONTH = monthIndex('2015-01');
const last = monthIndex('2020-12');
const weeks = Math.floor((lastDayOfMonth(last) - 3 - toDay('2015-01-05')) / 7) + 1;
const persons: CohortPerson[] = [];
const treated: TreatedEntry[] = [];
for (let i = 0; i < n; i++) {
  const close = random() < 0.5;
  const isT = random() < (close ? 0.01 : 0.04);
  const m0 = monthIndex('2017-01') + Math.floor(random() * 36);
  const hours = new Float64Array(last - FIRST_MONTH + 1);
  for (let k = 0; k < hours.length; k++) hours[k] = (random() < (close ? 0.8 : 0.1) ? 20 + Math.floor(random() * 40) : 0) + (isT && FIRST_MONTH + k > m0 ? 20 : 0);
  const states = new Uint8Array(weeks);
  for (let w = 0; w < weeks; w++) states[w] = random() < 0.7 ? S.kontanthjaelp : 0;
  const key = `p${i}`;
  const tz = `${monthKey(m0)}-10`;
  persons.push({ person: key, birthYear: 1960 + Math.floor(random() * 40), sex: random() < 0.5 ? 'K' : 'M', origin: 'dansk', education: 3, municipality: '101', firstWeek: '2015-01-05', states, firstMonth: FIRST_MONTH, ordinaryHours: hours, courseStarts: isT ? [tz] : [] });
  if (isT) treated.push({ person: key, timeZero: tz });
}
const months: number[] = [];
for (let m = monthIndex('2020-01'); m <= monthIndex('2020-12'); m++) months.push(m);
const t = Date.now();
const s = continuousEffect(persons, treated, { rule: { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 }, outcome: 'hours', window: '1-12', months });
console.log(n, 'persons', treated.length, 'treated', Date.now() - t, 'ms', JSON.stringify(s.slice(-2).map((p) => [p.month, p.nTreated, p.nControl, p.effect?.estimate.toFixed(1), p.effect?.ciLow.toFixed(1), p.effect?.ciHigh.toFixed(1)])));
