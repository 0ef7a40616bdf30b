/**
 * A synthetic register: realistic, deterministic person histories in the
 * shape of the register extracts (docs/registers.md), for demos, tests and
 * the monitoring benchmark. Same options ⇒ the same persons, row for row.
 *
 * Each person is simulated week by week over the extract's calendar as a
 * small state machine over the benefit states (states.ts), with monthly paid
 * hours beside it:
 *
 * - the persons are the five models' target groups and their neighbours:
 *   long-term activity-ready kontanthjælp (Flere skal med, visited into
 *   groups 1/2/3, some first into 6, some re-visited), shorter activity-ready
 *   and job-ready kontanthjælp, uddannelseshjælp (under 30), integration
 *   benefit, ressourceforløb, sickness benefit, dagpenge, the fleksjob path,
 *   and people who are self-supporting at first and come onto benefit later;
 * - cash benefit is persistent (a few percent leave a year in the long-term
 *   group); company-oriented spells (virksomhedspraktik 4-13 weeks,
 *   løntilskud 13-40 weeks) come and go; some get a few ordinary hours on
 *   benefit that grow month by month, often at the company of a placement,
 *   and leave benefit when they reach full time;
 * - exits to job (no row: self-supporting), ordinary education, fleksjob
 *   (via ledighedsydelse, with subsidised wages), førtidspension, and back;
 * - a visitation to a model raises the chances of company-oriented activity
 *   and hours (group 2 of Flere skal med is steered towards
 *   ressourceforløb, fleksjob or førtidspension instead, group 3 does little);
 * - municipalities differ: a performance factor scales the good transitions,
 *   and a framework factor the share of long-term recipients (so clusters of
 *   comparable municipalities have something to find).
 *
 * Streaming: `synthesizeRegister` is a generator yielding one person at a
 * time; nothing but the CPR numbers already used is kept between persons.
 */
import { Random } from '../../seed/demo/random.ts';
import { benefitStateCode, type BenefitState } from './states.ts';
import { synthCalendar, type SynthCalendar } from './synth-calendar.ts';
import { birthDayInYear, syntheticCpr, syntheticCvrs } from './synth-identifiers.ts';
import { synthMunicipalities, type SynthMunicipality } from './synth-municipalities.ts';
import { fromDay, toDay } from '../rules/days.ts';

export interface SynthOptions {
  /** Number of persons to generate. */
  persons: number;
  /** Years the extract covers (whole months: years × 12, fractions allowed). */
  years: number;
  /** The last covered month, 'YYYY-MM'. */
  endMonth: string;
  seed: number;
  /** How many of the 98 municipalities take part (a seeded choice when fewer); default all. */
  municipalities?: number;
  /** Instead of `municipalities`: exactly these. */
  municipalityList?: readonly SynthMunicipality[];
  /** Persons per municipality: in proportion to population (default), or as equal as possible. */
  sizes?: 'population' | 'equal';
  /** CPR numbers (10 digits) that must not be generated, e.g. the case system's citizens. */
  reservedCprs?: ReadonlySet<string>;
  /**
   * Share of the period before the first visitations (default 0.4, at most
   * two years): the history the change index compares with. The demo uses
   * 0, so its short extract has enrolments in every month of the report.
   */
  visitationsFrom?: number;
  /** Overrides of the profiles' relative weights (e.g. the demo's, concentrated on the models' target groups). */
  profileWeights?: Partial<Record<SynthProfile, number>>;
}

export interface SynthHours {
  /** Index into the calendar's months. */
  month: number;
  employerCvr: string;
  db07: string;
  paidHours: number;
  subsidised: boolean;
}

export interface SynthVisitation {
  model: string;
  /**
   * The visitation group. Models without visitation groups (Bedre
   * Ressourceforløb, TRIN) get the phase the person starts in
   * ('forberedelse' or 'ressourceforloeb'; 'TRIN1'), as the import requires a group.
   */
  group: string;
  /** ISO dates. */
  start: string;
  end: string | null;
}

/** What the generator knows of one person; the csv module writes it as extract rows. */
export interface SynthPerson {
  /** Ten digits. */
  cpr: string;
  birthYear: number;
  sex: 'K' | 'M';
  municipality: string;
  origin: string;
  /** ISCED level 0-8. */
  education: number;
  /** Benefit state code (states.ts) per calendar week; 0 = no row (self-supporting). */
  codes: Uint8Array;
  hours: SynthHours[];
  visitations: SynthVisitation[];
  /** How the history was generated (tests and the benchmark read it; not written to the extracts). */
  profile: SynthProfile;
}

export type SynthProfile =
  | 'longTermActivityReady'
  | 'activityReady'
  | 'jobReady'
  | 'youth'
  | 'integration'
  | 'resource'
  | 'sickness'
  | 'unemployment'
  | 'flexPath'
  | 'returning';

// Simulation states. JOB = self-supporting (no row).
const JOB = 0, KH_AK = 1, KH_JR = 2, UDD = 3, INTEG = 4, RF = 5, SYG = 6, DAG = 7, LEDIG = 8, FLEKS = 9, FP = 10, INTERN = 11, WSUB = 12, EDU = 13;

const registerState: readonly (BenefitState | null)[] = [
  null,
  'kontanthjaelp',
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'ressourceforloebsydelse',
  'sygedagpenge',
  'dagpenge',
  'ledighedsydelse',
  'fleksjob',
  'foertidspension',
  'company_internship',
  'wage_subsidy',
  'education',
];
const codeOf = registerState.map((s) => (s === null ? 0 : benefitStateCode[s]));

/** Cash-type benefit states where company spells and small hours happen. */
const onCashBenefit = (s: number) => s === KH_AK || s === KH_JR || s === UDD || s === INTEG || s === RF;

interface ProfileSpec {
  weight: number;
  /** Age at the start of the extract. */
  age: [number, number];
  male: number;
  start: number;
  /** Share of immigrants and descendants. */
  immigrant: number;
  descendant: number;
}

const profiles: Record<SynthProfile, ProfileSpec> = {
  // 000 Tabel 1: 43 % men, 35 % immigrants, 2 % descendants, mostly 30-50.
  longTermActivityReady: { weight: 20, age: [36, 60], male: 0.43, start: KH_AK, immigrant: 0.35, descendant: 0.02 },
  activityReady: { weight: 14, age: [30, 60], male: 0.5, start: KH_AK, immigrant: 0.25, descendant: 0.04 },
  jobReady: { weight: 10, age: [30, 62], male: 0.55, start: KH_JR, immigrant: 0.2, descendant: 0.04 },
  youth: { weight: 14, age: [18, 27], male: 0.56, start: UDD, immigrant: 0.12, descendant: 0.12 },
  integration: { weight: 6, age: [20, 55], male: 0.5, start: INTEG, immigrant: 1, descendant: 0 },
  resource: { weight: 9, age: [30, 60], male: 0.4, start: RF, immigrant: 0.2, descendant: 0.03 },
  sickness: { weight: 9, age: [25, 62], male: 0.42, start: SYG, immigrant: 0.12, descendant: 0.02 },
  unemployment: { weight: 10, age: [25, 62], male: 0.52, start: DAG, immigrant: 0.1, descendant: 0.02 },
  flexPath: { weight: 3, age: [35, 62], male: 0.4, start: LEDIG, immigrant: 0.1, descendant: 0.01 },
  returning: { weight: 5, age: [25, 58], male: 0.5, start: JOB, immigrant: 0.15, descendant: 0.03 },
};
const profileNames = Object.keys(profiles) as SynthProfile[];

/** DB07 codes by the industry mix of the ordinary hours in 000 Tabel 2 (whole target group). */
const industries: readonly (readonly [string, number])[] = [
  ['471100', 14], ['477100', 5], ['493100', 4], ['561010', 7], ['494100', 3], ['452000', 3], // trade and transport 36
  ['873000', 9], ['881000', 7], ['889110', 4], ['841100', 5], // public administration, education, health 25
  ['812100', 9], ['781000', 4], ['813000', 2], // business services 15
  ['960100', 3], ['932900', 3], // culture and other services 6
  ['101300', 3], ['251100', 2], // industry 5
  ['432200', 3], ['433200', 2], // construction 5
  ['011100', 1], ['682040', 2], ['620100', 1], // agriculture, real estate, information
  ['999999', 3], // employed, activity not stated
];

const employersPerMunicipality = 300;

interface MunicipalitySetup extends SynthMunicipality {
  /** Scales the good transitions (company spells, hours, jobs). */
  performance: number;
  /** Scales the weight of the long-term activity-ready profile. */
  longTerm: number;
  /** Runs TRIN in a housing area. */
  trin: boolean;
  /** First index of its employers in the CVR pool. */
  employerBase: number;
}

function pickMunicipalities(random: Random, options: SynthOptions): SynthMunicipality[] {
  if (options.municipalityList) {
    if (options.municipalityList.length === 0) throw new RangeError('municipalityList is empty.');
    return [...options.municipalityList];
  }
  const count = options.municipalities ?? synthMunicipalities.length;
  if (!Number.isInteger(count) || count < 1 || count > synthMunicipalities.length) {
    throw new RangeError(`municipalities must be a whole number from 1 to ${synthMunicipalities.length}, got ${count}.`);
  }
  if (count === synthMunicipalities.length) return [...synthMunicipalities];
  return random.shuffle(synthMunicipalities).slice(0, count).sort((a, b) => a.code.localeCompare(b.code));
}

function validate(options: SynthOptions): void {
  if (!Number.isInteger(options.persons) || options.persons < 1) throw new RangeError(`persons must be a positive whole number, got ${options.persons}.`);
  if (!(options.years > 0) || options.years > 30 || !Number.isInteger(Math.round(options.years * 12))) {
    throw new RangeError(`years must be a positive number of at most 30, got ${options.years}.`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be a whole number, got ${options.seed}.`);
}

/** The calendar of an extract with these options. */
export function synthCalendarOf(options: Pick<SynthOptions, 'endMonth' | 'years'>): SynthCalendar {
  return synthCalendar(options.endMonth, Math.max(1, Math.round(options.years * 12)));
}

/** The municipalities of a run and their seeded effects (deterministic per seed). */
export function synthMunicipalitySetup(options: SynthOptions): MunicipalitySetup[] {
  const random = new Random(options.seed, 'synth-register/municipalities');
  return pickMunicipalities(random, options).map((m, i) => ({
    ...m,
    performance: random.normal(1, 0.3, 0.5, 1.7),
    longTerm: random.normal(1, 0.3, 0.5, 1.6),
    trin: ['101', '751', '461', '851'].includes(m.code) || random.chance(0.15),
    employerBase: i * employersPerMunicipality,
  }));
}

/**
 * The register's persons, one at a time (see the module comment). The
 * objects are new per person; the consumer may keep or drop them.
 */
export function* synthesizeRegister(options: SynthOptions): Generator<SynthPerson, void, undefined> {
  validate(options);
  const calendar = synthCalendarOf(options);
  const municipalities = synthMunicipalitySetup(options);
  const cvrs = syntheticCvrs(municipalities.length * employersPerMunicipality);
  const db07 = cvrs.map((_, i) => industryOf(options.seed, i));
  const random = new Random(options.seed, 'synth-register/persons');
  const used = new Set<string>(options.reservedCprs ?? []);
  const totalWeight = municipalities.reduce((s, m) => s + m.population, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const m of municipalities) cumulative.push((acc += m.population / totalWeight));
  const startYear = Number(calendar.months[0]!.slice(0, 4));
  const weights = Object.fromEntries(profileNames.map((p) => [p, options.profileWeights?.[p] ?? profiles[p].weight])) as Record<SynthProfile, number>;

  for (let i = 0; i < options.persons; i++) {
    let municipality: MunicipalitySetup;
    if (options.sizes === 'equal') {
      municipality = municipalities[i % municipalities.length]!;
    } else {
      const r = random.next();
      let k = 0;
      while (k < cumulative.length - 1 && cumulative[k]! <= r) k++;
      municipality = municipalities[k]!;
    }
    yield simulatePerson(random, calendar, municipality, startYear, used, cvrs, db07, weights, options.visitationsFrom ?? 0.4);
  }
}

function industryOf(seed: number, employer: number): string {
  // One small stream per employer keeps an employer's industry independent of how many persons there are.
  return new Random(seed, `synth-register/employer/${employer}`).weighted(industries);
}

function educationLevel(random: Random): number {
  return random.weighted<number>([[1, 8], [2, 37], [3, 40], [4, 3], [5, 3], [6, 6], [7, 3]]);
}

function originOf(random: Random, spec: ProfileSpec): string {
  const r = random.next();
  return r < spec.immigrant ? 'indvandrer' : r < spec.immigrant + spec.descendant ? 'efterkommer' : 'dansk';
}

/** Weekly transition chances (base) from the cash-type benefit states. */
const companyInternship: Record<number, number> = { [KH_AK]: 0.005, [KH_JR]: 0.004, [UDD]: 0.006, [INTEG]: 0.01, [RF]: 0.007 };
const wageSubsidy: Record<number, number> = { [KH_AK]: 0.0008, [KH_JR]: 0.0015, [UDD]: 0.0008, [INTEG]: 0.0015, [RF]: 0.0005 };
const toJob: Record<number, number> = { [KH_AK]: 0.0006, [KH_JR]: 0.012, [UDD]: 0.004, [INTEG]: 0.005, [RF]: 0.0006 };
const toEducation: Record<number, number> = { [KH_AK]: 0.0002, [KH_JR]: 0.0008, [UDD]: 0.005, [INTEG]: 0.0015, [RF]: 0 };

/** First and last week index of a span of days (a visitation dated Monday-Friday of the week stays inside), or null when not covered. */
function weeksWithin(calendar: SynthCalendar, from: string, to: string): [number, number] | null {
  const first = calendar.weeks[0]!.monday;
  const a = Math.ceil((toDay(from) - first) / 7);
  const b = Math.floor((toDay(to) - 4 - first) / 7);
  return a >= 0 && b < calendar.weeks.length && a <= b ? [a, b] : null;
}

/** The Flere skal med trial's two visitation windows (000 Bilag 1) as week ranges, when the extract covers them with a year before. */
function fsmTrialWeeks(calendar: SynthCalendar): { first: [number, number]; second: [number, number] } | null {
  const first = weeksWithin(calendar, '2017-08-01', '2018-01-31');
  const second = weeksWithin(calendar, '2018-02-01', '2018-03-31');
  return first && second && first[0] >= 52 ? { first, second } : null;
}

/** Visitation effects: how much a model's intervention raises the good transitions. */
const modelEffect: Record<string, number> = { 'flere-skal-med': 1.8, stv: 1.4, 'social-stoette': 1.3, 'bedre-ressourceforloeb': 1.3, 'trin-model': 1.5 };

function simulatePerson(
  random: Random,
  calendar: SynthCalendar,
  muni: MunicipalitySetup,
  startYear: number,
  used: Set<string>,
  cvrs: readonly string[],
  db07: readonly string[],
  weights: Readonly<Record<SynthProfile, number>>,
  visitationsFrom: number,
): SynthPerson {
  const profile = random.weighted(profileNames.map((p) => [p, p === 'longTermActivityReady' ? weights[p] * muni.longTerm : weights[p]] as const));
  const spec = profiles[profile];
  const male = random.chance(spec.male);
  const age = random.int(spec.age[0], spec.age[1]);
  const birthYear = startYear - age;
  const birthDay = birthDayInYear(random, birthYear);
  const cpr = syntheticCpr(random, birthDay, male, used);
  const weeks = calendar.weeks;
  const nWeeks = weeks.length;
  const codes = new Uint8Array(nWeeks);
  const hours: SynthHours[] = [];
  const visitations: SynthVisitation[] = [];
  const ability = Math.min(3, Math.max(0.3, Math.exp(random.normal(0, 0.45))));
  const employer = () => muni.employerBase + random.int(0, employersPerMunicipality - 1);
  // The week the person turns 30 (uddannelseshjælp becomes kontanthjælp).
  const age30 = birthDay + Math.round(30 * 365.25);

  let state = spec.start;
  if (profile === 'flexPath' && random.chance(0.5)) state = FLEKS;
  let returnState = state; // where a company spell goes back to
  let spellLeft = 0; // weeks left of a company spell
  let jobEmployer = state === JOB ? employer() : -1;
  let jobLevel = random.float(90, 163);
  let spellEmployer = -1;
  let fleksEmployer = state === FLEKS ? employer() : -1;
  const fleksLevel = random.float(35, 110);
  const wsLevel = random.float(110, 140);
  // Small ordinary hours on benefit, growing for some.
  let track = -1; // employer, -1 = none
  let trackLevel = 0;
  let trackGrower = false;
  // Intervention effect on the good transitions, and Flere skal med's group steering.
  let boost = profile === 'longTermActivityReady' ? 0.6 : 1;
  let rehabSteer = 1;

  // Visitation plans: the model and the week it happens (if the person is still in its target group then).
  const windowStart = Math.min(104, Math.floor(nWeeks * visitationsFrom));
  const visitWeekIn = (span: number) => windowStart + random.int(0, Math.max(0, Math.min(span, nWeeks - windowStart - 1)));
  let plannedModel: string | null = null;
  let plannedWeek = -1;
  const visitChance = random.next();
  // Flere skal med: in 000 Bilag 1's first window (August 2017 - January 2018) when the extract covers the trial, else a year from windowStart.
  const trial = fsmTrialWeeks(calendar);
  if (profile === 'longTermActivityReady') {
    [plannedModel, plannedWeek] = ['flere-skal-med', trial ? random.int(trial.first[0], trial.first[1]) : visitWeekIn(52)];
  }
  else if (profile === 'activityReady' && visitChance < 0.25) [plannedModel, plannedWeek] = ['stv', visitWeekIn(nWeeks)];
  else if (profile === 'activityReady' && visitChance < 0.4 && age >= 30) [plannedModel, plannedWeek] = ['social-stoette', visitWeekIn(nWeeks)];
  else if (profile === 'resource' && visitChance < 0.3) [plannedModel, plannedWeek] = ['stv', visitWeekIn(nWeeks)];
  else if (profile === 'resource' && visitChance < 0.65) [plannedModel, plannedWeek] = ['bedre-ressourceforloeb', visitWeekIn(nWeeks)];
  else if (muni.trin && (profile === 'activityReady' || profile === 'youth' || profile === 'integration') && visitChance > 0.75) {
    [plannedModel, plannedWeek] = ['trin-model', visitWeekIn(nWeeks)];
  }
  // Flere skal med's later events: [week, group] (a postponed visitation resolved, a re-visitation).
  const fsmEvents: [number, string][] = [];
  const dateOf = (week: number) => fromDay(weeks[Math.min(week, nWeeks - 1)]!.monday + random.int(0, 4));
  const openRows: SynthVisitation[] = [];

  const applyGroup = (group: string) => {
    boost = group === '1' ? modelEffect['flere-skal-med']! : group === '3' ? 0.3 : 0.6;
    rehabSteer = group === '2' ? 3 : 1;
  };

  const visit = (w: number) => {
    if (plannedModel === 'flere-skal-med') {
      if (state !== KH_AK) return;
      const group = random.weighted<string>([['1', 55], ['2', 34], ['3', 11]]);
      const start = dateOf(w);
      if (random.chance(0.08)) {
        // Postponed first (code 6), placed in a group some weeks later.
        // Resolved some weeks later; during the trial in Bilag 1's second window (February - March 2018).
        const later = trial ? random.int(trial.second[0], trial.second[1]) : w + random.int(4, 20);
        const row: SynthVisitation = { model: plannedModel, group: '6', start, end: null };
        visitations.push(row);
        if (later < nWeeks) fsmEvents.push([later, group]);
        if (later < nWeeks && random.chance(0.5)) row.end = fromDay(weeks[later]!.monday - 1);
        return;
      }
      visitations.push({ model: plannedModel, group, start, end: null });
      applyGroup(group);
      // A registration twice, a few days apart (the selection must pick one).
      if (random.chance(0.03)) visitations.push({ model: plannedModel, group, start: dateOf(Math.min(nWeeks - 1, w + random.int(0, 2))), end: null });
      // Re-visited from the intervention group to rehabilitation.
      if (group === '1' && random.chance(0.07)) {
        const later = w + random.int(26, 60);
        if (later < nWeeks) fsmEvents.push([later, '2']);
      }
      return;
    }
    const inGroup =
      plannedModel === 'stv' ? state === KH_AK || state === RF
      : plannedModel === 'bedre-ressourceforloeb' ? state === RF || state === KH_AK || state === SYG
      : state === KH_AK || state === UDD || state === INTEG;
    if (!inGroup || plannedModel === null) return;
    const group =
      plannedModel === 'stv' ? (state === RF ? 'RF' : 'AK')
      : plannedModel === 'social-stoette' ? (random.chance(0.85) ? 'indsats' : 'frasorteret')
      : plannedModel === 'bedre-ressourceforloeb' ? (state === RF ? 'ressourceforloeb' : 'forberedelse')
      : 'TRIN1';
    const row: SynthVisitation = { model: plannedModel, group, start: dateOf(w), end: null };
    visitations.push(row);
    openRows.push(row);
    if (group !== 'frasorteret') boost = modelEffect[plannedModel]!;
  };

  const closeRows = (w: number) => {
    for (const row of openRows) {
      const end = fromDay(weeks[w]!.monday - 1);
      if (end >= row.start) row.end = end;
    }
    openRows.length = 0;
  };

  const enterJob = (w: number, at: number) => {
    state = JOB;
    jobEmployer = at >= 0 ? at : employer();
    track = -1;
    closeRows(w);
  };

  // Per month: weeks in job / wage subsidy / fleksjob, for the hours.
  let jobWeeks = 0, wsWeeks = 0, fleksWeeks = 0, benefitWeeks = 0;

  for (let w = 0; w < nWeeks; w++) {
    const monday = weeks[w]!.monday;
    if (w === plannedWeek) visit(w);
    for (const [week, group] of fsmEvents) {
      if (week !== w || state !== KH_AK) continue;
      const previous = visitations.filter((v) => v.model === 'flere-skal-med').at(-1);
      if (previous && previous.end === null && group === '2' && random.chance(0.6)) previous.end = fromDay(monday - 1);
      visitations.push({ model: 'flere-skal-med', group, start: dateOf(w), end: null });
      applyGroup(group);
    }

    const good = muni.performance * ability * boost;
    const r = random.next();
    if (state === UDD && monday >= age30) {
      state = random.chance(0.7) ? KH_AK : KH_JR;
    } else if (onCashBenefit(state)) {
      let p = 0;
      if (r < (p += companyInternship[state]! * good)) {
        returnState = state;
        state = INTERN;
        spellLeft = random.int(4, 13);
        spellEmployer = employer();
      } else if (r < (p += wageSubsidy[state]! * good)) {
        returnState = state;
        state = WSUB;
        spellLeft = random.int(13, 40);
        spellEmployer = employer();
        track = -1;
      } else if (r < (p += toJob[state]! * good)) {
        enterJob(w, -1);
      } else if (r < (p += toEducation[state]! * ability)) {
        state = EDU;
        track = -1;
        closeRows(w);
      } else if (state === KH_AK && r < (p += 0.0005 * rehabSteer)) {
        state = RF;
      } else if ((state === KH_AK || state === RF) && r < (p += (state === RF ? 0.0015 : 0.0003) * rehabSteer)) {
        state = FP;
        track = -1;
        closeRows(w);
      } else if ((state === KH_AK || state === RF) && r < (p += (state === RF ? 0.0035 * muni.performance : 0.0003) * rehabSteer)) {
        state = LEDIG;
        track = -1;
      } else if (state === KH_JR && r < (p += 0.003)) {
        state = KH_AK;
      }
    } else if (state === INTERN || state === WSUB) {
      if (--spellLeft <= 0) {
        const q = random.next();
        if (state === INTERN && q < Math.min(0.5, 0.12 * good)) {
          // Converted to a few ordinary hours at the same company, still on benefit.
          state = returnState;
          track = spellEmployer;
          trackLevel = random.float(12, 50);
          trackGrower = random.chance(0.6);
        } else if (state === INTERN && q < Math.min(0.6, 0.18 * good)) {
          state = WSUB;
          spellLeft = random.int(13, 40);
        } else if (state === WSUB && q < Math.min(0.7, 0.3 * good)) {
          enterJob(w, spellEmployer);
        } else {
          state = returnState;
        }
      }
    } else if (state === JOB) {
      const back = profile === 'returning' ? 0.008 : 0.003;
      if (r < back) {
        state = random.chance(0.5) ? DAG : monday >= age30 ? KH_JR : UDD;
        jobEmployer = -1;
      }
    } else if (state === EDU) {
      if (r < 0.004) enterJob(w, -1);
      else if (r < 0.006) state = monday >= age30 ? KH_JR : UDD;
    } else if (state === SYG) {
      let p = 0;
      if (r < (p += 0.02 * muni.performance)) enterJob(w, -1);
      else if (r < (p += 0.001)) state = RF;
      else if (r < (p += 0.002)) state = monday >= age30 ? KH_AK : UDD;
      else if (r < (p += 0.0008)) state = LEDIG;
    } else if (state === DAG) {
      if (r < 0.025 * muni.performance * ability) enterJob(w, -1);
      else if (r < 0.025 * muni.performance * ability + 0.003) state = monday >= age30 ? KH_JR : UDD;
    } else if (state === LEDIG) {
      if (r < 0.03) {
        state = FLEKS;
        fleksEmployer = employer();
        closeRows(w);
      }
    } else if (state === FLEKS) {
      if (r < 0.002) state = LEDIG;
    }

    codes[w] = codeOf[state]!;
    if (state === JOB) jobWeeks++;
    else if (state === WSUB) wsWeeks++;
    else if (state === FLEKS) fleksWeeks++;
    else if (onCashBenefit(state) || state === INTERN) benefitWeeks++;

    // Month end: the month's paid hours, and the small-hours track moves on.
    const month = weeks[w]!.month;
    if (w + 1 < nWeeks && weeks[w + 1]!.month === month) continue;
    const n = calendar.monthWeeks[month]!.count;
    const rows: SynthHours[] = [];
    const add = (at: number, paid: number, subsidised: boolean) => {
      if (at < 0 || paid < 0.5) return;
      const value = Math.min(744, Math.round(paid * 4) / 4);
      const existing = rows.find((h) => h.employerCvr === cvrs[at]);
      if (existing) {
        // One row per person, month and employer: a month with both kinds counts as the larger one.
        existing.subsidised = existing.paidHours >= value ? existing.subsidised : subsidised;
        existing.paidHours = Math.min(744, existing.paidHours + value);
      } else {
        rows.push({ month, employerCvr: cvrs[at]!, db07: db07[at]!, paidHours: value, subsidised });
      }
    };
    if (jobWeeks > 0) add(jobEmployer, (jobLevel * jobWeeks * random.float(0.9, 1.08)) / n, false);
    if (wsWeeks > 0) add(spellEmployer, (wsLevel * wsWeeks) / n, true);
    if (fleksWeeks > 0) add(fleksEmployer, (fleksLevel * fleksWeeks) / n, true);
    if (track >= 0 && benefitWeeks > 0) add(track, trackLevel * random.float(0.85, 1.1), false);
    hours.push(...rows);
    jobWeeks = wsWeeks = fleksWeeks = benefitWeeks = 0;

    if (track >= 0) {
      if (random.chance(trackGrower ? 0.04 : 0.1)) track = -1;
      else {
        trackLevel *= trackGrower ? random.float(1.08, 1.45) : random.float(0.8, 1.15);
        if (trackLevel >= 125 && w + 1 < nWeeks) {
          jobLevel = Math.min(163, trackLevel);
          enterJob(w + 1, track);
        }
      }
    } else if ((onCashBenefit(state) || state === INTERN) && random.chance((state === KH_AK || state === RF ? 0.002 : 0.004) * good)) {
      track = employer();
      trackLevel = random.float(4, 15);
      trackGrower = random.chance(0.35);
    }
  }

  return {
    cpr,
    birthYear,
    sex: male ? 'M' : 'K',
    municipality: muni.code,
    origin: originOf(random, spec),
    education: educationLevel(random),
    codes,
    hours,
    visitations,
    profile,
  };
}
