/**
 * Hand-made PersonPeriods for tests: a person's register history written as
 * one short token per month, so a test reads like the table it checks.
 *
 *   person({ from: '2017-08', states: 'K K VVKK . -', hours: [0, 0, 12] })
 *
 * A month token has one letter per week of the month (weeksInMonth), or a
 * single letter meaning "every week of the month". '-' = the benefit extract
 * does not cover the month. Letters (registers/states.ts):
 *   . no row (code 0)   K kontanthjaelp      U uddannelseshjaelp
 *   I integrationsydelse R ressourceforloebsydelse  S sygedagpenge
 *   D dagpenge          Y ledighedsydelse     P foertidspension
 *   O other             J self_supporting     E education
 *   V company_internship (virksomhedspraktik) L wage_subsidy (løntilskud)
 *   F fleksjob
 */
import { STATE_SLOTS, benefitStateCode, NO_ROW, type BenefitState } from '../registers/states.ts';
import { monthIndex, monthKey, weeksInMonth } from './months.ts';
import type { CaseFacts, Enrolment, MonthKey, PersonPeriods, Span } from './person-periods.ts';
import { emptyCaseFacts } from './person-periods.ts';

const letters: Record<string, BenefitState | null> = {
  '.': null,
  K: 'kontanthjaelp',
  U: 'uddannelseshjaelp',
  I: 'integrationsydelse',
  R: 'ressourceforloebsydelse',
  S: 'sygedagpenge',
  D: 'dagpenge',
  Y: 'ledighedsydelse',
  P: 'foertidspension',
  O: 'other',
  J: 'self_supporting',
  E: 'education',
  V: 'company_internship',
  L: 'wage_subsidy',
  F: 'fleksjob',
};

export interface PersonFixture {
  key?: string;
  municipality?: string | null;
  /** First month of the series. */
  from: MonthKey;
  /** Space-separated month tokens (see the module comment). */
  states?: string;
  /** Ordinary hours per month: an array from `from`, or by month key. */
  hours?: readonly number[] | Readonly<Record<MonthKey, number>>;
  subsidisedHours?: readonly number[] | Readonly<Record<MonthKey, number>>;
  /** Length of the series; default: what states and hours need. */
  months?: number;
  enrolments?: readonly Enrolment[];
  units?: readonly Span<string>[];
  jobBrokers?: readonly Span<string>[];
  caseFacts?: Partial<CaseFacts> | null;
  citizenId?: string | null;
}

let serial = 0;

/** Builds one PersonPeriods; throws naming the month when a token is malformed. */
export function person(fixture: PersonFixture): PersonPeriods {
  const first = monthIndex(fixture.from);
  const tokens = fixture.states?.trim() ? fixture.states.trim().split(/\s+/) : [];
  const months = Math.max(fixture.months ?? 0, tokens.length, seriesLength(fixture.hours, first), seriesLength(fixture.subsidisedHours, first));
  const stateWeeks = new Uint8Array(months * STATE_SLOTS);
  const benefitCovered = new Uint8Array(months);
  tokens.forEach((token, m) => {
    if (token === '-') return;
    const weeks = weeksInMonth(first + m);
    const expanded = token.length === 1 ? token.repeat(weeks) : token;
    if (expanded.length !== weeks) {
      throw new RangeError(`states: month ${m} ('${token}') has ${token.length} weeks; the month has ${weeks}`);
    }
    for (const letter of expanded) {
      if (!(letter in letters)) throw new RangeError(`states: unknown letter '${letter}' in month ${m}`);
      const state = letters[letter];
      const code = state ? benefitStateCode[state] : NO_ROW;
      stateWeeks[m * STATE_SLOTS + code]!++;
    }
    benefitCovered[m] = 1;
  });
  const key = fixture.key ?? `p${++serial}`;
  const caseFacts: CaseFacts | null =
    fixture.caseFacts === undefined || fixture.caseFacts === null
      ? null
      : { ...emptyCaseFacts(), ...fixture.caseFacts };
  return {
    key,
    pseudonym: `pseudo-${key}`,
    citizenId: fixture.citizenId ?? null,
    municipality: fixture.municipality === undefined ? '998' : fixture.municipality,
    birthYear: 1975,
    sex: 'K',
    enrolments: fixture.enrolments ?? [],
    units: fixture.units ?? [],
    jobBrokers: fixture.jobBrokers ?? [],
    firstMonth: first,
    months,
    stateWeeks,
    benefitCovered,
    hoursCovered: new Uint8Array(months).fill(1),
    ordinaryHours: series(fixture.hours, first, months),
    subsidisedHours: series(fixture.subsidisedHours, first, months),
    caseFacts,
  };
}

function seriesLength(values: PersonFixture['hours'], first: number): number {
  if (!values) return 0;
  if (Array.isArray(values)) return values.length;
  let length = 0;
  for (const key of Object.keys(values)) length = Math.max(length, monthIndex(key) - first + 1);
  return length;
}

function series(values: PersonFixture['hours'], first: number, months: number): Float32Array {
  const out = new Float32Array(months);
  if (!values) return out;
  if (Array.isArray(values)) {
    (values as readonly number[]).forEach((v, m) => (out[m] = v));
    return out;
  }
  for (const [key, v] of Object.entries(values as Record<string, number>)) {
    const m = monthIndex(key) - first;
    if (m < 0) throw new RangeError(`hours: month ${key} is before the series starts (${monthKey(first)})`);
    out[m] = v;
  }
  return out;
}


/** An enrolment in a model (group '1' of Flere skal med unless told otherwise). */
export function enrolment(date: string, options: Partial<Enrolment> = {}): Enrolment {
  return { model: 'flere-skal-med', group: '1', end: null, ...options, date };
}
