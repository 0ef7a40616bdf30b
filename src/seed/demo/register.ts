/**
 * Demo area "register": register extracts for the monitoring, so that every
 * comparison in the status report has data on first start.
 *
 * - Fjordby gets kommunekode '998' (not a real code; municipality row
 *   'Fjordby', and the Fjordby Kommune unit's municipality_code).
 * - Fjordby's demo citizens, by their CPR numbers (read from citizen_cpr
 *   inside the seed transaction, written only to a private temporary
 *   directory that is deleted after the import): weekly benefit states from
 *   their benefit spells (the spell holding each week's Thursday); weeks of
 *   a virksomhedspraktik or hybrid placement on cash benefit as
 *   company_internship, of a løntilskud placement as wage_subsidy; monthly
 *   paid hours from the placements' recorded weekly hours (paid hours as
 *   ordinary hours, løntilskud hours as subsidised), fleksjob spells with
 *   subsidised hours, and ordinary job hours after a citizen left benefit
 *   for good.
 * - 97 other municipalities (the real ones except Holbæk, which Fjordby
 *   stands in for), each with the same number of synthetic persons from the
 *   synthetic register generator (domain/registers/synth.ts).
 *
 * The extracts cover the `demoRegisterMonths` months up to the last closed
 * month before the seed's today, so the status report's 25-month series
 * have register data on first start (the change index's two historical
 * years before visitation are not covered: see demoRegisterMonths).
 *
 * The area only writes the files inside the seed's transaction; the import
 * (store/registers/import.ts, one transaction per extract, keyed by the
 * installation secret) and the monitoring's recompute of the closed months
 * (store/monitoring/recompute.ts) run after the seed has committed, as their
 * own transactions. Without an installation secret the area does nothing but
 * the kommunekode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BenefitState } from '../../domain/registers/states.ts';
import { benefitStateCode } from '../../domain/registers/states.ts';
import { synthCalendar, type SynthCalendar } from '../../domain/registers/synth-calendar.ts';
import { synthMunicipalities } from '../../domain/registers/synth-municipalities.ts';
import { synthesizeRegister, type SynthHours, type SynthPerson } from '../../domain/registers/synth.ts';
import { toDay } from '../../domain/rules/days.ts';
import { importRegisterFile, type RegisterKind } from '../../store/registers/import.ts';
import { ensureMunicipalities } from '../../store/registers/municipalities.ts';
import { recomputeFigures } from '../../store/monitoring/recompute.ts';
import { writeRegisterFiles } from '../register-files.ts';
import { requireUnit, type BenefitType, type DemoArea, type DemoCitizen, type DemoContext } from './context.ts';
import type { Random } from './random.ts';

/** Fjordby's kommunekode: not a real one, so it can never clash with an imported extract. */
export const fjordbyMunicipalityCode = '998';

/**
 * Months the demo extracts cover: the report's series (the month and the 24
 * before it) and one more, so "since visitation" and three-consecutive-month
 * measures have a run-in. Longer would give the change index its two
 * historical years, but every month costs first-start time: the import
 * writes some 15,000-30,000 benefit-week rows a second on PGlite.
 */
export const demoRegisterMonths = 26;

/**
 * Synthetic persons per other municipality: enough for every comparison
 * (country, cluster, top 10, scoreboard) to have figures, few enough to keep
 * the first start quick (bench/seed.ts --register measures it).
 */
export const demoPersonsPerMunicipality = 15;

/**
 * The other municipalities' persons are mostly the models' target groups, so
 * that most of them have a visitation and count in the report's comparisons.
 */
const demoProfileWeights = { longTermActivityReady: 45, activityReady: 26, resource: 14, youth: 10, integration: 6, jobReady: 5, sickness: 3, unemployment: 3, flexPath: 1, returning: 0 };

/** The municipality Fjordby stands in for (its citizens live in the Holbæk area), left out of the comparison set. */
const replacedByFjordby = '316';

const stateOfBenefit: Record<BenefitType, BenefitState> = {
  kontanthjaelp: 'kontanthjaelp',
  uddannelseshjaelp: 'uddannelseshjaelp',
  integrationsydelse: 'integrationsydelse',
  ressourceforloeb: 'ressourceforloebsydelse',
  sygedagpenge: 'sygedagpenge',
  dagpenge: 'dagpenge',
  ledighedsydelse: 'ledighedsydelse',
  fleksjob: 'fleksjob',
  foertidspension: 'foertidspension',
};
const cashBenefits = new Set<number>([benefitStateCode.kontanthjaelp, benefitStateCode.uddannelseshjaelp, benefitStateCode.integrationsydelse, benefitStateCode.ressourceforloebsydelse]);

/** The last closed month before an ISO date, 'YYYY-MM'. */
export function closedMonthBefore(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

interface PlacementFacts {
  citizenId: string;
  type: string;
  from: string;
  to: string | null;
  cvr: string;
  db07: string;
  /** Recorded weeks: Monday, paid ordinary hours, unpaid hours. */
  weeks: { monday: string; paid: number; unpaid: number }[];
}

async function loadPlacements(trx: Kysely<Database>): Promise<Map<string, PlacementFacts[]>> {
  const rows = await trx
    .selectFrom('placement')
    .innerJoin('course', 'course.id', 'placement.course_id')
    .innerJoin('company', 'company.id', 'placement.company_id')
    .select(['placement.id', 'course.citizen_id', 'placement.type', 'placement.from_date', 'placement.to_date', 'company.cvr', 'company.industry_code'])
    .execute();
  const hours = await trx
    .selectFrom('placement_hours')
    .select(['placement_id', 'week_start', 'actual_paid_hours', 'actual_unpaid_hours'])
    .where('actual_paid_hours', 'is not', null)
    .execute();
  const weeksOf = new Map<string, PlacementFacts['weeks']>();
  for (const h of hours) {
    const list = weeksOf.get(h.placement_id) ?? [];
    list.push({ monday: String(h.week_start), paid: Number(h.actual_paid_hours ?? 0), unpaid: Number(h.actual_unpaid_hours ?? 0) });
    weeksOf.set(h.placement_id, list);
  }
  const byCitizen = new Map<string, PlacementFacts[]>();
  for (const r of rows) {
    const list = byCitizen.get(r.citizen_id) ?? [];
    list.push({
      citizenId: r.citizen_id,
      type: r.type,
      from: String(r.from_date),
      to: r.to_date === null ? null : String(r.to_date),
      cvr: r.cvr,
      db07: r.industry_code && r.industry_code.length === 6 ? r.industry_code : '999999',
      weeks: weeksOf.get(r.id) ?? [],
    });
    byCitizen.set(r.citizen_id, list);
  }
  return byCitizen;
}

function originOf(random: Random, citizen: DemoCitizen): string {
  if (citizen.origin === 'danish') return 'dansk';
  if (citizen.profile === 'integrationBenefit') return 'indvandrer';
  return random.chance(0.25) ? 'efterkommer' : 'indvandrer';
}

/** Adds paid hours to a person-month-employer (one row each, as in eIndkomst). */
class HoursBook {
  readonly #rows = new Map<string, SynthHours>();
  add(month: number, cvr: string, db07: string, hours: number, subsidised: boolean): void {
    if (month < 0 || !(hours > 0)) return;
    const key = `${month}:${cvr}`;
    const row = this.#rows.get(key);
    if (row) {
      if (hours > row.paidHours) row.subsidised = subsidised;
      row.paidHours = Math.min(744, Math.round((row.paidHours + hours) * 100) / 100);
    } else {
      this.#rows.set(key, { month, employerCvr: cvr, db07, paidHours: Math.min(744, Math.round(hours * 100) / 100), subsidised });
    }
  }
  rows(): SynthHours[] {
    return [...this.#rows.values()].sort((a, b) => a.month - b.month || a.employerCvr.localeCompare(b.employerCvr));
  }
}

/**
 * A Fjordby citizen as a register person: weekly states from the spells and
 * placements, monthly hours from the placements' recorded hours, fleksjob
 * and (after a final exit) ordinary job hours.
 */
export function citizenRegisterPerson(
  random: Random,
  calendar: SynthCalendar,
  citizen: DemoCitizen,
  cpr: string,
  placements: readonly PlacementFacts[],
  employers: readonly { cvr: string; db07: string }[],
): SynthPerson {
  const weeks = calendar.weeks;
  const codes = new Uint8Array(weeks.length);
  const monthOfDay = (day: number): number => {
    // The covered month of a day's week (its Thursday); -1 outside the extract.
    const thursday = day - ((((day - 4) % 7) + 7) % 7) + 3; // Monday of the day's week + 3
    const first = weeks[0]!.monday + 3;
    const index = Math.round((thursday - first) / 7);
    return index >= 0 && index < weeks.length ? weeks[index]!.month : -1;
  };
  const spells = citizen.spells.map((s) => ({ from: toDay(s.from), to: s.to === null ? Infinity : toDay(s.to), code: benefitStateCode[stateOfBenefit[s.benefitType]] }));
  for (let w = 0; w < weeks.length; w++) {
    const thursday = weeks[w]!.monday + 3;
    const spell = spells.find((s) => s.from <= thursday && thursday <= s.to);
    codes[w] = spell ? spell.code : 0;
  }
  const book = new HoursBook();
  for (const p of placements) {
    const from = toDay(p.from);
    const to = p.to === null ? Infinity : toDay(p.to);
    const state = p.type === 'loentilskud' ? benefitStateCode.wage_subsidy : p.type === 'virksomhedspraktik' || p.type === 'hybrid' ? benefitStateCode.company_internship : 0;
    if (state) {
      for (let w = 0; w < weeks.length; w++) {
        const thursday = weeks[w]!.monday + 3;
        if (from <= thursday && thursday <= to && cashBenefits.has(codes[w]!)) codes[w] = state;
      }
    }
    for (const week of p.weeks) {
      const month = monthOfDay(toDay(week.monday));
      if (p.type === 'loentilskud') book.add(month, p.cvr, p.db07, week.unpaid + week.paid, true);
      else if (p.type === 'fleksjob') book.add(month, p.cvr, p.db07, week.paid, true);
      else book.add(month, p.cvr, p.db07, week.paid, false);
    }
  }
  // Fleksjob spells without a recorded fleksjob placement: subsidised wages at an employer; a final exit from benefit: an ordinary job.
  const hasRecorded = (type: string) => placements.some((p) => p.type === type && p.weeks.length > 0);
  const fleksEmployer = random.pick(employers);
  const fleksLevel = random.float(40, 110);
  const last = citizen.spells.at(-1);
  const exitDay = last?.to ? toDay(last.to) : null;
  const jobEmployer = random.pick(employers);
  const jobLevel = random.float(90, 160);
  const leftForJob = exitDay !== null && !hasRecorded('job') && random.chance(0.75);
  for (let m = 0; m < calendar.months.length; m++) {
    const { first, count } = calendar.monthWeeks[m]!;
    let fleks = 0;
    let job = 0;
    for (let w = first; w < first + count; w++) {
      if (codes[w] === benefitStateCode.fleksjob) fleks++;
      if (leftForJob && codes[w] === 0 && weeks[w]!.monday > exitDay!) job++;
    }
    if (fleks && !hasRecorded('fleksjob')) book.add(m, fleksEmployer.cvr, fleksEmployer.db07, (fleksLevel * fleks) / count, true);
    if (job) book.add(m, jobEmployer.cvr, jobEmployer.db07, (jobLevel * job * random.float(0.9, 1.08)) / count, false);
  }
  return {
    cpr,
    birthYear: Number(citizen.birthDate.slice(0, 4)),
    sex: citizen.sex === 'male' ? 'M' : 'K',
    municipality: fjordbyMunicipalityCode,
    origin: originOf(random, citizen),
    education: random.weighted<number>([[1, 10], [2, 38], [3, 38], [4, 3], [5, 3], [6, 6], [7, 2]]),
    codes,
    hours: book.rows(),
    visitations: [],
    profile: 'activityReady',
  };
}

const kinds: readonly RegisterKind[] = ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'];

/**
 * Imports the four extracts written by the area, then deletes them (they
 * hold CPR numbers), and computes the monitoring figures of the closed
 * months, so the status report has its series on first start.
 */
async function importDemoRegister(db: Kysely<Database>, dir: string, secret: Uint8Array, today: string): Promise<void> {
  try {
    for (const kind of kinds) {
      const outcome = await importRegisterFile(db, join(dir, `${kind}.csv`), {
        kind,
        fileName: `demo-${kind}.csv`,
        actor: { staffId: null, label: 'demo seed' },
        secret,
      });
      if (outcome.importId === null) {
        const problems = outcome.report.problems.map((p) => `${p.code} ${p.count}`).join(', ');
        throw new Error(`Demo seed: the demo ${kind} extract was rejected (${outcome.report.rejectedReason ?? 'unknown reason'}; ${problems}).`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await recomputeFigures(db, { actor: { staffId: null, label: 'demo seed' }, asOf: today });
}

export const registerArea: DemoArea = {
  name: 'register',
  async run(ctx: DemoContext) {
    const { trx, random } = ctx;
    await ensureMunicipalities(trx);
    await trx.insertInto('municipality').values({ code: fjordbyMunicipalityCode, name: 'Fjordby' }).onConflict((oc) => oc.column('code').doNothing()).execute();
    await trx.updateTable('unit').set({ municipality_code: fjordbyMunicipalityCode }).where('id', '=', requireUnit(ctx, 'municipality').id).execute();
    const secret = ctx.registerSecret;
    if (!secret) return;

    const endMonth = closedMonthBefore(ctx.today);
    const calendar = synthCalendar(endMonth, demoRegisterMonths);
    const cprRows = await trx.selectFrom('citizen_cpr').select(['citizen_id', 'cpr']).where('active', '=', true).execute();
    const cprOf = new Map(cprRows.map((r) => [r.citizen_id, r.cpr.replace('-', '')]));
    const placements = await loadPlacements(trx);
    const companies = await trx.selectFrom('company').select(['cvr', 'industry_code']).orderBy('cvr').execute();
    const employers = companies.map((c) => ({ cvr: c.cvr, db07: c.industry_code && c.industry_code.length === 6 ? c.industry_code : '999999' }));
    if (employers.length === 0) employers.push({ cvr: '29189919', db07: '841100' });

    const citizens = ctx.citizens.filter((c) => cprOf.has(c.id));
    const others = synthMunicipalities.filter((m) => m.code !== replacedByFjordby);
    const synthetic = synthesizeRegister({
      persons: others.length * (ctx.registerPersonsPerMunicipality ?? demoPersonsPerMunicipality),
      years: demoRegisterMonths / 12,
      endMonth,
      seed: ctx.seed,
      municipalityList: others,
      sizes: 'equal',
      reservedCprs: new Set(cprOf.values()),
      profileWeights: demoProfileWeights,
      visitationsFrom: 0,
    });
    function* persons(): Generator<SynthPerson> {
      for (const citizen of citizens) {
        yield citizenRegisterPerson(random, calendar, citizen, cprOf.get(citizen.id)!, placements.get(citizen.id) ?? [], employers);
      }
      yield* synthetic;
    }
    // Private to this process's user; deleted after the import (importDemoRegister).
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-demo-register-'));
    try {
      await writeRegisterFiles(dir, calendar, persons());
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    ctx.afterCommit.push({ run: (db) => importDemoRegister(db, dir, secret, ctx.today), discard: () => rmSync(dir, { recursive: true, force: true }) });
  },
};
