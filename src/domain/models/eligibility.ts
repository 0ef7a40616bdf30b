/**
 * Target-group rules over citizen facts (benefit type, readiness category,
 * continuous months on benefit, age, programme membership) and the citizen's
 * place in the municipality's housing areas (organisation/housing-areas.ts) and the check that says which passed, which failed and why.
 */
import { z } from 'zod';
import { addMonths, ageInYears, toDay } from '../rules/days.ts';
import { danishDate, list } from '../rules/explain.ts';
import { benefitTypeLabels, programmeLabels, readinessLabels } from '../rules/labels.ts';
import { benefitTypes, programmes, readinessCategories, type BenefitSpell, type CitizenFacts, type IsoDate } from '../rules/facts.ts';
import { IdSchema, SourceRefSchema } from '../rules/source.ts';
import type { HousingMembership } from '../organisation/housing-areas.ts';
import type { ModelDefinition } from './schema.ts';

const common = {
  id: IdSchema,
  /** The rule in plain Danish, as shown to staff. */
  explanation: z.string().min(1),
  source: SourceRefSchema,
};

const BenefitType = z.object({ ...common, type: z.literal('benefit_type'), types: z.array(z.enum(benefitTypes)).min(1) }).strict();
const Readiness = z.object({ ...common, type: z.literal('readiness'), categories: z.array(z.enum(readinessCategories)).min(1) }).strict();
const ContinuousMonths = z
  .object({
    ...common,
    type: z.literal('continuous_benefit_months'),
    types: z.array(z.enum(benefitTypes)).min(1),
    months: z.number().int().min(1),
    /** 'more_than' 60 months = longer than five years; 'at_least' 12 = a year or more. */
    comparison: z.enum(['more_than', 'at_least']),
  })
  .strict();
const Age = z
  .object({ ...common, type: z.literal('age'), min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'give min, max or both' });
const ResidesInArea = z.object({ ...common, type: z.literal('resides_in_area') }).strict();
const Programme = z
  .object({ ...common, type: z.literal('programme'), programme: z.enum(programmes), member: z.boolean() })
  .strict();

const leafSchemas = [BenefitType, Readiness, ContinuousMonths, Age, ResidesInArea, Programme] as const;
const LeafSchema = z.discriminatedUnion('type', leafSchemas);
/** All of several leaf rules; only inside any_of (the top-level list is already 'all of'). */
const AllOf = z.object({ ...common, type: z.literal('all_of'), rules: z.array(LeafSchema).min(2) }).strict();
const AnyOf = z
  .object({ ...common, type: z.literal('any_of'), rules: z.array(z.discriminatedUnion('type', [...leafSchemas, AllOf])).min(2) })
  .strict();

export const EligibilityRuleSchema = z.discriminatedUnion('type', [...leafSchemas, AnyOf]);
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;
type LeafRule = z.infer<typeof LeafSchema>;
type AnyRule = EligibilityRule | z.infer<typeof AllOf>;

export type EligibilityOutcome = 'passed' | 'failed' | 'unknown';

export interface EligibilityRuleResult {
  ruleId: string;
  outcome: EligibilityOutcome;
  /** The rule as stated in the definition. */
  explanation: string;
  /** Why it passed or failed for this citizen, in Danish. */
  reason: string;
  /** For rules whose reason the UI words itself: which case applied (the housing-area rule). */
  reasonCode?: AreaReasonCode;
  /** The housing area named by the reason, when there is one. */
  area?: string;
}

/**
 * Why the housing-area rule came out as it did: inside an area by the
 * citizen's address; only stated on the course (no address registered);
 * outside every area; or unknown because no address is registered or the
 * municipality has defined no housing area.
 */
export const areaReasonCodes = ['area.inside', 'area.stated', 'area.outside', 'area.no_address', 'area.no_areas'] as const;
export type AreaReasonCode = (typeof areaReasonCodes)[number];

export interface EligibilityResult {
  /** 'eligible' when every rule passed, 'not_eligible' when any failed, otherwise 'undetermined'. */
  status: 'eligible' | 'not_eligible' | 'undetermined';
  rules: EligibilityRuleResult[];
}

export interface EligibilityContext {
  /**
   * Where the citizen lives among the municipality's housing areas
   * (housingMembership over the registered address, or the area stated on
   * the course when no address is registered). Absent: no areas are known.
   */
  housing?: HousingMembership | { status: 'stated'; area: string };
}

/** Checks a citizen against a model's target group on the day `asOf`. */
export function checkEligibility(
  definition: ModelDefinition,
  citizen: CitizenFacts,
  asOf: IsoDate,
  context: EligibilityContext = {},
): EligibilityResult {
  const day = toDay(asOf);
  const rules = definition.targetGroup.rules.map((rule): EligibilityRuleResult => {
    const { outcome, reason, reasonCode, area } = verdict(rule, citizen, day, context);
    return { ruleId: rule.id, outcome, explanation: rule.explanation, reason, ...(reasonCode ? { reasonCode } : {}), ...(area ? { area } : {}) };
  });
  const status = rules.some((r) => r.outcome === 'failed')
    ? 'not_eligible'
    : rules.every((r) => r.outcome === 'passed')
      ? 'eligible'
      : 'undetermined';
  return { status, rules };
}

type Verdict = { outcome: EligibilityOutcome; reason: string; reasonCode?: AreaReasonCode; area?: string };

function verdict(rule: AnyRule, citizen: CitizenFacts, day: number, context: EligibilityContext): Verdict {
  if (rule.type === 'any_of') {
    const verdicts = rule.rules.map((r) => verdict(r, citizen, day, context));
    const passed = verdicts.find((v) => v.outcome === 'passed');
    if (passed) return passed;
    const outcome = verdicts.some((v) => v.outcome === 'unknown') ? 'unknown' : 'failed';
    return { outcome, reason: `Ingen af mulighederne er opfyldt: ${verdicts.map((v) => v.reason).join(' ')}` };
  }
  if (rule.type === 'all_of') {
    const verdicts = rule.rules.map((r) => leaf(r, citizen, day, context));
    const failed = verdicts.find((v) => v.outcome === 'failed') ?? verdicts.find((v) => v.outcome === 'unknown');
    return failed ?? { outcome: 'passed', reason: verdicts.map((v) => v.reason).join(' ') };
  }
  return leaf(rule, citizen, day, context);
}

function covers(from: string, to: string | undefined, day: number): boolean {
  return toDay(from) <= day && (to === undefined || day <= toDay(to));
}

function currentSpell(citizen: CitizenFacts, day: number): BenefitSpell | undefined {
  let found: BenefitSpell | undefined;
  for (const s of citizen.benefitSpells) if (covers(s.from, s.to, day) && (!found || s.from >= found.from)) found = s;
  return found;
}

function leaf(rule: LeafRule, citizen: CitizenFacts, day: number, context: EligibilityContext): Verdict {
  switch (rule.type) {
    case 'benefit_type': {
      const spell = currentSpell(citizen, day);
      if (!spell) return { outcome: 'failed', reason: `Borgeren modtager ingen registreret ydelse ${danishDate(day)}.` };
      const received = benefitTypeLabels[spell.type];
      return rule.types.includes(spell.type)
        ? { outcome: 'passed', reason: `Borgeren modtager ${received}.` }
        : { outcome: 'failed', reason: `Borgeren modtager ${received}, ikke ${list(rule.types.map((t) => benefitTypeLabels[t]), 'eller')}.` };
    }
    case 'readiness': {
      const spell = currentSpell(citizen, day);
      if (!spell?.readiness) return { outcome: 'unknown', reason: 'Borgerens visitationskategori er ikke registreret.' };
      const category = readinessLabels[spell.readiness];
      return rule.categories.includes(spell.readiness)
        ? { outcome: 'passed', reason: `Borgeren er ${category}.` }
        : { outcome: 'failed', reason: `Borgeren er ${category}, ikke ${list(rule.categories.map((c) => readinessLabels[c]), 'eller')}.` };
    }
    case 'continuous_benefit_months':
      return continuousMonths(rule, citizen, day);
    case 'age': {
      if (!citizen.birthDate) return { outcome: 'unknown', reason: 'Borgerens fødselsdato er ikke kendt.' };
      const age = ageInYears(toDay(citizen.birthDate), day);
      if (rule.min !== undefined && age < rule.min) return { outcome: 'failed', reason: `Borgeren er ${age} år, under ${rule.min} år.` };
      if (rule.max !== undefined && age > rule.max) return { outcome: 'failed', reason: `Borgeren er ${age} år, over ${rule.max} år.` };
      return { outcome: 'passed', reason: `Borgeren er ${age} år.` };
    }
    case 'resides_in_area':
      return housingVerdict(context.housing ?? { status: 'no_areas' });
    case 'programme': {
      const inIt = citizen.programmes.some((p) => p.programme === rule.programme && covers(p.from, p.to, day));
      const passed = inIt === rule.member;
      const name = programmeLabels[rule.programme];
      return { outcome: passed ? 'passed' : 'failed', reason: inIt ? `Borgeren er i ${name}.` : `Borgeren er ikke i ${name}.` };
    }
  }
}

/** The housing-area rule from the citizen's place in the areas (a current address has no history, so `day` does not enter). */
function housingVerdict(housing: NonNullable<EligibilityContext['housing']>): Verdict {
  switch (housing.status) {
    case 'inside':
      return {
        outcome: 'passed',
        reasonCode: 'area.inside',
        area: housing.area,
        reason: `Borgerens adresse ligger i boligområdet ${housing.area}${housing.by === 'postcode' ? ' (efter postnummer)' : ''}.`,
      };
    case 'stated':
      return { outcome: 'passed', reasonCode: 'area.stated', area: housing.area, reason: `Borgeren har ingen registreret adresse; forløbet angiver boligområdet ${housing.area}.` };
    case 'outside':
      return { outcome: 'failed', reasonCode: 'area.outside', reason: `Borgerens adresse (postnummer ${housing.postcode}) ligger ikke i et af kommunens boligområder.` };
    case 'no_address':
      return { outcome: 'unknown', reasonCode: 'area.no_address', reason: 'Borgeren har ingen adresse registreret, så bopælen kan ikke vurderes.' };
    case 'no_areas':
      return { outcome: 'unknown', reasonCode: 'area.no_areas', reason: 'Kommunen har ikke defineret nogen boligområder, så bopælen kan ikke vurderes.' };
  }
}

/**
 * Length of the unbroken run of qualifying benefit spells that covers `day`
 * (a spell starting the day after the previous one ended continues the run).
 */
function continuousMonths(rule: Extract<LeafRule, { type: 'continuous_benefit_months' }>, citizen: CitizenFacts, day: number): Verdict {
  const types = list(rule.types.map((t) => benefitTypeLabels[t]), 'eller');
  const spells = citizen.benefitSpells
    .filter((s) => rule.types.includes(s.type))
    .map((s) => ({ from: toDay(s.from), to: s.to === undefined ? Infinity : toDay(s.to) }));
  let start = NaN;
  for (const s of spells) if (s.from <= day && day <= s.to && !(s.from >= start)) start = s.from;
  if (Number.isNaN(start)) return { outcome: 'failed', reason: `Borgeren modtager ikke ${types} ${danishDate(day)}.` };
  for (let extended = true; extended; ) {
    extended = false;
    for (const s of spells) {
      if (s.from < start && s.to >= start - 1) {
        start = s.from;
        extended = true;
      }
    }
  }
  const threshold = addMonths(start, rule.months);
  const passed = rule.comparison === 'more_than' ? day > threshold : day >= threshold;
  const since = `Borgeren har modtaget ${types} uafbrudt siden ${danishDate(start)}`;
  const need = `${rule.comparison === 'more_than' ? 'mere end' : 'mindst'} ${rule.months} måneder`;
  if (passed) return { outcome: 'passed', reason: `${since}, dvs. ${need}.` };
  const from = rule.comparison === 'more_than' ? threshold + 1 : threshold;
  return { outcome: 'failed', reason: `${since}; kravet om ${need} er først opfyldt ${danishDate(from)}.` };
}
