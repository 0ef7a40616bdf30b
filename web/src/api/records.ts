/**
 * Types and calls for the citizen's case records (plan, job goals, CV,
 * contacts, measurements, timeline) as agreed in
 * docs/contracts/case-work-api.md, section B, plus the few course reads the
 * Borger page needs (section A).
 */
import { query, request } from './client.ts';
import { courseApi, courseRoles } from './courses.ts';
import type { PersonRef as Person } from './courses.ts';

const enc = encodeURIComponent;

// ---- Courses (section A): the shared types and calls of api/courses.ts ----

export type { Course as CourseDetail, CourseRuleResult, CourseStaff, CourseSummary, PersonRef as Person } from './courses.ts';
export { courseRoles } from './courses.ts';

// ---- Plan ----

export const goalStatuses = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export interface SubGoal {
  id: string;
  title: string;
  status: GoalStatus;
  targetDate: string | null;
  supportedBy: string | null;
}

export interface PlanGoal extends SubGoal {
  subGoals: SubGoal[];
}

export interface Barrier {
  text: string;
  ownWords: boolean;
}

export interface PlanContent {
  resources: string;
  barriers: Barrier[];
  goals: PlanGoal[];
}

export interface VersionInfo {
  versionNo: number;
  createdAt: string;
  createdBy: Person | null;
}

export interface PlanVersion extends VersionInfo {
  content: PlanContent;
}

export interface Versioned<T> {
  current: T | null;
  versions: VersionInfo[];
}

// ---- Job goals ----

export const jobGoalTiers = ['A', 'B', 'C'] as const;
export type JobGoalTier = (typeof jobGoalTiers)[number];

export interface JobGoalCreate {
  tier: JobGoalTier;
  occupationCode?: string;
  occupationText?: string;
  industryCode?: string;
  concrete: boolean;
  ownWish: boolean;
  setOn: string;
  note?: string;
}

export interface JobGoal {
  id: string;
  courseId: string;
  tier: JobGoalTier;
  occupationCode?: string | null;
  occupationText?: string | null;
  industryCode?: string | null;
  concrete: boolean;
  ownWish: boolean;
  setOn: string;
  note?: string | null;
  endedOn: string | null;
  createdAt: string;
}

// ---- CV ----

export const languageLevels = ['basic', 'good', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

/** Danish driving licence categories offered as checkboxes. */
export const licenceCategories = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE'] as const;

export interface WorkExperience {
  employer: string;
  title: string;
  from: string | null;
  to: string | null;
  tasks: string;
}

export interface Education {
  institution: string;
  title: string;
  from: string | null;
  to: string | null;
  completed: boolean;
}

export interface CvCourse {
  title: string;
  provider: string | null;
  year: number | null;
}

export interface CvLanguage {
  language: string;
  level: LanguageLevel;
}

export interface CvContent {
  profile: string;
  workExperience: WorkExperience[];
  education: Education[];
  courses: CvCourse[];
  competences: string[];
  leisure: string;
  languages: CvLanguage[];
  drivingLicence: string[];
}

export interface CvVersion extends VersionInfo {
  content: CvContent;
}

// ---- Contacts ----

export const contactKinds = [
  'meeting',
  'start_meeting',
  'three_party',
  'rehabilitation_team',
  'company_follow_up',
  'phone',
  'sms',
  'email',
  'home_visit',
  'walk',
  'no_show',
] as const;
export type ContactKind = (typeof contactKinds)[number];

export const durationBands = ['lt30', '30to59', 'ge60'] as const;
export type DurationBand = (typeof durationBands)[number];

export const contentCategories = [
  'job_goal',
  'plan',
  'cv',
  'job_search',
  'company_contact',
  'placement',
  'ordinary_hours',
  'health',
  'social',
  'housing',
  'economy',
  'education',
  'other',
] as const;

export const attendeeRoles = ['citizen', ...courseRoles, 'employer'] as const;

export interface ContactCreate {
  courseId?: string;
  kind: ContactKind;
  date: string;
  durationBand?: DurationBand;
  place?: string;
  contentCategories?: string[];
  attendeeRoles?: string[];
  note?: string;
}

export interface Contact {
  id: string;
  courseId?: string | null;
  kind: ContactKind;
  date: string;
  durationBand?: DurationBand | null;
  place?: string | null;
  contentCategories?: string[];
  attendeeRoles?: string[];
  note?: string | null;
  staff: Person | null;
  createdAt: string;
}

// ---- Measurements ----

export const instrumentIds = ['WHO-5', 'GSE', 'BIP', 'BRF-11'] as const;
export type InstrumentId = (typeof instrumentIds)[number];

/** Who answers an item: the citizen, or the staff member (BIP item 6, BRF-11 items 9-11). */
export type Respondent = 'citizen' | 'cti_worker' | 'caseworker';

export interface InstrumentItem {
  id: string;
  respondent: Respondent;
}

export interface Instrument {
  id: InstrumentId;
  /** Lowest and highest answer code. */
  min: number;
  max: number;
  items: InstrumentItem[];
  /** Range of the score, for chart axes. */
  scoreMin: number;
  scoreMax: number;
  /** Scores that are means get one decimal. */
  mean: boolean;
}

function items(prefix: string, count: number, staff: Record<number, Respondent> = {}): InstrumentItem[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, respondent: staff[i + 1] ?? 'citizen' }));
}

/** Item ids and scales as in domain/cases/instruments.ts (contract section B). */
export const instruments: Record<InstrumentId, Instrument> = {
  'WHO-5': { id: 'WHO-5', min: 0, max: 5, items: items('who', 5), scoreMin: 0, scoreMax: 100, mean: false },
  GSE: { id: 'GSE', min: 1, max: 4, items: items('gse', 10), scoreMin: 10, scoreMax: 40, mean: false },
  BIP: { id: 'BIP', min: 1, max: 5, items: items('bip', 6, { 6: 'cti_worker' }), scoreMin: 1, scoreMax: 5, mean: true },
  'BRF-11': {
    id: 'BRF-11',
    min: 1,
    max: 5,
    items: items('brf', 11, { 9: 'caseworker', 10: 'caseworker', 11: 'caseworker' }),
    scoreMin: 1,
    scoreMax: 5,
    mean: true,
  },
};

export function isInstrumentId(value: string): value is InstrumentId {
  return (instrumentIds as readonly string[]).includes(value);
}

export interface MeasurementCreate {
  courseId?: string;
  instrument: InstrumentId;
  point: number;
  measuredOn: string;
  answers: Record<string, number | null>;
  respondentRole?: string;
}

export interface Measurement {
  id: string;
  courseId: string | null;
  instrument: string;
  point: number;
  measuredOn: string;
  answers: Record<string, number | null>;
  score: number | null;
  /** WHO-5: '0-35' | '36-50' | '>50'. */
  band: string | null;
  /** The server's Danish label for the band, when it sends one. */
  bandLabel?: string | null;
  complete: boolean;
  createdAt: string;
  createdBy: Person | null;
}

export interface ScheduledPoint {
  courseId: string;
  instrument: string;
  point: number;
  dueDate: string;
  done: boolean;
}

// ---- Timeline ----

// One list with the server: the kinds and the event shape live in the domain.
import type { TimelineEvent } from '../../../src/domain/cases/timeline.ts';
export { timelineKinds, type TimelineEvent, type TimelineKind } from '../../../src/domain/cases/timeline.ts';

// ---- Calls ----

export const recordsApi = {
  courses: courseApi.citizenCourses,
  course: courseApi.course,

  plan: (courseId: string) => request<Versioned<PlanVersion>>('GET', `/api/courses/${enc(courseId)}/plan`),
  planVersion: (courseId: string, versionNo: number) =>
    request<PlanVersion>('GET', `/api/courses/${enc(courseId)}/plan/versions/${versionNo}`),
  savePlan: (courseId: string, baseVersion: number, content: PlanContent) =>
    request<PlanVersion>('POST', `/api/courses/${enc(courseId)}/plan`, { baseVersion, content }),

  jobGoals: (courseId: string) => request<{ jobGoals: JobGoal[] }>('GET', `/api/courses/${enc(courseId)}/job-goals`),
  createJobGoal: (courseId: string, goal: JobGoalCreate) => request<JobGoal>('POST', `/api/courses/${enc(courseId)}/job-goals`, goal),
  endJobGoal: (id: string, endedOn: string) => request<JobGoal>('PATCH', `/api/job-goals/${enc(id)}`, { endedOn }),

  cv: (citizenId: string) => request<Versioned<CvVersion>>('GET', `/api/citizens/${enc(citizenId)}/cv`),
  /** Not in the contract yet (the lead was told): mirrors the plan's versions route. */
  cvVersion: (citizenId: string, versionNo: number) =>
    request<CvVersion>('GET', `/api/citizens/${enc(citizenId)}/cv/versions/${versionNo}`),
  saveCv: (citizenId: string, baseVersion: number, content: CvContent) =>
    request<CvVersion>('POST', `/api/citizens/${enc(citizenId)}/cv`, { baseVersion, content }),
  /** The printable Kompetence-CV (HTML). */
  cvPrintUrl: (citizenId: string) => `/api/citizens/${enc(citizenId)}/cv/print`,
  cvPdfUrl: (citizenId: string) => `/api/citizens/${enc(citizenId)}/cv.pdf`,

  contacts: (citizenId: string, courseId?: string) =>
    request<{ contacts: Contact[] }>('GET', `/api/citizens/${enc(citizenId)}/contacts${query({ courseId })}`),
  createContact: (citizenId: string, contact: ContactCreate) =>
    request<Contact>('POST', `/api/citizens/${enc(citizenId)}/contacts`, contact),

  measurements: (citizenId: string, instrument?: InstrumentId) =>
    request<{ measurements: Measurement[]; schedule: ScheduledPoint[] }>(
      'GET',
      `/api/citizens/${enc(citizenId)}/measurements${query({ instrument })}`,
    ),
  createMeasurement: (citizenId: string, measurement: MeasurementCreate) =>
    request<Measurement>('POST', `/api/citizens/${enc(citizenId)}/measurements`, measurement),

  timeline: (citizenId: string) => request<{ events: TimelineEvent[] }>('GET', `/api/citizens/${enc(citizenId)}/timeline`),
};
