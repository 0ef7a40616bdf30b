/**
 * Types and calls for courses (forløb), models, the caseload, the worklist and
 * the team overview, as agreed in docs/contracts/case-work-api.md (sections
 * A, C and D). Kept apart from types.ts so the case-work screens can evolve
 * without touching the platform client.
 */
import type { AreaReasonCode } from '../../../src/domain/models/eligibility.ts';
import { query, request } from './client.ts';
import type { PlacementType } from './placements.ts';
import type { TransitionRefusal } from '../../../src/domain/models/phases.ts';

export type { TransitionRefusal };
import type { IneligibleReasonCode } from '../../../src/domain/cases/enrolment-decision.ts';

export type { IneligibleReasonCode };

// ---- Shared pieces ----

export interface PersonRef {
  id: string;
  name: string;
}

export interface Bilingual {
  da: string;
  en: string;
}

export const courseRoles = ['job_broker', 'caseworker', 'social_caseworker', 'company_consultant', 'mentor', 'cti_worker'] as const;
export type CourseRole = (typeof courseRoles)[number];

// ---- Models (contract D) ----

export interface ModelSummary {
  id: string;
  version: string;
  versions: string[];
  shortName: string;
  name: Bilingual;
  description: string;
  source: { seed: string; section: string; note?: string };
  coreElementCount: number;
  ruleCount: number;
  /** The model's course roles, lead role first (the default at enrolment). */
  staffRoles: CourseRole[];
}

export interface VisitationGroup {
  id: string;
  name: Bilingual;
  description: string;
  participates: boolean;
}

/** The parts of a model definition the course screens read (the full JSON has more). */
export interface ModelDefinition {
  id: string;
  version: string;
  name: Bilingual;
  shortName: string;
  description: string;
  visitation?: {
    method: 'assessment' | 'track' | 'random_draw';
    description: string;
    groups: VisitationGroup[];
    exclusionReasons?: { id: string; label: string }[];
  };
  initialPhase: string;
  phases: { id: string; name: Bilingual; description: string }[];
  coreElements: {
    id: string;
    kind: 'core_element' | 'framework';
    title: Bilingual;
    rules: { id: string; title: Bilingual; description: string }[];
  }[];
}

export type EligibilityStatus = 'eligible' | 'not_eligible' | 'undetermined';

export interface Eligibility {
  modelId: string;
  version: string;
  /** The day the target-group rules were checked on. */
  asOf?: string;
  status: EligibilityStatus;
  rules: {
    ruleId: string;
    outcome: 'passed' | 'failed' | 'unknown';
    explanation: string;
    reason: string;
    /** Set for rules the UI words itself (the housing-area rule). */
    reasonCode?: AreaReasonCode;
    area?: string;
  }[];
}

// ---- Courses (contract A) ----

export interface CourseSummary {
  id: string;
  citizenId: string;
  modelId: string;
  modelVersion: string;
  modelShortName: string;
  /**
   * The server sends the Danish name as a string; typed wider until the
   * records screens (which also handle {da, en}) are narrowed with it.
   */
  modelName: string | Bilingual;
  unitId: string;
  unitName: string;
  enrolmentDate: string;
  group: string | null;
  groupName: string | null;
  currentPhase: string;
  currentPhaseName: string;
  endDate: string | null;
  endReason: string | null;
  jobBroker: PersonRef | null;
  /** The model's lead role and who holds it today. */
  lead: { role: CourseRole; staff: PersonRef | null };
  version: number;
}

export interface Visitation {
  group: string;
  groupName: string | null;
  date: string;
  decidedBy: PersonRef | null;
  note: string | null;
  notificationDate: string | null;
  notificationNote: string | null;
  /** Random draw: the permitted reason a drawn citizen was left out. */
  exclusionReason?: { id: string; label: string } | null;
}

export interface PhaseEntry {
  phase: string;
  phaseName: string;
  fromPhase: string | null;
  date: string;
  by: PersonRef | null;
  reason: string | null;
}

export interface NextPhase {
  phase: string;
  phaseName: string;
  allowed: boolean;
  /** Why the move is not possible yet (codes; see phaseRefusals.ts for the wording). */
  refusals: TransitionRefusal[];
}

export interface CourseStaff {
  id: string;
  staffId: string;
  name: string;
  role: CourseRole;
  roleLabel?: string;
  fromDate: string;
  toDate: string | null;
}

export interface RehabTrackInput {
  /** The course's version; the track replaces the stored one, so a stale save is refused (409). */
  version: number;
  preparationStart?: string | null;
  teamMeetingDate?: string | null;
  teamAttendees?: string[] | null;
  companyConsultantPresent?: boolean | null;
  recommendationGoal?: string | null;
  recommendationHandedOver?: string | null;
  firstCaseworkerMeeting?: string | null;
}

export interface RehabTrack {
  preparationStart: string | null;
  teamMeetingDate: string | null;
  teamAttendees: string[];
  companyConsultantPresent: boolean | null;
  recommendationGoal: string | null;
  recommendationHandedOver: string | null;
  firstCaseworkerMeeting: string | null;
  preparationWeeks: number | null;
  daysToHandOver: number | null;
  daysToFirstMeeting: number | null;
}

export const legalBases = ['LAB § 31 b', 'SEL § 82 b', 'SEL § 85'] as const;
export type LegalBasis = (typeof legalBases)[number];

export interface SupportCourseInput {
  /** The course's version; a stale save is refused (409). */
  version: number;
  legalBasis: LegalBasis;
  plannedMonths: 6 | 9;
  startDate: string;
  contactBuildingEnd?: string | null;
  closingMeetingDate?: string | null;
  closingMeetingNetwork?: string | null;
  endDate?: string | null;
}

export interface SupportCourse {
  legalBasis: LegalBasis;
  plannedMonths: 6 | 9;
  startDate: string;
  contactBuildingEnd: string | null;
  closingMeetingDate: string | null;
  closingMeetingNetwork: string | null;
  endDate: string | null;
  phases: { phase: 1 | 2 | 3; from: string; to: string }[];
  currentPhase: 0 | 1 | 2 | 3 | 4;
  measurementSchedule: { point: number; month?: number; dueDate: string }[];
}

export type RuleStatus = 'satisfied' | 'due' | 'overdue' | 'warning' | 'not_applicable';

export interface CourseRuleResult {
  ruleId: string;
  coreElementId: string;
  /** Danish title of the rule. */
  title?: string;
  status: RuleStatus;
  dueDate?: string;
  explanation: string;
  late?: boolean;
}

export interface Course extends CourseSummary {
  citizenName: string;
  eligibility: Eligibility;
  enrolment: EnrolmentDecision;
  visitation: Visitation | null;
  housingArea: string | null;
  servedFromOutreach: boolean | null;
  phases: PhaseEntry[];
  nextPhases: NextPhase[];
  staff: CourseStaff[];
  rehabTrack: RehabTrack | null;
  supportCourse: SupportCourse | null;
  rules: CourseRuleResult[];
}

export interface EnrolInput {
  modelId: string;
  enrolmentDate: string;
  unitId?: string;
  /** Who takes `staffRole` (default: the citizen's responsible staff member). */
  staffId?: string;
  /** One of the model's staffRoles (default: its lead role). */
  staffRole?: CourseRole;
  housingArea?: string;
  servedFromOutreach?: boolean;
  /** Required when the citizen is outside the target group on the enrolment date. */
  ineligibleReasonCode?: IneligibleReasonCode;
  ineligibleReasonText?: string;
  /** Required when the course overlaps a course in another model and the municipality allows it. */
  parallelReason?: string;
  /** Bedre Ressourceforløb: the citizen is already in a ressourceforløb. */
  alreadyInProgramme?: boolean;
}

/** What was decided at enrolment, as kept on the course. */
export interface EnrolmentDecision {
  eligibility: EligibilityStatus | null;
  ineligibleReason: { code: IneligibleReasonCode; label: string; text: string } | null;
  parallelReason: string | null;
  alreadyInProgramme: boolean;
}

export interface MunicipalitySettings {
  allowParallelCourses: boolean;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export interface CoursePatch {
  version: number;
  unitId?: string;
  housingArea?: string | null;
  servedFromOutreach?: boolean | null;
  endDate?: string;
  endReason?: string;
  parallelReason?: string;
}

export interface VisitationInput {
  version: number;
  group: string;
  date: string;
  decidedById?: string;
  note?: string;
  notificationDate?: string;
  notificationNote?: string;
  /** FSM group 3: false when a notification is not relevant (the note says why). */
  notificationRelevant?: boolean;
  /** Random draw: id of one of the model's exclusion reasons. */
  exclusionReason?: string;
}

export interface PhaseChangeInput {
  version: number;
  toPhase: string;
  date: string;
  reason?: string;
}

export interface StaffAssignmentInput {
  staffId: string;
  role: CourseRole;
  fromDate: string;
}

// ---- Group activities (gruppeforløb) ----

export interface GroupActivityParticipant {
  courseId: string;
  citizenId: string;
  citizenName: string;
  joinedOn: string;
  /** Null while the citizen takes part. */
  leftOn: string | null;
}

/** A group activity run by a team or an outreach office; participants only for citizens the caller may see. */
export interface GroupActivity {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string | null;
  participants: GroupActivityParticipant[];
}

export interface GroupActivityInput {
  unitId: string;
  name: string;
  description?: string | null;
  startDate: string;
  endDate?: string | null;
}

export interface ParticipantInput {
  courseId: string;
  joinedOn: string;
}

// ---- Caseload, worklist, team overview (contract C) ----

export interface WorklistItem {
  courseId: string;
  modelId: string;
  modelShortName: string;
  ruleId: string;
  coreElementId: string;
  /** 'warning': past a reference value the source observed (an average), not a deadline. */
  status: 'due' | 'overdue' | 'warning';
  /** Absent when the rule has no deadline date. */
  dueDate?: string;
  daysOverdue?: number;
  daysUntilDue?: number;
  explanation: string;
}

export interface CaseloadCheck {
  modelId: string;
  modelShortName: string;
  ruleId: string;
  role: string;
  /** The groups the rule counts (e.g. STV's AK or RF), when it names any. */
  groups?: string[];
  /** Running courses on which the staff member holds the rule's role: why the rule applies. */
  courses: number;
  /** The maximum in force for the staff member's unit. */
  max: number;
  /** The total caseload against this maximum. */
  /** 'above_reference': above an observed average, not a prescribed maximum. */
  status: 'within' | 'exceeded' | 'above_reference';
  /** `max` is a reference value (observed practice), not a limit. */
  reference: boolean;
}

/** A staff member's whole caseload as the API computes it (domain/rules/caseload.ts). */
export interface CaseloadSummary {
  /** Distinct citizens on running courses where the staff member holds a role. */
  total: number;
  courses: number;
  byModel: { modelId: string; modelShortName: string; citizens: number; courses: number }[];
  /** Every caseload rule that applies, lowest maximum first. */
  checks: CaseloadCheck[];
  /** The limit the total is held against, or null when no rule applies. */
  limit: CaseloadCheck | null;
  status: 'within' | 'exceeded' | 'above_reference' | 'no_rule';
}

export interface Worklist {
  staffId: string;
  staffName: string;
  asOf: string;
  citizens: { citizenId: string; citizenName: string; items: WorklistItem[] }[];
  caseload: CaseloadSummary;
}

export interface CaseloadPlacement {
  id: string;
  type: PlacementType;
  companyName: string;
  from: string;
}

export interface CaseloadRow {
  citizenId: string;
  citizenName: string;
  age: number;
  courseId: string;
  modelId: string;
  modelShortName: string;
  group: string | null;
  /** Null when the phase cannot be worked out (e.g. an unknown model version). */
  phase: string | null;
  phaseName: string | null;
  daysSinceLastContact: number | null;
  lastContactDate: string | null;
  /** Which contacts count: the model's contact rule's kinds, or any that reached the citizen. */
  contactCounts: 'rule_kinds' | 'any';
  /** The contact rule in force for the course, with its maximum and status; null when none applies. */
  contactRule: { ruleId: string; maxDays: number; status: 'satisfied' | 'due' | 'overdue' | 'warning' } | null;
  hasCv: boolean;
  hasJobGoal: boolean;
  hasPlan: boolean;
  /** The running placement (the latest started when several run), or null. */
  currentPlacement: CaseloadPlacement | null;
  /** Actual paid ordinary hours in the four full weeks before this week; null when no hours were recorded then. */
  paidHoursLast4Weeks: number | null;
  overdue: number;
  due: number;
  items: WorklistItem[];
}

export interface Caseload {
  staffId: string;
  asOf: string;
  rows: CaseloadRow[];
}

export interface TeamMember {
  staffId: string;
  name: string;
  unitName: string;
  roles: string[];
  activeCourses: number;
  caseload: CaseloadSummary;
  overdue: number;
  due: number;
  /** Worklist items past an observed reference value (not overdue). */
  warnings: number;
}

/** A team-size rule for a unit (TRIN: 3-5 staff); outside the range is a recommendation missed. */
export interface TeamSizeCheck {
  unitId: string;
  unitName: string;
  modelId: string;
  modelShortName: string;
  ruleId: string;
  count: number;
  min: number;
  max: number;
  status: 'within' | 'below' | 'above';
  explanation: string;
}

export interface TeamOverview {
  asOf: string;
  staff: TeamMember[];
  teams: TeamSizeCheck[];
}

// ---- Calls ----

const enc = encodeURIComponent;

export const courseApi = {
  models: () => request<{ models: ModelSummary[] }>('GET', '/api/models'),
  model: (id: string, version?: string) =>
    request<{ definition: ModelDefinition; versions: string[] }>('GET', `/api/models/${enc(id)}${query({ version })}`),
  eligibility: (modelId: string, citizenId: string, asOf?: string) =>
    request<Eligibility>('GET', `/api/models/${enc(modelId)}/eligibility/${enc(citizenId)}${query({ asOf })}`),

  municipalitySettings: () => request<MunicipalitySettings>('GET', '/api/municipality/settings'),
  saveMunicipalitySettings: (body: { allowParallelCourses: boolean }) => request<MunicipalitySettings>('PUT', '/api/municipality/settings', body),
  citizenCourses: (citizenId: string) => request<{ courses: CourseSummary[] }>('GET', `/api/citizens/${enc(citizenId)}/courses`),
  enrol: (citizenId: string, body: EnrolInput) => request<Course>('POST', `/api/citizens/${enc(citizenId)}/courses`, body),
  course: (id: string) => request<Course>('GET', `/api/courses/${enc(id)}`),
  patchCourse: (id: string, body: CoursePatch) => request<Course>('PATCH', `/api/courses/${enc(id)}`, body),
  visitation: (id: string, body: VisitationInput) => request<Course>('POST', `/api/courses/${enc(id)}/visitation`, body),
  changePhase: (id: string, body: PhaseChangeInput) => request<Course>('POST', `/api/courses/${enc(id)}/phase`, body),
  assignStaff: (id: string, body: StaffAssignmentInput) => request<Course>('POST', `/api/courses/${enc(id)}/staff`, body),
  endAssignment: (id: string, assignmentId: string, toDate: string) =>
    request<Course>('PATCH', `/api/courses/${enc(id)}/staff/${enc(assignmentId)}`, { toDate }),
  saveRehabTrack: (id: string, body: RehabTrackInput) => request<Course>('PUT', `/api/courses/${enc(id)}/rehab-track`, body),
  saveSupportCourse: (id: string, body: SupportCourseInput) => request<Course>('PUT', `/api/courses/${enc(id)}/support-course`, body),

  /** Activities in the caller's units (or one of them), newest start first. */
  groupActivities: (unitId?: string) => request<{ activities: GroupActivity[] }>('GET', `/api/group-activities${query({ unitId })}`),
  createGroupActivity: (body: GroupActivityInput) => request<GroupActivity>('POST', '/api/group-activities', body),
  joinGroupActivity: (id: string, body: ParticipantInput) => request<GroupActivity>('POST', `/api/group-activities/${enc(id)}/participants`, body),
  /** Records the day the course left the activity; null puts it back in. */
  leaveGroupActivity: (id: string, courseId: string, leftOn: string | null) =>
    request<GroupActivity>('PATCH', `/api/group-activities/${enc(id)}/participants/${enc(courseId)}`, { leftOn }),

  caseload: (staff?: string) => request<Caseload>('GET', `/api/caseload${query({ staff })}`),
  worklist: (staff?: string) => request<Worklist>('GET', `/api/worklist${query({ staff })}`),
  teamOverview: (unitId?: string) => request<TeamOverview>('GET', `/api/team-overview${query({ unitId })}`),
};
