/**
 * A company placement (virksomhedsforløb): its types, how it ends, the dates
 * it may carry, when aftercare (efterværn) applies and how its contacts are
 * made, and the follow-up form at the company with its ratings.
 *
 * Dates: a placement may be registered up to 90 days before it starts (the
 * work agreement is made before the start, 000 §4.4), never before the
 * course's enrolment nor after its end. It ends on a day that has come (today
 * or earlier) and not before it started; the end date is the last day at the
 * company. One registered ahead may be cancelled until it starts, while
 * nothing has been recorded on it.
 */
import { fromDay, toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';
import { placementTypes, type PlacementType } from '../rules/facts.ts';
import { placementTypeLabels } from '../rules/labels.ts';

export { placementTypes, type PlacementType };

/** How far ahead a placement may be registered. */
export const MAX_DAYS_AHEAD = 90;

export const endReasons = ['completed', 'converted_to_paid', 'company_would_not_pay', 'too_demanding', 'citizen_ended', 'moved', 'other'] as const;
export type EndReason = (typeof endReasons)[number];

export const endReasonLabels: Record<EndReason, string> = {
  completed: 'Gennemført som planlagt',
  converted_to_paid: 'Overgået til lønnede timer',
  company_would_not_pay: 'Virksomheden ville ikke betale for timer',
  too_demanding: 'For krævende for borgeren',
  citizen_ended: 'Borgeren stoppede',
  moved: 'Borgeren er flyttet',
  other: 'Andet',
};

/**
 * Ordinary employment: paid, unsubsidised work or education, the outcomes the
 * models aim at. Løntilskud is paid but subsidised, so it is not among them.
 */
export const ordinaryEmploymentTypes = ['ordinary_hours', 'job', 'fleksjob', 'education'] as const satisfies readonly PlacementType[];

/** Types where the citizen is paid by the company (subsidised or not). */
export const paidPlacementTypes = ['loentilskud', 'ordinary_hours', 'job', 'fleksjob', 'hybrid'] as const satisfies readonly PlacementType[];

export function isOrdinaryEmployment(type: PlacementType): boolean {
  return (ordinaryEmploymentTypes as readonly PlacementType[]).includes(type);
}

export function isPaid(type: PlacementType): boolean {
  return (paidPlacementTypes as readonly PlacementType[]).includes(type);
}

/**
 * Aftercare (efterværn, retention support after the job starts, 002) applies
 * to ordinary employment and to a placement that turned into paid work.
 * Returns the Danish reason when it does not apply, null when it does.
 */
export function aftercareRefusal(placement: { type: PlacementType; endReason: EndReason | null }): string | null {
  if (isOrdinaryEmployment(placement.type) || placement.endReason === 'converted_to_paid') return null;
  return `Efterværn registreres kun ved ordinær beskæftigelse (ordinære timer, job, fleksjob eller uddannelse) eller efter et forløb, der er overgået til lønnede timer; dette er ${placementTypeLabels[placement.type]}.`;
}

/** How an aftercare contact was made. */
export const aftercareKinds = ['phone', 'meeting', 'company_visit', 'sms', 'email'] as const;
export type AftercareKind = (typeof aftercareKinds)[number];

export const aftercareKindLabels: Record<AftercareKind, string> = {
  phone: 'Telefon',
  meeting: 'Møde',
  company_visit: 'Besøg på virksomheden',
  sms: 'Sms',
  email: 'E-mail',
};

/** Who an aftercare contact was with. */
export const aftercareWith = ['citizen', 'company', 'both'] as const;
export type AftercareWith = (typeof aftercareWith)[number];

export const aftercareWithLabels: Record<AftercareWith, string> = {
  citizen: 'borgeren',
  company: 'virksomheden',
  both: 'borgeren og virksomheden',
};

/**
 * Aftercare contacts that count as a follow-up at the company for the rule
 * `follow_up_interval`: a meeting or visit with the company present. On an
 * ordinary job the retention contacts are recorded as aftercare, and the
 * model's follow-up covers it (000 KE6, 004 TRIN 3), so they must count.
 * Phone, SMS and e-mail do not (000 §4.6.2 keeps them beside the visits).
 */
export const aftercareFollowUpKinds = ['meeting', 'company_visit'] as const satisfies readonly AftercareKind[];
export const aftercareFollowUpWith = ['company', 'both'] as const satisfies readonly AftercareWith[];

/** Field error for a placement's start, or null. */
export function checkPlacementStart(from: string, course: { enrolmentDate: string; endDate: string | null }, today: string): string | null {
  if (from < course.enrolmentDate) return `Startdatoen kan ikke ligge før forløbets start (${danishDateOf(course.enrolmentDate)}).`;
  if (course.endDate !== null && from > course.endDate) return `Forløbet sluttede ${danishDateOf(course.endDate)}; et virksomhedsforløb kan ikke starte derefter.`;
  const latest = fromDay(toDay(today) + MAX_DAYS_AHEAD);
  if (from > latest) return `Et virksomhedsforløb kan højst registreres ${MAX_DAYS_AHEAD} dage før start (senest startdato ${danishDateOf(latest)}).`;
  return null;
}

/** Field error for a placement's last day, or null. */
export function checkPlacementEnd(to: string, placement: { from: string }, today: string): string | null {
  if (to < placement.from) return `Slutdatoen kan ikke ligge før forløbets start (${danishDateOf(placement.from)}).`;
  if (to > today) return 'Slutdatoen kan ikke ligge i fremtiden. Afslut forløbet, når den sidste dag er nået.';
  return null;
}

/** What has been recorded on a placement: weeks with actual hours, follow-ups and aftercare contacts. */
export interface PlacementRecords {
  actualHoursWeeks: number;
  followUps: number;
  aftercareContacts: number;
}

/**
 * Why a placement cannot be cancelled (Danish), or null when it can. Only a
 * placement registered ahead that has not started (its first day is after
 * today) and has nothing recorded on it (no actual hours, follow-ups or
 * aftercare contacts) can be cancelled; a started one is ended instead.
 */
export function cancelRefusal(placement: { from: string; to: string | null }, records: PlacementRecords, today: string): string | null {
  if (placement.to !== null) return `Virksomhedsforløbet er afsluttet (sidste dag ${danishDateOf(placement.to)}) og kan ikke annulleres.`;
  if (placement.from <= today) return `Virksomhedsforløbet startede ${danishDateOf(placement.from)} og kan ikke annulleres. Afslut det i stedet.`;
  const recorded = [
    records.actualHoursWeeks > 0 ? 'faktiske timer' : null,
    records.followUps > 0 ? 'opfølgninger' : null,
    records.aftercareContacts > 0 ? 'efterværnskontakter' : null,
  ].filter((r): r is string => r !== null);
  if (recorded.length) {
    const list = recorded.length > 1 ? `${recorded.slice(0, -1).join(', ')} og ${recorded.at(-1)}` : recorded[0];
    return `Der er registreret ${list} på virksomhedsforløbet, så det kan ikke annulleres.`;
  }
  return null;
}

/**
 * Whether a placement runs on `day` (the end date is its last day; none, or
 * null, while it runs). Also whether a cooperation agreement is in force.
 */
export function isRunning(period: { from: string; to?: string | null }, day: string): boolean {
  const to = period.to ?? null;
  return period.from <= day && (to === null || to >= day);
}

// ---- Follow-up at the company ----

/**
 * The BRF follow-up form (003) rates the development since the last
 * follow-up, 1-5, on five points; STV's companies rate the citizen's
 * effectiveness 0-10 (001, e.g. 8/10 is the point to talk about paid hours).
 */
export const followUpRatings = ['tasksSolved', 'stability', 'independence', 'cooperation', 'appearance'] as const;
export type FollowUpRating = (typeof followUpRatings)[number];

export const followUpRatingLabels: Record<FollowUpRating, string> = {
  tasksSolved: 'Løser opgaverne',
  stability: 'Stabilitet',
  independence: 'Selvstændighed',
  cooperation: 'Samarbejde',
  appearance: 'Fremtoning',
};

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const EFFECTIVENESS_MAX = 10;

export interface FollowUpDates {
  heldOn: string;
  nextFollowUpOn?: string | null;
  ratings?: Partial<Record<FollowUpRating, number | null>> | null;
  effectiveness?: number | null;
}

/** Field errors (Danish) for a follow-up on a placement that started `placementFrom`; empty when valid. */
export function checkFollowUp(input: FollowUpDates, placementFrom: string, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.heldOn > today) errors.heldOn = 'En opfølgning kan ikke registreres i fremtiden.';
  else if (input.heldOn < placementFrom) errors.heldOn = `Opfølgningen kan ikke ligge før virksomhedsforløbets start (${danishDateOf(placementFrom)}).`;
  if (input.nextFollowUpOn && input.nextFollowUpOn < input.heldOn) errors.nextFollowUpOn = 'Næste opfølgning kan ikke ligge før denne opfølgning.';
  for (const key of followUpRatings) {
    const value = input.ratings?.[key];
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < RATING_MIN || value > RATING_MAX) {
      errors[`ratings.${key}`] = `${followUpRatingLabels[key]} vurderes med et helt tal fra ${RATING_MIN} til ${RATING_MAX}.`;
    }
  }
  const eff = input.effectiveness;
  if (eff !== null && eff !== undefined && (!Number.isInteger(eff) || eff < 0 || eff > EFFECTIVENESS_MAX)) {
    errors.effectiveness = `Effektiviteten vurderes med et helt tal fra 0 til ${EFFECTIVENESS_MAX}.`;
  }
  return errors;
}

/** Field errors for an aftercare contact; empty when valid. */
export function checkAftercareContact(input: { date: string; nextContactOn?: string | null }, placementFrom: string, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.date > today) errors.date = 'En kontakt kan ikke registreres i fremtiden.';
  else if (input.date < placementFrom) errors.date = `Kontakten kan ikke ligge før forløbets start (${danishDateOf(placementFrom)}).`;
  if (input.nextContactOn && input.nextContactOn < input.date) errors.nextContactOn = 'Næste kontakt kan ikke ligge før denne kontakt.';
  return errors;
}

/**
 * The next planned follow-up: the date set at the latest follow-up; when that
 * follow-up set none, the agreement's cadence counted from it (the follow-up
 * plan still holds); before any follow-up, the agreement's first date; else none.
 */
export function nextFollowUpOn(
  latestFollowUp: { heldOn: string; nextFollowUpOn: string | null } | undefined,
  plan: { firstDate: string | null; cadenceDays: number | null } | null,
): string | null {
  if (latestFollowUp) {
    if (latestFollowUp.nextFollowUpOn) return latestFollowUp.nextFollowUpOn;
    return plan?.cadenceDays ? fromDay(toDay(latestFollowUp.heldOn) + plan.cadenceDays) : null;
  }
  return plan?.firstDate ?? null;
}

/**
 * Since when a work agreement has lacked both an ordinary-hours clause and a
 * declaration of intent: the day of the earliest version in the unbroken run
 * of such versions up to the current one; null when the current version has
 * either. Versions in any order.
 */
export function missingOrdinaryHoursSince(versions: readonly { versionNo: number; madeOn: string; ordinaryHoursClause: boolean; declarationOfIntent: boolean }[]): string | null {
  const sorted = [...versions].sort((a, b) => a.versionNo - b.versionNo);
  let since: string | null = null;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const v = sorted[i]!;
    if (v.ordinaryHoursClause || v.declarationOfIntent) break;
    since = v.madeOn;
  }
  return since;
}
