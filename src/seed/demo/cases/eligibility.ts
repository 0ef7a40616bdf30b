/**
 * Target groups computed from the citizens' benefit spells (never from the
 * profile label): the days on which a citizen qualifies for a model, and a
 * check with the domain's own eligibility rules at the chosen enrolment day.
 */
import { eligibilityContext } from '../../../domain/cases/eligibility-context.ts';
import { checkEligibility } from '../../../domain/models/eligibility.ts';
import { getModel } from '../../../domain/models/registry.ts';
import type { BenefitSpell, BenefitType as FactsBenefitType, CitizenFacts } from '../../../domain/rules/facts.ts';
import type { BenefitType, DemoCitizen, DemoSpell, Readiness } from '../context.ts';
import { addDays, addMonths, addYears, maxDate, minDate } from '../dates.ts';
import { housingArea } from '../names.ts';
import { demoHousingAreas } from '../organisation.ts';
import { modelVersion } from './course.ts';

/** The demo's housing area; the outreach office serves it. */
export const demoHousingArea = housingArea.name;

const factsType: Record<BenefitType, FactsBenefitType> = {
  kontanthjaelp: 'kontanthjaelp',
  uddannelseshjaelp: 'uddannelseshjaelp',
  integrationsydelse: 'integrationsydelse',
  ressourceforloeb: 'ressourceforloebsydelse',
  sygedagpenge: 'sygedagpenge',
  dagpenge: 'dagpenge',
  ledighedsydelse: 'ledighedsydelse',
  fleksjob: 'other',
  foertidspension: 'foertidspension',
};

/** CitizenFacts as the store would load them (see store/facts.ts), from the seeded spells. */
export function citizenFacts(citizen: DemoCitizen): CitizenFacts {
  const benefitSpells: BenefitSpell[] = citizen.spells.map((s) => ({
    type: factsType[s.benefitType],
    ...(s.readiness ? { readiness: s.readiness } : {}),
    from: s.from,
    ...(s.to ? { to: s.to } : {}),
  }));
  const programmes = citizen.spells
    .filter((s) => s.benefitType === 'ressourceforloeb')
    .map((s) => ({ programme: 'ressourceforloeb' as const, from: s.from, ...(s.to ? { to: s.to } : {}) }));
  return {
    birthDate: citizen.birthDate,
    benefitSpells,
    programmes,
  };
}

/**
 * Throws unless the citizen is in the model's target group on `date` by the
 * domain's rules, with the housing areas placed from the citizen's address
 * as the API does (`statedArea`: the area stated on the course).
 */
export function assertEligible(modelId: string, citizen: DemoCitizen, date: string, statedArea: string | null = null): void {
  const context = eligibilityContext(citizen.address, demoHousingAreas, statedArea);
  const result = checkEligibility(getModel(modelId, modelVersion), citizenFacts(citizen), date, context);
  if (result.status !== 'eligible') {
    const why = result.rules.filter((r) => r.outcome !== 'passed').map((r) => r.reason).join(' ');
    throw new Error(`Demo seed: citizen ${citizen.pseudonym} is not in the ${modelId} target group on ${date}: ${why}`);
  }
}

export interface Range {
  from: string;
  to: string;
}

export interface TargetRule {
  types: readonly BenefitType[];
  readiness?: Readiness;
  /** Continuous months on `types` before the day (a run of adjacent spells). */
  months?: number;
  comparison?: 'more_than' | 'at_least';
  minAge?: number;
}

/** First day of the run of adjacent spells of the given types that contains spell i. */
function runStart(spells: readonly DemoSpell[], i: number, types: readonly BenefitType[]): string {
  let start = spells[i]?.from ?? '';
  for (let j = i - 1; j >= 0; j--) {
    const s = spells[j];
    if (!s || !types.includes(s.benefitType) || s.to === null || addDays(s.to, 1) < start) break;
    start = s.from;
  }
  return start;
}

/** The days in [from, to] on which the citizen meets the rule. */
export function qualifyingRanges(citizen: DemoCitizen, rule: TargetRule, from: string, to: string): Range[] {
  const out: Range[] = [];
  citizen.spells.forEach((s, i) => {
    if (!rule.types.includes(s.benefitType)) return;
    if (rule.readiness && s.readiness !== rule.readiness) return;
    let lo = s.from;
    if (rule.months !== undefined) {
      const threshold = addMonths(runStart(citizen.spells, i, rule.types), rule.months);
      lo = maxDate(lo, rule.comparison === 'more_than' ? addDays(threshold, 1) : threshold);
    }
    if (rule.minAge !== undefined) lo = maxDate(lo, addYears(citizen.birthDate, rule.minAge));
    const range = { from: maxDate(lo, from), to: minDate(s.to ?? to, to) };
    if (range.from <= range.to) out.push(range);
  });
  return out;
}

/** The latest qualifying range in [from, to], if any. */
export function lastRange(citizen: DemoCitizen, rule: TargetRule, from: string, to: string): Range | undefined {
  return qualifyingRanges(citizen, rule, from, to).at(-1);
}

/** The spell that follows the one covering `date`, when that one ended; describes what the citizen left for. */
export function exitAfter(citizen: DemoCitizen, range: Range): { date: string; next: DemoSpell | null } | null {
  const i = citizen.spells.findIndex((s) => s.from <= range.to && (s.to === null || range.to <= s.to));
  const spell = citizen.spells[i];
  if (!spell || spell.to === null || spell.to !== range.to) return null;
  return { date: spell.to, next: citizen.spells[i + 1] ?? null };
}

export const targetRules = {
  /** Flere skal med: activity-ready cash benefit, continuously for more than five years. */
  fsm: { types: ['kontanthjaelp'], readiness: 'aktivitetsparat', months: 60, comparison: 'more_than' },
  /** STV, track AK. */
  stvAk: { types: ['kontanthjaelp'], readiness: 'aktivitetsparat' },
  /** STV, track RF. */
  stvRf: { types: ['ressourceforloeb'] },
  /** Social støtte: activity-ready cash benefit, 30 or older, at least a year. */
  socialSupport: { types: ['kontanthjaelp'], readiness: 'aktivitetsparat', months: 12, comparison: 'at_least', minAge: 30 },
  /** Bedre Ressourceforløb, on the way: benefits from which a case goes to the rehabilitation team. */
  brfPreparing: { types: ['kontanthjaelp', 'uddannelseshjaelp', 'sygedagpenge'] },
  brfInProgramme: { types: ['ressourceforloeb'] },
  /** TRIN model (residence in the area is set separately). */
  trin: { types: ['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse'], readiness: 'aktivitetsparat' },
} as const satisfies Record<string, TargetRule>;
