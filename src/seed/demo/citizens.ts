/**
 * Demo area "citizens": about 600 citizens spread over the three units, each
 * with a benefit-history profile, a CPR number consistent with birth date and
 * sex, a random pseudonym, a name, contact details, an address in the Holbæk
 * area and a responsible jobformidler in the citizen's unit.
 *
 * CPR numbers are written to citizen_cpr only and are never kept in the
 * context or logged.
 */
import type { Insertable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { ageOn, parseCpr, type Sex } from '../../domain/identity/cpr.ts';
import { newPseudonym } from '../../domain/identity/pseudonym.ts';
import { addDays, addYears } from './dates.ts';
import {
  insertRows,
  requireUnit,
  staffWithRole,
  type CitizenProfile,
  type DemoArea,
  type DemoCitizen,
  type DemoContext,
  type UnitKey,
} from './context.ts';
import {
  asciiSlug,
  housingArea,
  housingAreaAddress,
  integrationOrigins,
  mobileNumber,
  personName,
  postcodes,
  settledOrigins,
  streetAddress,
  type Origin,
} from './names.ts';
import type { Random } from './random.ts';

/**
 * How many citizens of each profile each unit has (600 in all: 46 % Team
 * Job og Virksomhed, 30 % Team Ressource, 24 % the outreach office).
 */
export const citizenPlan: Record<Exclude<UnitKey, 'municipality' | 'jobcentre'>, Partial<Record<CitizenProfile, number>>> = {
  // Flere skal med's target group dominates; some job-ready and young.
  jobOgVirksomhed: { longTermActivityReady: 125, activityReady: 60, jobReady: 40, educationBenefit: 32, integrationBenefit: 19 },
  // Mostly in or on the way to a resource programme (STV RF, Bedre Ressourceforløb).
  ressource: { resourceProgramme: 125, towardsResourceProgramme: 40, longTermActivityReady: 15 },
  // Activity-ready recipients of cash, education and integration benefit living in Solbakken (004).
  outreach: { integrationBenefit: 40, longTermActivityReady: 30, activityReady: 30, educationBenefit: 34, jobReady: 10 },
};

/** Caseload of the demo login 'jobformidler'. */
export const demoJobformidlerCaseload = 45;

/** Age (years on 'today') and share of men per profile. */
const demographics: Record<CitizenProfile, { mean: number; sd: number; min: number; max: number; male: number }> = {
  // Continuous cash benefit for > 5 years that started at 30 or later (before 30 it would be uddannelseshjælp).
  longTermActivityReady: { mean: 46, sd: 8, min: 36, max: 63.9, male: 0.5 },
  activityReady: { mean: 41, sd: 10, min: 30, max: 63.9, male: 0.5 },
  jobReady: { mean: 40, sd: 11, min: 30, max: 64.9, male: 0.55 },
  educationBenefit: { mean: 24, sd: 3.5, min: 18, max: 29.9, male: 0.56 },
  integrationBenefit: { mean: 35, sd: 9, min: 20, max: 60, male: 0.5 },
  resourceProgramme: { mean: 48, sd: 8, min: 30, max: 63.9, male: 0.4 },
  towardsResourceProgramme: { mean: 45, sd: 9, min: 30, max: 63.9, male: 0.45 },
};

/** A birth date giving the age (whole years) on `today`. */
function birthDateForAge(random: Random, today: string, age: number): string {
  const latest = addYears(today, -age); // turns `age` today
  const earliest = addDays(addYears(today, -(age + 1)), 1); // turns `age + 1` tomorrow
  return random.dateBetween(earliest, latest);
}

const cprWeights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

function mod11(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (cprWeights[i] ?? 0);
  return sum % 11;
}

/**
 * A CPR number for a birth date and sex. The 7th digit follows the century
 * rule; the last digit is odd for men and even for women. The numbers are
 * chosen to FAIL the modulus-11 check, which every number issued before
 * October 2007 passes, so a demo number cannot be a real adult's number.
 */
export function demoCpr(random: Random, birthDate: string, sex: Sex): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const year = Number(y);
  const yy = y.slice(2);
  const twoDigit = Number(yy);
  let centuryDigits: number[];
  if (year >= 1900 && year <= 1999) centuryDigits = twoDigit >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3];
  else if (year >= 2000 && year <= 2036) centuryDigits = [4, 9, 5, 6, 7, 8];
  else if (year >= 2037 && year <= 2057) centuryDigits = [5, 6, 7, 8];
  else throw new Error('Demo seed: birth year outside the CPR century rule.');
  const stem = `${d}${m}${yy}${random.pick(centuryDigits)}${String(random.int(0, 99)).padStart(2, '0')}`;
  const lastDigits = (sex === 'male' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]).filter((digit) => mod11(stem + digit) !== 0);
  return stem + String(random.pick(lastDigits));
}

function originFor(random: Random, profile: CitizenProfile, unitKey: UnitKey): Origin {
  if (profile === 'integrationBenefit') return random.weighted(integrationOrigins);
  const share = unitKey === 'outreach' ? 0.45 : 0.1;
  return random.chance(share) ? random.weighted(settledOrigins) : 'danish';
}

/**
 * Splits `total` citizens over `count` jobformidlere: roughly equal, with
 * some spread, the first one's size fixed when `fixedFirst` is given.
 */
export function caseloadSizes(random: Random, total: number, count: number, fixedFirst?: number): number[] {
  const sizes: number[] = [];
  const free = fixedFirst === undefined ? count : count - 1;
  const rest = fixedFirst === undefined ? total : total - fixedFirst;
  const base = Math.floor(rest / free);
  for (let i = 0; i < free; i++) sizes.push(base + (i < rest - base * free ? 1 : 0));
  // Move a few citizens between pairs to avoid identical caseloads.
  for (let i = 0; i + 1 < sizes.length; i += 2) {
    const shift = random.int(0, 4);
    sizes[i] = (sizes[i] ?? 0) + shift;
    sizes[i + 1] = (sizes[i + 1] ?? 0) - shift;
  }
  return fixedFirst === undefined ? sizes : [fixedFirst, ...sizes];
}

export const citizensArea: DemoArea = {
  name: 'citizens',
  async run(ctx: DemoContext) {
    const { random, today } = ctx;
    const usedCprs = new Set<string>();
    const usedPseudonyms = new Set<string>();
    const citizens: DemoCitizen[] = [];
    const rows: Insertable<Database['citizen']>[] = [];
    const cprRows: { citizen_id: string; cpr: string }[] = [];

    for (const [unitKey, plan] of Object.entries(citizenPlan) as [keyof typeof citizenPlan, Partial<Record<CitizenProfile, number>>][]) {
      const unit = requireUnit(ctx, unitKey);
      const profiles = random.shuffle(
        (Object.entries(plan) as [CitizenProfile, number][]).flatMap(([profile, n]) => Array<CitizenProfile>(n).fill(profile)),
      );

      // Responsible jobformidler: the demo login first in its team, with a fixed caseload.
      const brokers = staffWithRole(ctx, 'jobformidler', unitKey).sort((a, b) => Number(b.demoLogin) - Number(a.demoLogin));
      if (brokers.length === 0) throw new Error(`Demo seed: no jobformidler in unit '${unitKey}'.`);
      const hasDemo = brokers[0]?.demoLogin === true;
      const sizes = caseloadSizes(random, profiles.length, brokers.length, hasDemo ? demoJobformidlerCaseload : undefined);
      const responsible = random.shuffle(sizes.flatMap((n, i) => Array<string>(n).fill(brokers[i]?.id ?? '')));

      profiles.forEach((profile, index) => {
        const demo = demographics[profile];
        const sex: Sex = random.chance(demo.male) ? 'male' : 'female';
        const age = Math.floor(random.normal(demo.mean, demo.sd, demo.min, demo.max));
        const birthDate = birthDateForAge(random, today, age);
        const origin = originFor(random, profile, unitKey);
        const { firstName, lastName } = personName(random, sex, Number(birthDate.slice(0, 4)), origin);

        let cpr = demoCpr(random, birthDate, sex);
        while (usedCprs.has(cpr)) cpr = demoCpr(random, birthDate, sex);
        usedCprs.add(cpr);
        const parsed = parseCpr(cpr);
        if (!parsed.ok || parsed.value.birthDate !== birthDate || parsed.value.sex !== sex) {
          throw new Error('Demo seed: generated a CPR number inconsistent with birth date or sex.');
        }
        const citizenAge = ageOn(birthDate, today);
        if (citizenAge < 18 || citizenAge > 64) throw new Error(`Demo seed: citizen age ${citizenAge} outside 18-64.`);

        let pseudonym = newPseudonym((n) => random.bytes(n));
        while (usedPseudonyms.has(pseudonym)) pseudonym = newPseudonym((n) => random.bytes(n));
        usedPseudonyms.add(pseudonym);

        const inHousingArea = unitKey === 'outreach';
        const place = inHousingArea ? housingArea : random.weighted(postcodes);
        const addressLine = inHousingArea ? housingAreaAddress(random) : streetAddress(random, place.postcode === '4300' ? 0.45 : 0.1);
        const phone = random.chance(0.96) ? mobileNumber(random) : null;
        const email = random.chance(0.6)
          ? `${asciiSlug(firstName)}${random.pick(['.', '', '_'])}${asciiSlug(lastName).replace(/-/g, '')}${random.chance(0.4) ? String(random.int(1, 99)) : ''}@${random.pick(['example.com', 'example.net', 'example.org'])}`
          : null;

        const id = random.uuid();
        const responsibleStaffId = responsible[index];
        if (!responsibleStaffId) throw new Error('Demo seed: caseload sizes do not add up.');
        citizens.push({
          id,
          pseudonym,
          firstName,
          lastName,
          sex,
          birthDate,
          unitKey,
          unitId: unit.id,
          responsibleStaffId,
          profile,
          origin,
          spells: [],
          address: { addressLine, postcode: place.postcode },
        });
        rows.push({
          id,
          pseudonym,
          first_name: firstName,
          last_name: lastName,
          birth_date: birthDate,
          sex,
          phone,
          email,
          address_line: addressLine,
          postcode: place.postcode,
          city: place.city,
          unit_id: unit.id,
          responsible_staff_id: responsibleStaffId,
        });
        cprRows.push({ citizen_id: id, cpr });
      });
    }

    await insertRows(ctx, 'citizen', rows);
    await insertRows(ctx, 'citizen_cpr', cprRows);
    ctx.citizens.push(...citizens);
  },
};
