/**
 * Matching citizens with companies and openings: a score of 0-100 made of
 * four explained components, so a job broker can see exactly why a company
 * is suggested and overrule it (the score explains, it does not decide).
 *
 * Sources: Flere skal med kerneelement 3 (000 §4.3): an individual job match
 * built on the citizen's own job goal, with a company willing to work towards
 * (more) ordinary paid hours; Bedre Ressourceforløb element 3B (003): good
 * matches between citizen and company, made from the citizen's own wishes.
 * The ABC job plan weighs the wished job (A) above a good and acceptable one
 * (B) and the job that makes the citizen self-supporting (C).
 *
 * The exact definition (formulas, weights, limits) is in docs/matching.md;
 * keep the two in step.
 *
 * Pure: postcodes are looked up through a PostcodeDirectory passed in.
 */
import { distanceBetweenPostcodes, type PostcodeDirectory } from './distance.ts';
import { industry10Labels, industry10Of, sharedIndustryDigits } from './industry.ts';

export const componentKeys = ['job_goal', 'distance', 'ordinary_hours', 'open_places'] as const;
export type ComponentKey = (typeof componentKeys)[number];

/** One part of a score: points earned out of max, and the Danish reason why. */
export interface ScoreComponent {
  key: ComponentKey;
  points: number;
  max: number;
  reason: string;
}

export type JobGoalTier = 'A' | 'B' | 'C';

/** An active job goal of the citizen's course (ABC job plan). */
export interface JobGoalProfile {
  tier: JobGoalTier;
  /** DISCO-08, 1-4 digits. */
  occupationCode: string | null;
  occupationText: string | null;
  /** DB07, 2-6 digits. */
  industryCode: string | null;
}

/** What the score reads about the citizen. */
export interface CitizenProfile {
  postcode: string | null;
  /** Active goals only; ended goals are history and do not steer a match. */
  jobGoals: readonly JobGoalProfile[];
}

export interface OpeningFacts {
  id: string;
  title: string;
  /** DISCO-08 of the job, 1-4 digits. */
  occupationCode: string | null;
  /** DB07; the company's when the opening names none. */
  industryCode: string | null;
  postcode: string;
  paidFromStart: boolean;
  places: number;
  /** Places taken by running placements. */
  placesTaken: number;
  status: 'open' | 'filled' | 'closed';
}

/** The company's ordinary-hours track record: placements that started there. */
export interface OrdinaryHoursRecord {
  placements: number;
  /** Placements with actual paid hours > 0, or ended 'converted_to_paid'. */
  withPaidHours: number;
}

/** Cooperation agreements in force today, taken together. */
export interface AgreementFacts {
  /** At least one agreement in force says the company is ready for ordinary hours. */
  ordinaryHoursReadiness: boolean;
  /** Sum of places of fixed-place agreements in force; null when there are none. */
  fixedPlaces: number | null;
  /** Running placements at the company (what occupies the fixed places). */
  placesInUse: number;
  /** An open agreement (no fixed number of places) is in force. */
  open: boolean;
}

/** A company as the matching sees it. */
export interface NetworkCompany {
  id: string;
  name: string;
  industryCode: string | null;
  /**
   * DISCO-08 codes of the jobs the company is known to have: those of its
   * openings (any status) that had opened by the day scored. Empty when unknown.
   */
  occupationCodes: readonly string[];
  /** Postcodes of the main address and workplaces, main first. */
  postcodes: readonly string[];
  /** Open openings (or the one asked about). */
  openings: readonly OpeningFacts[];
  record: OrdinaryHoursRecord;
  /** Null when no cooperation agreement is in force. */
  agreement: AgreementFacts | null;
}

/** What is scored: a company as a whole (opening null) or one of its openings. */
export interface CompanyCandidate {
  company: NetworkCompany;
  opening: OpeningFacts | null;
}

export interface MatchParams {
  /** Max points per component; the defaults add up to 100. */
  weights: Record<ComponentKey, number>;
  /** Distance giving 0 points; points fall linearly from 0 km. */
  maxKm: number;
  /** How much a fitting goal of each tier counts. */
  tierWeights: Record<JobGoalTier, number>;
  /** Share of an industry fit that counts when occupations cannot be compared (industry is weaker evidence). */
  industryFallback: number;
  /** Shrinkage of the ordinary-hours share: (paid + priorPaid) / (n + priorPlacements). */
  priorPaid: number;
  priorPlacements: number;
  /** Shares of the ordinary-hours points: record, readiness, paid from start (capped at 1 together). */
  ordinaryHoursShares: { record: number; readiness: number; paidFromStart: number };
  /** Free places that give full open-places points. */
  fullPlaces: number;
}

export const defaultMatchParams: MatchParams = Object.freeze({
  weights: Object.freeze({ job_goal: 40, distance: 25, ordinary_hours: 25, open_places: 10 }),
  maxKm: 40,
  tierWeights: Object.freeze({ A: 1, B: 0.85, C: 0.7 }),
  industryFallback: 0.5,
  priorPaid: 1,
  priorPlacements: 2,
  ordinaryHoursShares: Object.freeze({ record: 0.6, readiness: 0.25, paidFromStart: 0.25 }),
  fullPlaces: 2,
}) as MatchParams;

/** The defaults with some values replaced (e.g. the route's maxKm). */
export function matchParams(overrides: Partial<MatchParams> = {}): MatchParams {
  const params = { ...defaultMatchParams, ...overrides };
  if (!(params.maxKm > 0)) throw new RangeError('maxKm must be positive');
  return params;
}

export interface MatchScore {
  /** 0-100: the sum of the components' points, one decimal. */
  score: number;
  /** Straight-line km between the postcodes, one decimal; null when unknown. */
  distanceKm: number | null;
  components: ScoreComponent[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (x: number) => `${Math.round(x * 100)} %`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- job goal

/** Occupation fit by shared leading DISCO-08 digits (4 = the same unit group). */
const occupationLevels: Record<number, number> = { 1: 0.25, 2: 0.5, 3: 0.75, 4: 1 };

interface GoalFit {
  fit: number;
  /** What matched: the label names the goal's industry only when that was the evidence. */
  via: 'occupation' | 'industry' | 'title' | 'none';
  because: string;
}

/** The goal in words and codes, e.g. "butiksassistent, DISCO 5223". */
function goalWords(goal: JobGoalProfile, withIndustry: boolean): string {
  const parts = [goal.occupationText, goal.occupationCode ? `DISCO ${goal.occupationCode}` : null, withIndustry && goal.industryCode ? `DB07 ${goal.industryCode}` : null];
  return parts.filter((p): p is string => !!p).join(', ');
}

function goalLabel(goal: JobGoalProfile, via: GoalFit['via']): string {
  const words = goalWords(goal, via === 'industry' || !goal.occupationCode);
  return `Jobmål ${goal.tier}${words ? ` (${words})` : ''}`;
}

function industryName(code: string): string {
  const group = industry10Of(code);
  return `DB07 ${code}, ${industry10Labels[group].da.toLowerCase()}`;
}

/** The DISCO-08 codes the goal is compared with: the opening's, or the company's known jobs. */
function targetOccupations(candidate: CompanyCandidate): readonly string[] {
  if (candidate.opening) return candidate.opening.occupationCode ? [candidate.opening.occupationCode] : [];
  return candidate.company.occupationCodes;
}

/** Occupation fit by shared leading digits with the closest target code; undefined when nothing is shared. */
function occupationFit(goalCode: string, targets: readonly string[], onOpening: boolean): GoalFit | undefined {
  let best: { code: string; shared: number } | undefined;
  // The DB07 helper counts shared leading digits; DISCO-08 codes nest the same way.
  for (const code of targets) {
    const shared = Math.min(4, sharedIndustryDigits(goalCode, code));
    if (!best || shared > best.shared) best = { code, shared };
  }
  const fit = best ? (occupationLevels[best.shared] ?? 0) : 0;
  if (!best || fit === 0) return undefined;
  const { code, shared } = best;
  const digits = `deler ${shared} ${shared === 1 ? 'ciffer' : 'cifre'} med jobmålets`;
  const because = onOpening
    ? shared === 4
      ? `opslaget gælder samme stilling (DISCO ${code})`
      : `opslagets stilling (DISCO ${code}) ${digits}`
    : shared === 4
      ? `virksomheden har haft opslag til samme stilling (DISCO ${code})`
      : `en stilling virksomheden har haft opslag til (DISCO ${code}) ${digits}`;
  return { fit, via: 'occupation', because };
}

/**
 * Industry fit, used only when occupations cannot be compared: a full DB07
 * fit counts `industryFallback` (half by default), because a shared industry
 * says little about the job (a hospital employs nurses and cleaners).
 */
function industryFit(goal: JobGoalProfile, candidate: CompanyCandidate, params: MatchParams): GoalFit | undefined {
  const industry = candidateIndustry(candidate);
  if (!goal.industryCode || !industry) return undefined;
  const shared = sharedIndustryDigits(goal.industryCode, industry);
  const group = industry10Of(industry);
  const who = candidate.opening ? 'opslaget' : 'virksomheden';
  let found: { level: number; what: string } | undefined;
  if (shared >= 4) found = { level: 1, what: `${who} er i samme branche (${industryName(industry)})` };
  else if (shared >= 2) found = { level: 0.75, what: `${who} deler de første ${shared} cifre af branchekoden med jobmålet (${industryName(industry)})` };
  else if (group !== 'unknown' && group === industry10Of(goal.industryCode)) found = { level: 0.5, what: `${who} er i samme brancheområde som jobmålet (${industryName(industry)})` };
  if (!found) return undefined;
  const missing = !goal.occupationCode
    ? 'jobmålet har ingen DISCO-kode'
    : candidate.opening
      ? 'opslaget har ingen DISCO-kode'
      : 'virksomhedens stillinger kendes ikke (ingen opslag med DISCO-kode)';
  return {
    fit: found.level * params.industryFallback,
    via: 'industry',
    because: `${found.what}; ${missing}, så kun branchen tæller, med færre point`,
  };
}

/**
 * How well one goal fits the candidate, 0-1 before the tier weight, with the
 * reason. The occupation decides when both sides have a DISCO-08 code; only
 * when they cannot be compared does the industry count, with fewer points.
 */
function goalFit(goal: JobGoalProfile, candidate: CompanyCandidate, params: MatchParams): GoalFit {
  const fits: GoalFit[] = [];
  const targets = targetOccupations(candidate);
  const comparable = goal.occupationCode !== null && targets.length > 0;
  if (comparable) {
    const fit = occupationFit(goal.occupationCode!, targets, candidate.opening !== null);
    if (fit) fits.push(fit);
  } else {
    const fit = industryFit(goal, candidate, params);
    if (fit) fits.push(fit);
  }
  const opening = candidate.opening;
  const text = goal.occupationText?.trim().toLowerCase();
  if (opening && text && text.length >= 4 && opening.title.toLowerCase().includes(text)) {
    fits.push({ fit: 0.5, via: 'title', because: `opslagets titel "${opening.title}" nævner "${goal.occupationText?.trim()}"` });
  }
  // The strongest evidence wins; on a tie the first (occupation or industry before title).
  return fits.reduce<GoalFit>((best, f) => (f.fit > best.fit ? f : best), { fit: 0, via: 'none', because: '' });
}

/**
 * Job goal: the best of the citizen's active goals, fit × tier weight.
 * The citizen's own goal sets the direction (FSM KE1/KE3), so it carries the most points.
 */
export function jobGoalComponent(goals: readonly JobGoalProfile[], candidate: CompanyCandidate, params: MatchParams = defaultMatchParams): ScoreComponent {
  const max = params.weights.job_goal;
  if (goals.length === 0) {
    return { key: 'job_goal', points: 0, max, reason: 'Borgeren har intet aktivt jobmål, så jobmålet giver ingen point. Sæt et jobmål (ABC-jobplan).' };
  }
  const ordered = [...goals].sort((a, b) => a.tier.localeCompare(b.tier));
  let best: { goal: JobGoalProfile; fit: GoalFit; value: number } | undefined;
  for (const goal of ordered) {
    const fit = goalFit(goal, candidate, params);
    const value = fit.fit * params.tierWeights[goal.tier];
    if (value > 0 && (!best || value > best.value)) best = { goal, fit, value };
  }
  if (!best) {
    const industry = candidateIndustry(candidate);
    const known = candidate.company.occupationCodes;
    const what = [
      candidate.opening ? `opslaget "${candidate.opening.title}"${candidate.opening.occupationCode ? ` (DISCO ${candidate.opening.occupationCode})` : ''}` : null,
      !candidate.opening && known.length ? `virksomhedens kendte stillinger (DISCO ${known.join(', ')})` : null,
      industry ? `branchen (${industryName(industry)})` : 'virksomheden (ingen branchekode)',
    ].filter(Boolean);
    const listed = ordered.map((g) => `${g.tier}: ${goalWords(g, true) || 'uden betegnelse'}`).join('; ');
    return { key: 'job_goal', points: 0, max, reason: `Ingen af borgerens aktive jobmål (${listed}) passer til ${what.join(' eller ')}.` };
  }
  const tierWeight = params.tierWeights[best.goal.tier];
  const weighting = tierWeight < 1 ? ` ${best.goal.tier}-mål tæller ${percent(tierWeight)}.` : '';
  const partial = best.fit.fit < 1 ? ` Delvis pasform: ${percent(best.fit.fit)}.` : '';
  return { key: 'job_goal', points: round1(max * best.value), max, reason: `${goalLabel(best.goal, best.fit.via)}: ${best.fit.because}.${partial}${weighting}` };
}

// ---------------------------------------------------------------- distance

function place(dir: PostcodeDirectory, postcode: string): string {
  const name = dir.lookup(postcode)?.name;
  return name ? `${postcode} ${name}` : postcode;
}

function km(d: number): string {
  const whole = Math.round(d);
  return whole === 0 && d > 0 ? 'under 1 km' : `${whole} km`;
}

/** The candidate's workplace postcodes: the opening's, or the company's addresses. */
export function candidatePostcodes(candidate: CompanyCandidate): readonly string[] {
  return candidate.opening ? [candidate.opening.postcode] : candidate.company.postcodes;
}

/**
 * Distance: linear from full points at 0 km to none at maxKm. An unknown
 * distance gives no points and says why: a missing postcode must not read as
 * next door, and guessing half would rank the unknown above real, longer commutes.
 */
export function distanceComponent(
  citizenPostcode: string | null,
  postcodes: readonly string[],
  dir: PostcodeDirectory,
  params: MatchParams = defaultMatchParams,
): ScoreComponent & { km: number | null } {
  const max = params.weights.distance;
  const unknown = (why: string) => ({ key: 'distance' as const, points: 0, max, km: null, reason: `${why} Afstanden er ukendt og giver ingen point.` });
  if (!citizenPostcode) return unknown('Borgerens postnummer mangler.');
  if (!dir.lookup(citizenPostcode)) return unknown(`Borgerens postnummer ${citizenPostcode} findes ikke i postnummerlisten.`);
  let nearest: { postcode: string; d: number } | undefined;
  for (const postcode of postcodes) {
    const d = distanceBetweenPostcodes(dir, citizenPostcode, postcode);
    if (d !== undefined && (!nearest || d < nearest.d)) nearest = { postcode, d };
  }
  if (!nearest) {
    return unknown(postcodes.length ? `Arbejdsstedets postnummer ${postcodes.join(', ')} findes ikke i postnummerlisten.` : 'Arbejdsstedet har intet postnummer.');
  }
  const points = round1(max * Math.max(0, 1 - nearest.d / params.maxKm));
  const approximate = [citizenPostcode, nearest.postcode].filter((code) => dir.lookup(code)?.approximate).map((code) => place(dir, code));
  const caveat = approximate.length
    ? ` Omtrentlig afstand: ${approximate.join(' og ')} er placeret ved kommunens største by, fordi postnummerets egen by ikke findes i stedlisten.`
    : '';
  const reason =
    nearest.postcode === citizenPostcode
      ? `Samme postnummer som borgeren (${place(dir, citizenPostcode)}).`
      : `${km(nearest.d)} fra borgerens postnummer ${place(dir, citizenPostcode)} til ${place(dir, nearest.postcode)}${nearest.d >= params.maxKm ? ` – ${params.maxKm} km eller mere giver 0 point` : ''}.${caveat}`;
  return { key: 'distance', points, max, km: round1(nearest.d), reason };
}

// ---------------------------------------------------------- ordinary hours

/** The shrunk share of placements that reached paid hours: (paid + 1) / (n + 2) with the defaults. */
export function ordinaryHoursShare(record: OrdinaryHoursRecord, params: MatchParams = defaultMatchParams): number {
  return (record.withPaidHours + params.priorPaid) / (record.placements + params.priorPlacements);
}

/**
 * Ordinary hours: the company's track record (shrunk towards 1/2 for few
 * placements), plus readiness in a cooperation agreement and an opening paid
 * from the start; capped at the component's max.
 */
export function ordinaryHoursComponent(
  record: OrdinaryHoursRecord,
  agreement: AgreementFacts | null,
  opening: OpeningFacts | null,
  params: MatchParams = defaultMatchParams,
): ScoreComponent {
  const max = params.weights.ordinary_hours;
  const shares = params.ordinaryHoursShares;
  const share = ordinaryHoursShare(record, params);
  let value = shares.record * share;
  const reasons: string[] = [];
  if (record.placements === 0) reasons.push(`ingen tidligere forløb her, så sporet tæller neutralt (${percent(share)})`);
  else {
    reasons.push(`${record.withPaidHours} af ${record.placements} tidligere forløb her fik ordinære timer (vægtet ${percent(share)} efter udjævning for få forløb)`);
  }
  if (agreement?.ordinaryHoursReadiness) {
    value += shares.readiness;
    reasons.push('samarbejdsaftale med parathed til ordinære timer');
  } else if (agreement) reasons.push('samarbejdsaftale uden parathed til ordinære timer');
  if (opening?.paidFromStart) {
    value += shares.paidFromStart;
    reasons.push('opslaget er med løn fra start');
  }
  return { key: 'ordinary_hours', points: round1(max * Math.min(1, value)), max, reason: `${capitalise(reasons.join('; '))}.` };
}

// ------------------------------------------------------------- open places

const placesText = (n: number) => (n === 1 ? '1 ledig plads' : `${n} ledige pladser`);

/** Open places: free places in the opening, or else in the company's fixed-place agreements. */
export function openPlacesComponent(candidate: CompanyCandidate, params: MatchParams = defaultMatchParams): ScoreComponent {
  const max = params.weights.open_places;
  const result = (fraction: number, reason: string): ScoreComponent => ({ key: 'open_places', points: round1(max * fraction), max, reason });
  const byCount = (free: number) => Math.min(free, params.fullPlaces) / params.fullPlaces;
  const { opening } = candidate;
  if (opening) {
    if (opening.status !== 'open') return result(0, `Opslaget er ${opening.status === 'filled' ? 'besat' : 'lukket'}.`);
    const free = Math.max(0, opening.places - opening.placesTaken);
    if (free === 0) return result(0, `Alle ${opening.places} pladser i opslaget er besat.`);
    return result(byCount(free), `${capitalise(placesText(free))} i opslaget (${opening.places} i alt).`);
  }
  const agreement = candidate.company.agreement;
  if (agreement?.fixedPlaces) {
    const free = Math.max(0, agreement.fixedPlaces - agreement.placesInUse);
    if (free > 0) {
      return result(byCount(free), `${capitalise(placesText(free))} i samarbejdsaftalen (${agreement.fixedPlaces} aftalt, ${agreement.placesInUse} i brug).`);
    }
    if (!agreement.open) return result(0, `Alle ${agreement.fixedPlaces} pladser i samarbejdsaftalen er i brug.`);
  }
  if (agreement?.open) return result(0.5, 'Åben samarbejdsaftale uden fast antal pladser: halve point.');
  return result(0, 'Ingen åben stilling og ingen samarbejdsaftale med ledige pladser.');
}

// ------------------------------------------------------------------- score

/** The score of one citizen against one company or opening. */
export function scoreMatch(citizen: CitizenProfile, candidate: CompanyCandidate, dir: PostcodeDirectory, params: MatchParams = defaultMatchParams): MatchScore {
  const { km: distanceKm, ...distance } = distanceComponent(citizen.postcode, candidatePostcodes(candidate), dir, params);
  const components: ScoreComponent[] = [
    jobGoalComponent(citizen.jobGoals, candidate, params),
    distance,
    ordinaryHoursComponent(candidate.company.record, candidate.company.agreement, candidate.opening, params),
    openPlacesComponent(candidate, params),
  ];
  return { score: round1(components.reduce((sum, c) => sum + c.points, 0)), distanceKm, components };
}

/**
 * What to score for a citizen: each open opening, and each company with no
 * open opening as a whole (a company with openings is represented by them).
 */
export function candidatesFor<C extends NetworkCompany>(
  companies: readonly C[],
  options: { openingsOnly?: boolean } = {},
): { company: C; opening: C['openings'][number] | null }[] {
  type Candidate = { company: C; opening: C['openings'][number] | null };
  return companies.flatMap((company): Candidate[] => {
    const open = company.openings.filter((o) => o.status === 'open');
    if (open.length) return open.map((opening) => ({ company, opening }));
    return options.openingsOnly ? [] : [{ company, opening: null }];
  });
}

/** The DB07 code a candidate is filed under: the opening's, else the company's. */
export function candidateIndustry(candidate: CompanyCandidate): string | null {
  return candidate.opening?.industryCode ?? candidate.company.industryCode;
}

// ----------------------------------------------------------------- ranking

export type Ranked<T> = MatchScore & { item: T; rank: number };

/**
 * Orders scored items: score descending, then distance ascending (unknown
 * last), then name (Danish collation), then a stable key; rank = position.
 */
function rankScored<T>(scored: (MatchScore & { item: T })[], name: (item: T) => string, key: (item: T) => string): Ranked<T>[] {
  const dist = (d: number | null) => (d === null ? Number.POSITIVE_INFINITY : d);
  return [...scored]
    .sort(
      (a, b) =>
        b.score - a.score ||
        dist(a.distanceKm) - dist(b.distanceKm) ||
        name(a.item).localeCompare(name(b.item), 'da') ||
        (key(a.item) < key(b.item) ? -1 : key(a.item) > key(b.item) ? 1 : 0),
    )
    .map((s, index) => ({ ...s, rank: index + 1 }));
}

const candidateName = (c: CompanyCandidate) => `${c.company.name}${c.opening ? ` – ${c.opening.title}` : ''}`;
const candidateKey = (c: CompanyCandidate) => `${c.company.id}/${c.opening?.id ?? ''}`;

/** Companies and openings for one citizen, best first. */
export function rankCompanies<T extends CompanyCandidate>(citizen: CitizenProfile, candidates: readonly T[], dir: PostcodeDirectory, params: MatchParams = defaultMatchParams): Ranked<T>[] {
  return rankScored(
    candidates.map((item) => ({ ...scoreMatch(citizen, item, dir, params), item })),
    candidateName,
    candidateKey,
  );
}

/** A citizen (one course) considered for a company or opening. */
export interface CitizenCandidate extends CitizenProfile {
  id: string;
  name: string;
}

/** Citizens for one company or opening, best first: the same components, the other way round. */
export function rankCitizens<T extends CitizenCandidate>(candidate: CompanyCandidate, citizens: readonly T[], dir: PostcodeDirectory, params: MatchParams = defaultMatchParams): Ranked<T>[] {
  return rankScored(
    citizens.map((item) => ({ ...scoreMatch(item, candidate, dir, params), item })),
    (c) => c.name,
    (c) => c.id,
  );
}
