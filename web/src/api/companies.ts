/**
 * Types and calls for the company network: companies, contact persons, the
 * contact log, cooperation agreements, openings, the company's placements,
 * the CSV import, the consultant's worklist and the reverse matching
 * (candidates for a company or an opening), mirrored by hand from
 * docs/contracts/companies-api.md sections A and B.
 */
// Vocabulary shared with the server: the lists live in the domain (zod-free modules).
import type { AgreementKind, InteractionKind, OpeningStatus, Sector, SizeBand } from '../../../src/domain/companies/company.ts';
import type { ComponentKey as ScoreComponentKey } from '../../../src/domain/companies/matching.ts';
export { agreementKinds, interactionKinds, openingStatuses, sectors, sizeBands } from '../../../src/domain/companies/company.ts';
export type { AgreementKind, InteractionKind, OpeningStatus, Sector, SizeBand } from '../../../src/domain/companies/company.ts';
export { componentKeys as scoreComponentKeys, type ComponentKey as ScoreComponentKey } from '../../../src/domain/companies/matching.ts';
import type { Industry10 } from '../../../src/domain/companies/industry.ts';
import { query, request } from './client.ts';
import type { CvContent } from './records.ts';

export { industry10Groups } from '../../../src/domain/companies/industry.ts';
export type { Industry10 } from '../../../src/domain/companies/industry.ts';

const enc = encodeURIComponent;

// ---- Shared shapes ----

export interface PersonRef {
  id: string;
  name: string;
}

export interface Industry {
  code: string | null;
  group10: Industry10 | null;
  /** Danish name of the 10-group. */
  label: string | null;
}

export interface Address {
  id: string;
  kind: 'main' | 'workplace';
  addressLine: string | null;
  postcode: string;
  city: string | null;
}

export const placementTypes = ['virksomhedspraktik', 'loentilskud', 'ordinary_hours', 'hybrid', 'fleksjob', 'job', 'education', 'snusepraktik'] as const;
export type PlacementType = (typeof placementTypes)[number];

export const placementEndReasons = ['completed', 'converted_to_paid', 'company_would_not_pay', 'too_demanding', 'citizen_ended', 'moved', 'other'] as const;
export type PlacementEndReason = (typeof placementEndReasons)[number];

// ---- Companies (section A) ----

export interface CompanySummary {
  id: string;
  cvr: string;
  name: string;
  industry: Industry;
  sizeBand: SizeBand | null;
  sector: Sector;
  /** Of the main address. */
  postcode: string | null;
  city: string | null;
  owner: PersonRef | null;
  ownerUnit: { id: string; name: string } | null;
  lastInteractionOn: string | null;
  openOpenings: number;
  runningPlacements: number;
  hasCooperationAgreement: boolean;
  /** An agreement in force says the company is ready for ordinary hours. */
  ordinaryHoursReady: boolean;
}

export interface Company extends CompanySummary {
  phone: string | null;
  email: string | null;
  website: string | null;
  note: string | null;
  addresses: Address[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AddressInput {
  kind: 'main' | 'workplace';
  addressLine?: string | null;
  postcode: string;
  city?: string | null;
}

export interface CompanyInput {
  cvr: string;
  name: string;
  industryCode?: string | null;
  sizeBand?: SizeBand | null;
  sector?: Sector;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  note?: string | null;
  /** Default: the caller. */
  ownerStaffId?: string | null;
  /** At least one, exactly one 'main'. */
  addresses: AddressInput[];
}

export type CompanyPatch = Partial<CompanyInput> & { version: number };

export interface CompanyStats {
  placementsRunning: number;
  placementsPast: number;
  /** Actual paid ordinary hours at the company, all placements. */
  paidHoursTotal: number;
  /** Placements with paid hours > 0 or ended converted_to_paid. */
  placementsWithPaidHours: number;
  /** Placements ended converted_to_paid. */
  conversions: number;
}

export interface ContactPerson {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  active: boolean;
}

export interface ContactPersonInput {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
}

export type ContactPersonPatch = Partial<ContactPersonInput> & { active?: boolean };


export interface Interaction {
  id: string;
  kind: InteractionKind;
  date: string;
  staff: PersonRef;
  contactPerson: PersonRef | null;
  note: string | null;
  createdAt: string;
}

export interface InteractionInput {
  kind: InteractionKind;
  date: string;
  contactPersonId?: string | null;
  note?: string | null;
}


export interface AgreementTerms {
  kind: AgreementKind;
  places: number | null;
  ordinaryHoursReadiness: boolean;
  from: string;
  to: string | null;
  note: string | null;
}

export interface AgreementVersion extends AgreementTerms {
  versionNo: number;
  reason: string | null;
  createdAt: string;
  createdBy: PersonRef | null;
}

export interface CooperationAgreement extends AgreementTerms {
  id: string;
  inForce: boolean;
  version: number;
  versions: AgreementVersion[];
  /** Running placements at the company while the agreement is in force. */
  placesInUse: number;
}

export interface AgreementInput {
  kind: AgreementKind;
  places?: number | null;
  ordinaryHoursReadiness: boolean;
  from: string;
  to?: string | null;
  note?: string | null;
}

/** A renegotiation: the new terms, the version they replace and why. */
export type AgreementRenegotiation = AgreementInput & { version: number; reason: string };


export interface Opening {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  tasks: string;
  occupationCode: string | null;
  industry: Industry;
  postcode: string;
  city: string | null;
  hoursMin: number;
  hoursMax: number;
  paidFromStart: boolean;
  places: number;
  placesTaken: number;
  status: OpeningStatus;
  openFrom: string;
  openTo: string | null;
  contactPerson: PersonRef | null;
  version: number;
}

export interface OpeningInput {
  title: string;
  tasks: string;
  occupationCode?: string | null;
  /** Defaults to the company's. */
  industryCode?: string | null;
  postcode: string;
  hoursMin: number;
  hoursMax: number;
  paidFromStart: boolean;
  places: number;
  openFrom: string;
  openTo?: string | null;
  contactPersonId?: string | null;
}

export type OpeningPatch = Partial<OpeningInput> & { version: number; status?: OpeningStatus };

export interface CompanyPlacement {
  id: string;
  type: PlacementType;
  from: string;
  to: string | null;
  endReason: PlacementEndReason | null;
  /** Null when the citizen is outside the caller's scope. */
  citizen: { id: string; name: string; courseId: string } | null;
  paidHoursTotal: number;
  unpaidHoursTotal: number;
  latestWeek: { weekStart: string; unpaidHours: number | null; paidHours: number | null } | null;
}

export type CompanyDetail = Company & {
  contactPersons: ContactPerson[];
  agreements: CooperationAgreement[];
  openings: Opening[];
  stats: CompanyStats;
};

// ---- Filters ----

export interface CompanyQuery {
  q?: string;
  industry10?: Industry10 | '';
  postcode?: string;
  ownerId?: string;
  sector?: Sector | '';
  agreement?: 'any' | 'ordinary_hours' | '';
  notContactedDays?: number | null;
  limit?: number;
  offset?: number;
  sort?: 'name' | 'lastInteraction';
}

export interface OpeningQuery {
  q?: string;
  industry10?: Industry10 | '';
  postcode?: string;
  status?: OpeningStatus | '';
  paidFromStart?: boolean | null;
  limit?: number;
  offset?: number;
}

/** The query string of a company search; the list and its CSV export use the same one. */
export function companyQueryString(params: CompanyQuery): string {
  return query({ ...params });
}

export function openingQueryString(params: OpeningQuery): string {
  return query({ ...params });
}

// ---- Import ----

export interface ImportRow {
  /** Line in the file (the header is line 1). */
  line: number;
  cvr: string;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'error';
  errors: { column: string; message: string }[];
  /** Column names that would change. */
  changes: string[];
}

export interface ImportPreview {
  rows: ImportRow[];
  summary: { total: number; create: number; update: number; unchanged: number; errors: number };
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

// ---- Worklist ----

export interface FollowUpDue {
  placementId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string };
  type: PlacementType;
  dueOn: string;
  status: 'due' | 'overdue';
  source: 'planned' | 'rule';
  explanation: string;
}

export interface AgreementMissingOrdinaryHours {
  placementId: string | null;
  workAgreementId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string };
  since: string;
}

export interface CompanyNotContacted {
  company: { id: string; name: string };
  lastInteractionOn: string | null;
  days: number | null;
}

export interface CompanyWorklist {
  staff: PersonRef;
  notContactedDays: number;
  followUpsDue: FollowUpDue[];
  agreementsMissingOrdinaryHours: AgreementMissingOrdinaryHours[];
  companiesNotContacted: CompanyNotContacted[];
}

// ---- Matching (section B) ----


export interface ScoreComponent {
  key: ScoreComponentKey;
  points: number;
  max: number;
  /** Danish, from the server. */
  reason: string;
}

export interface CandidateSuggestion {
  citizen: { id: string; name: string; postcode: string | null };
  courseId: string;
  modelId: string;
  phase: string | null;
  /** 0-100, the sum of the components. */
  score: number;
  rank: number;
  distanceKm: number | null;
  components: ScoreComponent[];
}

/**
 * What a company consultant matches from (GET /api/courses/:id/candidate-profile):
 * no contact details, CPR or case notes. `fullAccess` says whether the caller may
 * also open the citizen's case.
 */
export interface CandidateProfile {
  citizen: { id: string; name: string; age: number; postcode: string | null; city: string | null };
  course: { id: string; modelId: string; phase: string | null };
  jobGoals: { tier: 'A' | 'B' | 'C'; occupationCode: string | null; occupationText: string | null; industryCode: string | null; concrete: boolean }[];
  cv: Omit<CvContent, 'leisure'> | null;
  fullAccess: boolean;
}

// ---- Calls ----

export const companyApi = {
  companies: (params: CompanyQuery = {}) =>
    request<{ companies: CompanySummary[]; total: number }>('GET', `/api/companies${companyQueryString(params)}`),
  /** Where the server's CSV export of a search lives (an ordinary download link). */
  companiesCsvUrl: (params: CompanyQuery = {}) => `/api/companies.csv${companyQueryString({ ...params, limit: undefined, offset: undefined })}`,
  company: (id: string) => request<CompanyDetail>('GET', `/api/companies/${enc(id)}`),
  createCompany: (body: CompanyInput) => request<Company>('POST', '/api/companies', body),
  updateCompany: (id: string, body: CompanyPatch) => request<Company>('PATCH', `/api/companies/${enc(id)}`, body),

  createContactPerson: (companyId: string, body: ContactPersonInput) =>
    request<ContactPerson>('POST', `/api/companies/${enc(companyId)}/contact-persons`, body),
  updateContactPerson: (id: string, body: ContactPersonPatch) => request<ContactPerson>('PATCH', `/api/contact-persons/${enc(id)}`, body),

  interactions: (companyId: string) => request<{ interactions: Interaction[] }>('GET', `/api/companies/${enc(companyId)}/interactions`),
  createInteraction: (companyId: string, body: InteractionInput) =>
    request<Interaction>('POST', `/api/companies/${enc(companyId)}/interactions`, body),

  createAgreement: (companyId: string, body: AgreementInput) =>
    request<CooperationAgreement>('POST', `/api/companies/${enc(companyId)}/cooperation-agreements`, body),
  renegotiateAgreement: (id: string, body: AgreementRenegotiation) =>
    request<CooperationAgreement>('PUT', `/api/cooperation-agreements/${enc(id)}`, body),

  openings: (params: OpeningQuery = {}) => request<{ openings: Opening[]; total: number }>('GET', `/api/openings${openingQueryString(params)}`),
  openingsCsvUrl: (params: OpeningQuery = {}) => `/api/openings.csv${openingQueryString({ ...params, limit: undefined, offset: undefined })}`,
  createOpening: (companyId: string, body: OpeningInput) => request<Opening>('POST', `/api/companies/${enc(companyId)}/openings`, body),
  updateOpening: (id: string, body: OpeningPatch) => request<Opening>('PATCH', `/api/openings/${enc(id)}`, body),

  placements: (companyId: string) => request<{ placements: CompanyPlacement[] }>('GET', `/api/companies/${enc(companyId)}/placements`),

  companyCandidates: (companyId: string, limit = 20) =>
    request<{ candidates: CandidateSuggestion[] }>('GET', `/api/companies/${enc(companyId)}/candidates${query({ limit })}`),
  candidateProfile: (courseId: string) => request<CandidateProfile>('GET', `/api/courses/${enc(courseId)}/candidate-profile`),
  openingCandidates: (openingId: string, limit = 20) =>
    request<{ candidates: CandidateSuggestion[] }>('GET', `/api/openings/${enc(openingId)}/candidates${query({ limit })}`),

  previewImport: (csv: string) => request<ImportPreview>('POST', '/api/companies/import/preview', { csv }),
  runImport: (csv: string) => request<ImportResult>('POST', '/api/companies/import', { csv }),

  worklist: (params: { staff?: string; notContactedDays?: number } = {}) =>
    request<CompanyWorklist>('GET', `/api/company-worklist${query({ ...params })}`),
};
