/**
 * Demo area "benefits": a benefit history (benefit_spell rows) for every
 * citizen, generated from the citizen's profile so that the five models'
 * target groups are all present:
 *
 * - long-term activity-ready cash benefit, continuous for more than five
 *   years (Flere skal med), often after dagpenge or sickness benefit;
 * - shorter activity-ready and job-ready cash-benefit spells, job-ready ones
 *   often right after dagpenge ran out;
 * - uddannelseshjælp for under-30s, integrationsydelse for refugees;
 * - ressourceforløb after sickness benefit and activity-ready cash benefit;
 * - a minority who left benefits in the last 18 months: self-supporting (no
 *   further spell), back on benefit after a while, or on to fleksjob (often
 *   via ledighedsydelse), førtidspension or a resource programme.
 *
 * Spells never overlap, end on or after they start, never start before the
 * citizen turned 18 and every citizen has a spell in the 18-month window.
 * Cash benefit received before the 30th birthday since 2014 is recorded as
 * uddannelseshjælp, as the 2014 reform requires. Spells that ended before the
 * window come from the register extract (source 'register'); the rest from
 * the case system ('case').
 */
import { addYears, dayNumber, fromDayNumber } from './dates.ts';
import { insertRows, type BenefitType, type CitizenProfile, type DemoArea, type DemoCitizen, type DemoSpell, type Readiness } from './context.ts';
import type { Random } from './random.ts';

interface Draft {
  type: BenefitType;
  readiness: Readiness | null;
  from: number;
  to: number | null;
}

const year = 365.25;
const days = (years: number) => Math.round(years * year);
const cashTypes: ReadonlySet<BenefitType> = new Set(['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse']);
const educationBenefitFrom = dayNumber('2014-01-01');
const ukrainianArrivalsFrom = dayNumber('2022-03-15');

/** Chance that a citizen of the profile left their benefit within the 18-month window. */
const exitChance: Record<CitizenProfile, number> = {
  longTermActivityReady: 0.08,
  activityReady: 0.12,
  jobReady: 0.3,
  educationBenefit: 0.15,
  integrationBenefit: 0.12,
  resourceProgramme: 0.2,
  towardsResourceProgramme: 0.1,
};

type Exit = 'selfSupporting' | 'returned' | 'fleksjob' | 'foertidspension' | 'ressourceforloeb';

const exitOutcomes: Record<CitizenProfile, readonly (readonly [Exit, number])[]> = {
  longTermActivityReady: [['selfSupporting', 40], ['returned', 10], ['fleksjob', 20], ['foertidspension', 15], ['ressourceforloeb', 15]],
  activityReady: [['selfSupporting', 55], ['returned', 15], ['fleksjob', 10], ['foertidspension', 5], ['ressourceforloeb', 15]],
  jobReady: [['selfSupporting', 80], ['returned', 20]],
  educationBenefit: [['selfSupporting', 90], ['returned', 10]],
  integrationBenefit: [['selfSupporting', 85], ['returned', 15]],
  resourceProgramme: [['fleksjob', 55], ['foertidspension', 35], ['selfSupporting', 10]],
  towardsResourceProgramme: [['ressourceforloeb', 60], ['fleksjob', 15], ['foertidspension', 15], ['selfSupporting', 10]],
};

/** Minimum days on the last spell before an exit can happen. */
const minDaysBeforeExit: Partial<Record<BenefitType, number>> = { ressourceforloeb: 300 };

class History {
  readonly spells: Draft[] = [];
  constructor(
    private readonly random: Random,
    readonly adult: number,
    readonly today: number,
  ) {}

  get first(): Draft {
    const first = this.spells[0];
    if (!first) throw new Error('Demo seed: empty benefit history.');
    return first;
  }

  get last(): Draft {
    const last = this.spells.at(-1);
    if (!last) throw new Error('Demo seed: empty benefit history.');
    return last;
  }

  append(type: BenefitType, readiness: Readiness | null, from: number, to: number | null): void {
    this.spells.push({ type, readiness, from: Math.max(from, this.adult), to });
  }

  /** Adds an earlier spell of `length` days that ends `gap` days before the current first one; skipped if it would start before 18. */
  prepend(type: BenefitType, readiness: Readiness | null, length: number, gap: number): boolean {
    const to = this.first.from - 1 - gap;
    const from = to - length + 1;
    if (from < this.adult || to < from) return false;
    this.spells.unshift({ type, readiness, from, to });
    return true;
  }

  /** An ongoing cash-benefit period from `start`, possibly job-ready at first and activity-ready later. */
  cashPeriod(type: BenefitType, start: number, jobReadyFirst: number, endReadiness: Readiness): void {
    const length = this.today - start;
    if (this.random.chance(jobReadyFirst) && length > 240) {
      const switchAt = start + this.random.int(90, Math.min(600, Math.floor(length / 2)));
      this.append(type, endReadiness === 'jobparat' ? 'aktivitetsparat' : 'jobparat', start, switchAt - 1);
      this.append(type, endReadiness, switchAt, null);
    } else {
      this.append(type, endReadiness, start, null);
    }
  }

  /** An earlier spell of dagpenge, sickness benefit or cash benefit, with a gap in work before the current history. */
  earlierHistory(chance: number): void {
    if (!this.random.chance(chance)) return;
    const kind = this.random.weighted<BenefitType>([['dagpenge', 45], ['sygedagpenge', 30], ['kontanthjaelp', 25]]);
    const length = this.random.int(60, 700);
    // A spell directly before one of the same type would be the same spell (and
    // cash benefit directly before cash benefit too); those need a gap.
    const adjacentOk = kind !== 'kontanthjaelp' && kind !== this.first.type;
    const gap = adjacentOk && this.random.chance(0.35) ? 0 : this.random.int(30, 1500);
    this.prepend(kind, kind === 'kontanthjaelp' ? 'jobparat' : null, length, gap);
  }
}

function buildProfile(h: History, random: Random, citizen: DemoCitizen): void {
  const T = h.today;
  switch (citizen.profile) {
    case 'longTermActivityReady': {
      // Continuous cash benefit since more than 5 years ago, started at 30 or later.
      const age30 = dayNumber(addYears(citizen.birthDate, 30));
      const maxYears = Math.min(14, (T - age30) / year - 0.1);
      const start = T - days(random.float(5.3, Math.max(5.4, maxYears)));
      h.cashPeriod('kontanthjaelp', start, 0.35, 'aktivitetsparat');
      h.earlierHistory(0.55);
      h.earlierHistory(0.25);
      break;
    }
    case 'activityReady': {
      h.cashPeriod('kontanthjaelp', T - days(random.float(0.5, 4.8)), 0.4, 'aktivitetsparat');
      h.earlierHistory(0.55);
      break;
    }
    case 'jobReady': {
      h.append('kontanthjaelp', 'jobparat', T - random.int(20, 730), null);
      if (random.chance(0.6)) {
        // Dagpenge ran out (two years), then cash benefit.
        h.prepend('dagpenge', null, random.int(300, 730), random.chance(0.7) ? 0 : random.int(1, 60));
      } else if (random.chance(0.35)) {
        // Self-supporting for a while between two cash-benefit spells.
        h.prepend('kontanthjaelp', 'jobparat', random.int(60, 400), random.int(60, 500));
      }
      h.earlierHistory(0.2);
      break;
    }
    case 'educationBenefit': {
      const hi = Math.max(20, Math.min(T - h.adult, days(6)));
      const start = Math.max(h.adult, T - random.int(20, hi));
      const readiness: Readiness = random.chance(0.6) ? 'aktivitetsparat' : 'jobparat';
      h.cashPeriod('uddannelseshjaelp', start, 0.2, readiness);
      if (random.chance(0.15)) h.prepend('uddannelseshjaelp', 'jobparat', random.int(60, 400), random.int(60, 400));
      break;
    }
    case 'integrationBenefit': {
      const earliest = Math.max(citizen.origin === 'ukrainian' ? ukrainianArrivalsFrom : T - days(9), h.adult);
      const start = T - random.int(120, Math.max(120, T - earliest));
      h.cashPeriod('integrationsydelse', start, 0.25, random.chance(0.7) ? 'aktivitetsparat' : 'jobparat');
      break;
    }
    case 'resourceProgramme': {
      h.append('ressourceforloeb', null, T - random.int(90, days(4.5)), null);
      if (random.chance(0.85)) h.prepend('kontanthjaelp', 'aktivitetsparat', random.int(180, 1460), 0);
      if (random.chance(0.65)) h.prepend('sygedagpenge', null, random.int(120, 400), 0);
      h.earlierHistory(0.3);
      break;
    }
    case 'towardsResourceProgramme': {
      h.append('kontanthjaelp', 'aktivitetsparat', T - random.int(days(1), days(7)), null);
      if (random.chance(0.6)) h.prepend('sygedagpenge', null, random.int(120, 365), 0);
      h.earlierHistory(0.3);
      break;
    }
  }
}

/** Ends the current spell within the window for some citizens, and adds what came after. */
function maybeExit(h: History, random: Random, profile: CitizenProfile, windowStart: number): void {
  if (!random.chance(exitChance[profile])) return;
  const last = h.last;
  const lo = Math.max(windowStart, last.from + (minDaysBeforeExit[last.type] ?? 60));
  const hi = h.today - 14;
  if (lo > hi || last.to !== null) return;
  const exit = random.int(lo, hi);
  last.to = exit;
  switch (random.weighted(exitOutcomes[profile])) {
    case 'selfSupporting':
      break;
    case 'returned': {
      const start = exit + 1 + random.int(60, 300);
      if (start <= h.today - 7) h.append(last.type, cashTypes.has(last.type) ? 'jobparat' : null, start, null);
      break;
    }
    case 'fleksjob': {
      if (random.chance(0.4)) {
        // Waiting for a flex job on ledighedsydelse.
        const end = exit + random.int(30, 240);
        if (end >= h.today) {
          h.append('ledighedsydelse', null, exit + 1, null);
          break;
        }
        h.append('ledighedsydelse', null, exit + 1, end);
        h.append('fleksjob', null, end + 1, null);
      } else {
        h.append('fleksjob', null, exit + 1, null);
      }
      break;
    }
    case 'foertidspension':
      h.append('foertidspension', null, exit + 1, null);
      break;
    case 'ressourceforloeb':
      h.append('ressourceforloeb', null, exit + 1, null);
      break;
  }
}

/** Since 2014, under-30s get uddannelseshjælp instead of kontanthjælp. */
function applyYouthRule(spells: Draft[], age30: number): Draft[] {
  const out: Draft[] = [];
  for (const spell of spells) {
    if (spell.type !== 'kontanthjaelp' || spell.from < educationBenefitFrom || spell.from >= age30) {
      out.push(spell);
    } else if (spell.to !== null && spell.to < age30) {
      out.push({ ...spell, type: 'uddannelseshjaelp' });
    } else {
      out.push({ ...spell, type: 'uddannelseshjaelp', to: age30 - 1 }, { ...spell, from: age30 });
    }
  }
  return out;
}

/** Throws unless the history is well-formed (see the module comment). */
export function checkHistory(spells: readonly Draft[], adult: number, today: number, windowStart: number): void {
  let previousTo = -Infinity;
  for (const [i, s] of spells.entries()) {
    const previous = i > 0 ? spells[i - 1] : undefined;
    const problem =
      s.from < adult ? 'starts before the 18th birthday'
      : s.from > today ? 'starts after today'
      : s.to !== null && s.to < s.from ? 'ends before it starts'
      : s.to !== null && s.to > today ? 'ends after today'
      : s.from <= previousTo ? 'overlaps the previous spell'
      : s.to === null && i !== spells.length - 1 ? 'is open but not the last spell'
      : previous && previous.to === s.from - 1 && previous.type === s.type && previous.readiness === s.readiness
        ? 'continues the previous spell unchanged (should be one spell)'
      : cashTypes.has(s.type) !== (s.readiness !== null) ? 'has a readiness that does not fit its benefit type'
      : null;
    if (problem) throw new Error(`Demo seed: generated benefit spell ${i} (${s.type}) ${problem}.`);
    previousTo = s.to ?? Infinity;
  }
  const last = spells.at(-1);
  if (!last || (last.to !== null && last.to < windowStart)) {
    throw new Error('Demo seed: generated a benefit history with nothing in the 18-month window.');
  }
}

/** The benefit history of one citizen, oldest first. Pure apart from the random stream. */
export function benefitHistory(random: Random, citizen: DemoCitizen, today: string, historyStart: string): DemoSpell[] {
  const T = dayNumber(today);
  const windowStart = dayNumber(historyStart);
  const adult = dayNumber(addYears(citizen.birthDate, 18));
  const h = new History(random, adult, T);
  buildProfile(h, random, citizen);
  maybeExit(h, random, citizen.profile, windowStart);
  const drafts = applyYouthRule(h.spells, dayNumber(addYears(citizen.birthDate, 30)));
  checkHistory(drafts, adult, T, windowStart);
  return drafts.map((d) => ({
    id: random.uuid(),
    benefitType: d.type,
    readiness: d.readiness,
    from: fromDayNumber(d.from),
    to: d.to === null ? null : fromDayNumber(d.to),
    source: d.to !== null && d.to < windowStart ? 'register' : 'case',
  }));
}

export const benefitsArea: DemoArea = {
  name: 'benefits',
  async run(ctx) {
    const rows = [];
    for (const citizen of ctx.citizens) {
      citizen.spells = benefitHistory(ctx.random, citizen, ctx.today, ctx.historyStart);
      for (const s of citizen.spells) {
        rows.push({
          id: s.id,
          citizen_id: citizen.id,
          benefit_type: s.benefitType,
          readiness: s.readiness,
          from_date: s.from,
          to_date: s.to,
          source: s.source,
        });
      }
    }
    await insertRows(ctx, 'benefit_spell', rows);
  },
};
