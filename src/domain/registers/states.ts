/**
 * Jobspor's benefit states: what a person lived on in a week, as register
 * extracts (DREAM-like) record it after a code list has mapped the source's
 * own codes. The case system's benefit types, plus the states the
 * monitoring needs to tell apart (000 §3.1: company-oriented activity,
 * ordinary education, fleksjob; 004 Bilag 1: self-sufficiency).
 *
 * The numeric codes are how the database stores a week
 * (register_benefit_week.state, register_person_timeline.states). They are
 * fixed: never renumber one, only add new ones at the end. 0 means "no row":
 * no public benefit in a week an extract covers.
 */
export const benefitStates = [
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'ressourceforloebsydelse',
  'sygedagpenge',
  'dagpenge',
  'ledighedsydelse',
  'foertidspension',
  'other',
  'self_supporting',
  'education',
  'company_internship',
  'wage_subsidy',
  'fleksjob',
] as const;
export type BenefitState = (typeof benefitStates)[number];

/** Stored code of each state: its position in benefitStates + 1. */
export const benefitStateCode: Readonly<Record<BenefitState, number>> = Object.fromEntries(
  benefitStates.map((state, i) => [state, i + 1]),
) as Record<BenefitState, number>;

/** The stored code 0: no row for the week. */
export const NO_ROW = 0;

/** The state of a stored code; undefined for 0 and unknown codes. */
export function stateOfCode(code: number): BenefitState | undefined {
  return benefitStates[code - 1];
}

/** Number of state slots per month in PersonPeriods.stateWeeks (code 0 .. last). */
export const STATE_SLOTS = benefitStates.length + 1;

/**
 * Public benefits: weeks in these states are not self-sufficient. education
 * (ordinary education, incl. SU) and self_supporting are self-sufficiency
 * (004 Bilag 1: "selvforsørgelse i form af job eller uddannelse"). fleksjob
 * counts as public benefit here: the municipality pays the wage subsidy.
 */
/** States whose weeks are self-sufficient (no public benefit). */
export const selfSufficientStates: readonly BenefitState[] = ['self_supporting', 'education'];

export const publicBenefitStates: readonly BenefitState[] = benefitStates.filter((state) => !selfSufficientStates.includes(state));

/** Company-oriented activity: virksomhedspraktik or løntilskud (000 §3.4). */
export const companyOrientedStates: readonly BenefitState[] = ['company_internship', 'wage_subsidy'];
