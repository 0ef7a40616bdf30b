/**
 * Measuring instruments for the citizen's progression, with pure scoring.
 *
 * - WHO-5 wellbeing index and the General Self-Efficacy Scale (GSE) and the
 *   six BIP work-readiness indicators, as used in the social-support model
 *   (002 §3.3 and §7.1.3, "De anvendte måleredskaber").
 * - BRF-11, the 11 progression questions of Bedre Ressourceforløb (003 §2.1.4):
 *   8 to the citizen and 3 to the caseworker.
 *
 * Item texts are Jobspor's own Danish paraphrases of what each item asks
 * about; they are not the instruments' licensed wording. A missing item makes
 * the score null, never zero: a partly answered form is kept and shown as
 * incomplete, but it must not pull averages down.
 */
import { ctiMeasurementMonths, ctiMeasurementPlan, isCtiCourseLength } from '../models/cti-schedule.ts';
import type { ModelDefinition } from '../models/schema.ts';
import type { SourceRef } from '../rules/source.ts';

export const instrumentIds = ['WHO-5', 'GSE', 'BIP', 'BRF-11'] as const;
export type InstrumentId = (typeof instrumentIds)[number];

/** Who answers an item: the citizen, or a staff member in a course role. */
export type Respondent = 'citizen' | 'cti_worker' | 'caseworker';

export interface InstrumentItem {
  id: string;
  text: string;
  respondent: Respondent;
}

export interface ScoreBand {
  /** Stable id, also what the API returns as `band`. */
  id: string;
  label: string;
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound; null = no upper bound. */
  max: number | null;
}

export type Scoring =
  /** Raw sum times a factor (WHO-5: x 4 gives 0-100). */
  | { kind: 'sum'; factor: number }
  /** Mean of the items, rounded to two decimals. */
  | { kind: 'mean' };

export interface Instrument {
  id: InstrumentId;
  name: { da: string; en: string };
  /** What the instrument measures and how the score reads, in Danish. */
  description: string;
  /** The framing sentence shown above the items. */
  instruction: string;
  source: SourceRef;
  /** Answer scale: integer values from min to max; labels[i] names the value min + i. */
  scale: { min: number; max: number; labels: readonly string[] };
  items: readonly InstrumentItem[];
  scoring: Scoring;
  scoreRange: { min: number; max: number };
  bands: readonly ScoreBand[];
  /** Reference value from the source, for display next to a score. */
  reference?: { label: string; value: number; source: SourceRef };
}

const items = (prefix: string, texts: readonly string[], respondent: (n: number) => Respondent = () => 'citizen'): InstrumentItem[] =>
  texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text, respondent: respondent(i + 1) }));

const who5: Instrument = {
  id: 'WHO-5',
  name: { da: 'WHO-5 trivselsindeks', en: 'WHO-5 Well-Being Index' },
  description:
    'Fem spørgsmål om trivsel de seneste to uger. Råscoren (0-25) ganges med 4 og giver 0-100, hvor højere er bedre. 0-35: stor risiko for depression eller stressbelastning; 36-50: risiko; over 50: ingen umiddelbar risiko.',
  instruction: 'Tænk på de seneste to uger. Hvor stor en del af tiden passer udsagnet på dig?',
  source: { seed: '002', section: '7.1.3', note: 'afsnittet "Sensitivitetsanalyse af borgernes trivselsscore": seks svarkategorier 0-5, score 0-100 og tærskelværdier', numbers: [6, 5, 100, 35, 36, 50] },
  scale: { min: 0, max: 5, labels: ['Aldrig', 'En gang imellem', 'Mindre end halvdelen af tiden', 'Mere end halvdelen af tiden', 'Næsten hele tiden', 'Hele tiden'] },
  items: items('who', [
    'Mit humør har været lyst og godt.',
    'Jeg har kunnet slappe af og har haft ro i kroppen.',
    'Jeg har haft energi og lyst til at tage fat på ting.',
    'Når jeg er stået op, har jeg følt mig udhvilet.',
    'Min hverdag har haft indhold, der optog mig.',
  ]),
  scoring: { kind: 'sum', factor: 4 },
  scoreRange: { min: 0, max: 100 },
  bands: [
    { id: '0-35', label: 'Stor risiko for depression eller stressbelastning', min: 0, max: 35 },
    { id: '36-50', label: 'Risiko for depression eller stressbelastning', min: 36, max: 50 },
    { id: '>50', label: 'Ingen umiddelbar risiko for depression eller stressbelastning', min: 51, max: null },
  ],
  reference: { label: 'Gennemsnit i befolkningen', value: 68, source: { seed: '002', section: '3.3', numbers: [68] } },
};

const gse: Instrument = {
  id: 'GSE',
  name: { da: 'Tro på egne evner (General Self-Efficacy Scale)', en: 'General Self-Efficacy Scale' },
  description: 'Ti udsagn om tiltro til egen handleevne, hver besvaret 1-4. Scoren er summen, 10-40; højere betyder større tro på, at man kan klare de udfordringer, man står over for.',
  instruction: 'Hvor godt passer udsagnet på dig?',
  source: { seed: '002', section: '3.3', note: 'skala 10-40; se også Tabel 7-2 i 7.1.3', numbers: [10, 40] },
  scale: { min: 1, max: 4, labels: ['Passer ikke', 'Passer lidt', 'Passer nogenlunde', 'Passer helt'] },
  items: items('gse', [
    'Når jeg gør en ekstra indsats, kan jeg klare selv svære opgaver.',
    'Også når nogen modarbejder mig, finder jeg en vej til det, jeg gerne vil.',
    'Jeg holder fast i mine mål og når dem.',
    'Jeg klarer mig godt, når der sker noget uventet.',
    'Jeg har det, der skal til, for at håndtere situationer, jeg ikke havde forudset.',
    'De fleste problemer kan jeg løse, når jeg lægger kræfter i det.',
    'Jeg kan bevare roen, når det bliver svært, fordi jeg stoler på, at jeg kan klare det.',
    'Står jeg over for et problem, kan jeg som regel se flere veje ud af det.',
    'Kommer jeg i klemme, finder jeg som regel på en løsning.',
    'Jeg kan som regel håndtere det, der sker for mig.',
  ]),
  scoring: { kind: 'sum', factor: 1 },
  scoreRange: { min: 10, max: 40 },
  bands: [],
  reference: { label: 'Gennemsnit i befolkningen', value: 33, source: { seed: '002', section: '3.3', numbers: [33] } },
};

const bip: Instrument = {
  id: 'BIP',
  name: { da: 'BIP-indikatorer for arbejdsmarkedsparathed', en: 'BIP work-readiness indicators' },
  description:
    'Seks indikatorer fra Beskæftigelsesindikatorprojektet, hver besvaret 1-5 fra lav til høj arbejdsmarkedsparathed. De fem første besvares af borgeren, den sjette af CTI-medarbejderen. Scoren er gennemsnittet.',
  instruction: 'Vælg det svar, der passer bedst lige nu (1 = lav grad, 5 = høj grad).',
  source: {
    seed: '002',
    section: '3.3',
    note: 'samarbejde, viden om egne muligheder, overskud og CTI-medarbejderens vurdering er nævnt i teksten; helbred og brug af kompetencer er valgt fra de BIP-spørgsmål, 003 §2.1.4 gengiver, da figuren med alle seks ikke er bevaret',
  },
  scale: { min: 1, max: 5, labels: ['Meget lav grad', 'Lav grad', 'Middel', 'Høj grad', 'Meget høj grad'] },
  items: items(
    'bip',
    [
      'Hvor godt fungerer du sammen med andre mennesker?',
      'Ved du, hvad du selv kan gøre for at få bedre chancer for et arbejde?',
      'Har du kræfter nok i hverdagen til et arbejde, et beskæftigelsesforløb eller en uddannelse?',
      'Hvor godt passer dit helbred, fysisk og psykisk, til at have et arbejde?',
      'Tror du, at det, du kan, kan bruges på en arbejdsplads?',
      'Vurderer du, at borgeren er i arbejde inden for det næste år?',
    ],
    (n) => (n === 6 ? 'cti_worker' : 'citizen'),
  ),
  scoring: { kind: 'mean' },
  scoreRange: { min: 1, max: 5 },
  bands: [],
};

const brf11: Instrument = {
  id: 'BRF-11',
  name: { da: 'Progressionsmåling, 11 spørgsmål (Bedre Ressourceforløb)', en: 'Progression measure, 11 questions (Better Resource Programmes)' },
  description:
    'Elleve spørgsmål efter samme model som BIP: 1-8 besvares af borgeren, 9-11 af sagsbehandleren, hver 1-5 hvor højere er bedre. Stilles ved start og senere i forløbet. Scoren er gennemsnittet.',
  instruction: 'Vælg det svar, der passer bedst lige nu (1 = i meget lav grad, 5 = i meget høj grad).',
  source: { seed: '003', section: '2.1.4', note: 'spørgsmål 1-8 til borgeren, 9-11 til sagsbehandleren', numbers: [11] },
  scale: { min: 1, max: 5, labels: ['I meget lav grad', 'I lav grad', 'I nogen grad', 'I høj grad', 'I meget høj grad'] },
  items: items(
    'brf',
    [
      'I hvilken grad kan dine evner og erfaringer komme i spil på en arbejdsplads?',
      'Hvor godt passer dit samlede helbred, fysisk og psykisk, til at have et arbejde, fx på nedsat tid eller i fleksjob?',
      'Hvor meget overskud har du i hverdagen til at koncentrere dig om arbejde eller praktik?',
      'Hvor klart ved du, hvilket arbejde du gerne vil have?',
      'Har du en plan, der giver mening for dig, for hvordan du kommer i gang med at arbejde?',
      'Hvor godt fungerer du i samarbejde med andre?',
      'Har du en fast person, fx en mentor eller sagsbehandler, der lytter og hjælper, når du har brug for det?',
      'Kan du få hjælp fra familie, venner eller andre, når du har brug for det?',
      'Hvor realistisk er borgerens billede af, hvor på arbejdsmarkedet hans eller hendes evner kan bruges?',
      'Hvor godt formidler borgeren sig selv og sine evner, fx over for en arbejdsgiver?',
      'Hvor sandsynligt er det efter din vurdering, at borgeren er i job inden for det næste år?',
    ],
    (n) => (n >= 9 ? 'caseworker' : 'citizen'),
  ),
  scoring: { kind: 'mean' },
  scoreRange: { min: 1, max: 5 },
  bands: [],
};

export const instruments: Readonly<Record<InstrumentId, Instrument>> = { 'WHO-5': who5, GSE: gse, BIP: bip, 'BRF-11': brf11 };

export function isInstrumentId(value: string): value is InstrumentId {
  return (instrumentIds as readonly string[]).includes(value);
}

/** The band a score falls in, or null for a missing score or an instrument without bands. */
export function bandFor(instrument: Instrument, score: number | null): ScoreBand | null {
  if (score === null) return null;
  return instrument.bands.find((b) => score >= b.min && (b.max === null || score <= b.max)) ?? null;
}

export type AnswerMap = Record<string, number | null>;

export type ScoreResult =
  | {
      ok: true;
      /** Every item of the instrument, in order; null where unanswered. */
      answers: AnswerMap;
      score: number | null;
      complete: boolean;
      band: ScoreBand | null;
    }
  /** Danish reasons keyed by item id (the caller prefixes the field path). */
  | { ok: false; errors: Record<string, string> };

/**
 * Checks and scores one filled-in form. Unknown items and answers outside the
 * scale are refused; null or absent items are allowed and make the score null.
 */
export function scoreAnswers(instrument: Instrument, answers: Readonly<Record<string, unknown>>): ScoreResult {
  const errors: Record<string, string> = {};
  const known = new Set(instrument.items.map((i) => i.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors[key] = `Ukendt spørgsmål for ${instrument.id} (gyldige: ${instrument.items.map((i) => i.id).join(', ')}).`;
  }
  const { min, max } = instrument.scale;
  const normalised: AnswerMap = {};
  for (const item of instrument.items) {
    const value = answers[item.id];
    if (value === undefined || value === null) {
      normalised[item.id] = null;
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors[item.id] = `Svaret skal være et helt tal fra ${min} til ${max}.`;
    } else {
      normalised[item.id] = value;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const values = Object.values(normalised);
  const complete = values.every((v) => v !== null);
  const score = complete ? computeScore(instrument.scoring, values as number[]) : null;
  return { ok: true, answers: normalised, score, complete, band: bandFor(instrument, score) };
}

function computeScore(scoring: Scoring, values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  if (scoring.kind === 'sum') return sum * scoring.factor;
  return Math.round((sum / values.length) * 100) / 100;
}

/** Instruments taken at each CTI measurement point when a model does not list its own (002 §7.1.3). */
export const defaultCtiInstruments: readonly string[] = ['WHO-5', 'GSE', 'BIP'];

export interface SupportCourseDates {
  courseId: string;
  /** First day of the course (the start meeting): the baseline's day (002 §7.1.3). */
  courseStartDate: string;
  plannedMonths: number;
  startDate: string;
  /** The CTI course's actual end, if ended. */
  endDate: string | null;
  /** The whole course's end, if ended. */
  courseEndDate: string | null;
}

export interface ScheduledPoint {
  courseId: string;
  instrument: string;
  point: number;
  dueDate: string;
  done: boolean;
}

/**
 * The progression measurements a CTI support course calls for: the model's
 * measurement_schedule rule (instruments and months for the planned length),
 * or the 002 defaults, dated by ctiMeasurementPlan: the baseline at the
 * course start, the later points from the CTI start; middle points after
 * the CTI course or the course ended are left out and the closing point is
 * always kept, as in the rule engine. A point is done when a measurement with that instrument and
 * point is recorded for the course.
 */
export function ctiSchedule(
  support: SupportCourseDates,
  definition: ModelDefinition | undefined,
  recorded: readonly { courseId: string | null; instrument: string; point: number }[],
): ScheduledPoint[] {
  if (!isCtiCourseLength(support.plannedMonths)) return [];
  const rule = definition?.coreElements.flatMap((e) => e.rules).find((r) => r.type === 'measurement_schedule');
  const instrumentList = rule?.type === 'measurement_schedule' ? rule.instruments : defaultCtiInstruments;
  const months =
    (rule?.type === 'measurement_schedule' ? rule.schedules.find((s) => s.courseMonths === support.plannedMonths)?.months : undefined) ??
    ctiMeasurementMonths[support.plannedMonths];
  const ends = [support.endDate, support.courseEndDate].filter((d): d is string => d !== null).sort();
  const lastDay = ends[0];
  const points = ctiMeasurementPlan({ courseStart: support.courseStartDate, ctiStart: support.startDate, months, ...(lastDay ? { lastDay } : {}) });
  return points.flatMap((p) =>
    instrumentList.map((instrument) => ({
      courseId: support.courseId,
      instrument,
      point: p.point,
      dueDate: p.date,
      done: recorded.some((m) => m.courseId === support.courseId && m.instrument === instrument && m.point === p.point),
    })),
  );
}
