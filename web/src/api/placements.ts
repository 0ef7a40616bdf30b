/**
 * Types and calls for matching citizens with companies, work agreements and
 * company placements (hours, follow-ups, aftercare), mirroring
 * docs/contracts/companies-api.md sections B and C by hand. Dates are
 * 'YYYY-MM-DD', hours numbers with one decimal.
 */
import { query, request } from './client.ts';
import type { Industry, Industry10, PlacementEndReason, PlacementType, ScoreComponent } from './companies.ts';
import type { PersonRef } from './courses.ts';
import type { HoursGoal, MonthPaid } from '../../../src/domain/placements/hours.ts';

export type { PersonRef } from './courses.ts';

const enc = encodeURIComponent;

// ---- Shared shapes (contract "Shared shapes", mirrored once in api/companies.ts) ----

export { industry10Groups, placementTypes, placementEndReasons as endReasons, scoreComponentKeys as scoreKeys } from './companies.ts';
export type {
  Industry,
  Industry10,
  PlacementType,
  PlacementEndReason,
  ScoreComponent,
  ScoreComponentKey as ScoreKey,
} from './companies.ts';

// ---- B. Matching ----

export interface MatchSuggestion {
  company: { id: string; name: string; industry: Industry; postcode: string | null; city: string | null };
  opening: { id: string; title: string; hoursMin: number; hoursMax: number; paidFromStart: boolean } | null;
  /** 0-100, the sum of the components' points. */
  score: number;
  rank: number;
  distanceKm: number | null;
  components: ScoreComponent[];
}

export interface SuggestionJobGoal {
  tier: string;
  occupationCode: string | null;
  occupationText: string | null;
  industryCode: string | null;
}

export interface MatchSuggestions {
  citizen: { id: string; name: string; postcode: string | null; city: string | null };
  jobGoals: SuggestionJobGoal[];
  suggestions: MatchSuggestion[];
}

export interface SuggestionQuery {
  limit?: number;
  maxKm?: number | null;
  industry10?: Industry10 | null;
  openingsOnly?: boolean;
}

export interface Match {
  id: string;
  courseId: string;
  company: { id: string; name: string };
  opening: { id: string; title: string } | null;
  consultant: PersonRef;
  matchedOn: string;
  rationale: string;
  score: { score: number; components: ScoreComponent[] } | null;
  status: 'agreed' | 'withdrawn';
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  createdAt: string;
}

export interface MatchCreate {
  companyId: string;
  openingId?: string;
  consultantId?: string;
  matchedOn: string;
  rationale: string;
}

// ---- C. Work agreements ----

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const ordinaryHoursKinds = ['none', 'now', 'declaration_of_intent'] as const;
export type OrdinaryHoursKind = (typeof ordinaryHoursKinds)[number];

export const mentorKinds = ['social', 'company', 'retention'] as const;
export type MentorKind = (typeof mentorKinds)[number];

export interface WorkAgreementContent {
  tasks: string;
  /** Total planned hours per week, 0.5-80, paid ordinary hours included. */
  hoursPerWeek: number;
  /** When given, the days add up to hoursPerWeek. */
  weekdayHours?: Partial<Record<Weekday, number>> | null;
  subGoals: { text: string; targetDate: string | null }[];
  ordinaryHours: { kind: OrdinaryHoursKind; hoursPerWeek: number | null; from: string | null; text: string | null };
  /** Skånehensyn. */
  accommodations: string | null;
  companyContact: { name: string; phone: string | null; email: string | null };
  followUpPlan: { cadenceDays: number; firstDate: string };
  mentor: { name: string; kind: MentorKind } | null;
  /** Hjælpemidler. */
  aids: string | null;
  placementType: PlacementType;
  plannedFrom: string | null;
  plannedTo: string | null;
}

export interface AgreedOn {
  citizenAgreedOn: string | null;
  companyAgreedOn: string | null;
  jobcentreAgreedOn: string | null;
}

export interface WorkAgreementVersion extends AgreedOn {
  versionNo: number;
  madeOn: string;
  content: WorkAgreementContent;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
  createdAt: string;
  createdBy: PersonRef | null;
}

export type WorkAgreementVersionInfo = Omit<WorkAgreementVersion, 'content'>;

export interface WorkAgreement {
  id: string;
  courseId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string; cvr: string };
  matchId: string | null;
  placementId: string | null;
  current: WorkAgreementVersion;
  versions: WorkAgreementVersionInfo[];
}

/** What one saved version holds besides who saved it: the day it was made, the content and the parties' dates. */
export interface AgreementTerms extends AgreedOn {
  madeOn: string;
  content: WorkAgreementContent;
}

export interface WorkAgreementCreate extends AgreementTerms {
  companyId: string;
  matchId?: string;
}

// ---- C. Placements ----

export interface HoursWeek {
  weekStart: string;
  plannedUnpaidHours: number;
  plannedPaidHours: number;
  actualUnpaidHours: number | null;
  actualPaidHours: number | null;
  note: string | null;
}

export interface HoursInput {
  plannedUnpaidHours: number;
  plannedPaidHours: number;
  actualUnpaidHours?: number | null;
  actualPaidHours?: number | null;
  note?: string | null;
}

export interface HoursProgression {
  weeks: { weekStart: string; unpaid: number | null; paid: number | null; plannedUnpaid: number; plannedPaid: number }[];
  firstPaidWeek: string | null;
  latestPaid: number | null;
  trend: 'rising' | 'flat' | 'falling' | 'none';
  /** Actual paid hours per calendar month (a week spanning two months is split by its days). */
  months: MonthPaid[];
  /** The course's model's hours goal; null when the model has none. */
  goal: HoursGoal | null;
  /** Whether some week (weekly goal) or calendar month (monthly goal) reached the goal; null without a goal. */
  reached: boolean | null;
}

export const ratingKeys = ['tasksSolved', 'stability', 'independence', 'cooperation', 'appearance'] as const;
export type RatingKey = (typeof ratingKeys)[number];

export interface FollowUp {
  id: string;
  heldOn: string;
  staff: PersonRef | null;
  attendeeRoles: string[];
  goalStillRight: boolean | null;
  goalNote: string | null;
  subGoalsAdjusted: string | null;
  otherOffersNeeded: string | null;
  equalTermsTasks: string | null;
  ratings: Record<RatingKey, number | null>;
  effectiveness: number | null;
  note: string | null;
  nextFollowUpOn: string | null;
  createdAt: string;
}

export interface FollowUpCreate {
  heldOn: string;
  attendeeRoles?: string[];
  goalStillRight?: boolean | null;
  goalNote?: string | null;
  subGoalsAdjusted?: string | null;
  otherOffersNeeded?: string | null;
  equalTermsTasks?: string | null;
  ratings?: Partial<Record<RatingKey, number | null>>;
  effectiveness?: number | null;
  note?: string | null;
  nextFollowUpOn?: string | null;
}

export const aftercareKinds = ['phone', 'meeting', 'company_visit', 'sms', 'email'] as const;
export type AftercareKind = (typeof aftercareKinds)[number];
export const aftercareParties = ['citizen', 'company', 'both'] as const;
export type AftercareParty = (typeof aftercareParties)[number];

export interface AftercareContact {
  id: string;
  date: string;
  kind: AftercareKind;
  withWhom: AftercareParty;
  staff: PersonRef | null;
  note: string | null;
  nextContactOn: string | null;
}

export interface AftercareCreate {
  date: string;
  kind: AftercareKind;
  withWhom: AftercareParty;
  note?: string | null;
  nextContactOn?: string | null;
}

export interface PlacementSummary {
  id: string;
  courseId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string };
  opening: { id: string; title: string } | null;
  type: PlacementType;
  from: string;
  to: string | null;
  endReason: PlacementEndReason | null;
  endNote: string | null;
  running: boolean;
  workAgreementId: string | null;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
  latestWeek: HoursWeek | null;
  paidHoursTotal: number;
  nextFollowUpOn: string | null;
  version: number;
}

/** A phase change the request made in the same transaction (model transition). */
export interface PhaseChange {
  from: string;
  to: string;
  on: string;
}

export interface Placement extends PlacementSummary {
  matchId: string | null;
  /** Oldest first. */
  hours: HoursWeek[];
  /** Newest first. */
  followUps: FollowUp[];
  aftercare: AftercareContact[];
  createdBy: PersonRef | null;
  phaseChange: PhaseChange | null;
}

export interface PlacementCreate {
  companyId: string;
  type: PlacementType;
  from: string;
  openingId?: string;
  matchId?: string;
  workAgreementId?: string;
  plannedUnpaidHours?: number;
  plannedPaidHours?: number;
}

export interface PlacementEnd {
  version: number;
  to: string;
  endReason: PlacementEndReason;
  endNote?: string | null;
}

export interface PlacementCancel {
  version: number;
  /** Why it is cancelled, 1-500 characters. */
  reason: string;
}

export interface PlacementCancelled {
  cancelled: true;
  /** The phase move the placement's start had made, now taken back (the course is in `from` again). */
  phaseChangeUndone: PhaseChange | null;
}

/** Aftercare is offered on paid outcomes (and after a placement converted to paid work). */
export const aftercareTypes: readonly PlacementType[] = ['job', 'fleksjob', 'ordinary_hours', 'education'];

export function allowsAftercare(placement: Pick<PlacementSummary, 'type' | 'endReason'>): boolean {
  return aftercareTypes.includes(placement.type) || placement.endReason === 'converted_to_paid';
}

// ---- Calls ----

export const placementsApi = {
  // Matching
  suggestions: (courseId: string, params: SuggestionQuery = {}) =>
    request<MatchSuggestions>('GET', `/api/courses/${enc(courseId)}/match-suggestions${query({ limit: params.limit, maxKm: params.maxKm, industry10: params.industry10, openingsOnly: params.openingsOnly || undefined })}`),
  matches: (courseId: string) => request<{ matches: Match[] }>('GET', `/api/courses/${enc(courseId)}/matches`),
  createMatch: (courseId: string, body: MatchCreate) => request<Match>('POST', `/api/courses/${enc(courseId)}/matches`, body),
  withdrawMatch: (id: string, withdrawnOn: string, withdrawnReason: string) =>
    request<Match>('PATCH', `/api/matches/${enc(id)}`, { withdrawnOn, withdrawnReason }),

  // Work agreements
  workAgreements: (courseId: string) => request<{ workAgreements: WorkAgreement[] }>('GET', `/api/courses/${enc(courseId)}/work-agreements`),
  workAgreement: (id: string) => request<WorkAgreement>('GET', `/api/work-agreements/${enc(id)}`),
  workAgreementVersion: (id: string, versionNo: number) =>
    request<WorkAgreementVersion>('GET', `/api/work-agreements/${enc(id)}/versions/${versionNo}`),
  createWorkAgreement: (courseId: string, body: WorkAgreementCreate) =>
    request<WorkAgreement>('POST', `/api/courses/${enc(courseId)}/work-agreements`, body),
  saveWorkAgreement: (id: string, baseVersion: number, terms: AgreementTerms) =>
    request<WorkAgreement>('PUT', `/api/work-agreements/${enc(id)}`, { baseVersion, ...terms }),
  workAgreementPrintUrl: (id: string, versionNo?: number) => `/api/work-agreements/${enc(id)}/print${query({ version: versionNo })}`,
  workAgreementPdfUrl: (id: string, versionNo?: number) => `/api/work-agreements/${enc(id)}/pdf${query({ version: versionNo })}`,

  // Placements
  citizenPlacements: (citizenId: string) => request<{ placements: PlacementSummary[] }>('GET', `/api/citizens/${enc(citizenId)}/placements`),
  coursePlacements: (courseId: string) => request<{ placements: PlacementSummary[] }>('GET', `/api/courses/${enc(courseId)}/placements`),
  createPlacement: (courseId: string, body: PlacementCreate) => request<Placement>('POST', `/api/courses/${enc(courseId)}/placements`, body),
  placement: (id: string) => request<Placement>('GET', `/api/placements/${enc(id)}`),
  patchPlacement: (id: string, body: { version: number; type?: PlacementType; workAgreementId?: string | null }) =>
    request<Placement>('PATCH', `/api/placements/${enc(id)}`, body),
  endPlacement: (id: string, body: PlacementEnd) => request<Placement>('POST', `/api/placements/${enc(id)}/end`, body),
  cancelPlacement: (id: string, body: PlacementCancel) => request<PlacementCancelled>('POST', `/api/placements/${enc(id)}/cancel`, body),
  hours: (id: string) => request<{ hours: HoursWeek[]; progression: HoursProgression }>('GET', `/api/placements/${enc(id)}/hours`),
  saveHours: (id: string, weekStart: string, body: HoursInput) =>
    request<HoursWeek>('PUT', `/api/placements/${enc(id)}/hours/${enc(weekStart)}`, body),
  createFollowUp: (id: string, body: FollowUpCreate) => request<FollowUp>('POST', `/api/placements/${enc(id)}/follow-ups`, body),
  createAftercare: (id: string, body: AftercareCreate) => request<AftercareContact>('POST', `/api/placements/${enc(id)}/aftercare`, body),
};
