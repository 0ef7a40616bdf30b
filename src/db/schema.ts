/**
 * Kysely table types. They mirror the SQL migrations in ./migrations; the
 * migrations are the source of truth.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns are read as 'YYYY-MM-DD' strings on both drivers (see types.ts). */
type DateString = string;

export interface UnitTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: 'municipality' | 'jobcentre' | 'team' | 'outreach_office';
  name: string;
  housing_area: string | null;
  /** Kommunekode of a municipality unit (migration 0012), linking it to register persons. */
  municipality_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface StaffTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  unit_id: string;
  roles: string[];
  password_hash: string;
  /** Set by `jobspor init`: the user must change the password before anything else. */
  password_change_required: Generated<boolean>;
  active: Generated<boolean>;
  active_from: ColumnType<DateString, DateString | undefined, DateString>;
  active_to: DateString | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface LoginAttemptTable {
  /** 'account:<username>' or 'address:<client address>'. */
  key: string;
  attempts: number;
  last_attempt_at: Generated<Timestamp>;
}

export interface CitizenTable {
  id: Generated<string>;
  pseudonym: string;
  first_name: string;
  last_name: string;
  birth_date: DateString;
  sex: 'female' | 'male';
  phone: string | null;
  email: string | null;
  address_line: string | null;
  postcode: string | null;
  city: string | null;
  unit_id: string;
  responsible_staff_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A municipality's housing area (0007): whole postcodes and/or address ranges. */
export interface HousingAreaTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  postcodes: Generated<string[]>;
  /** AddressRange[] (domain/organisation/housing-areas.ts), written as JSON text. */
  addresses: ColumnType<unknown, string | undefined, string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenCprTable {
  citizen_id: string;
  cpr: string;
  /** Root of the citizen's unit; filled from the citizen's unit when left out (migration 0011). */
  municipality_id: ColumnType<string, string | undefined, string>;
  /** False once the citizen has moved to another municipality (citizen_transfer). */
  active: Generated<boolean>;
}

export interface CitizenTransferTable {
  citizen_id: string;
  to_municipality: string;
  moved_on: DateString;
  recorded_by: string;
  created_at: Timestamp;
}

export interface BenefitSpellTable {
  id: Generated<string>;
  citizen_id: string;
  benefit_type: string;
  readiness: 'aktivitetsparat' | 'jobparat' | null;
  from_date: DateString;
  to_date: DateString | null;
  source: Generated<'case' | 'register'>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  staff_id: string | null;
  staff_username: string | null;
  action: string;
  method: string | null;
  route: string | null;
  /** The one citizen of a one-citizen event; null for a list (and for no citizen). */
  citizen_pseudonym: string | null;
  /** Every citizen the event touched or showed (migration 0008); null before it and for no citizen. */
  citizen_pseudonyms: string[] | null;
  detail: unknown | null;
  /** The client's IP address (migration 0009); null before it and for CLI events. */
  client_address: string | null;
  /** SHA-256 of the session's token_hash (migration 0009); never the cookie token. */
  session_ref: string | null;
  /** Hash of the previous row in the chain (domain/audit/chain.ts); null on rows written before migration 0009. */
  prev_hash: string | null;
  /** SHA-256 of this row's content and prev_hash; null on rows written before migration 0009. */
  hash: string | null;
}

export interface RuleOverrideTable {
  id: Generated<number>;
  unit_id: string;
  model_id: string;
  model_version: string | null;
  rule_id: string;
  parameter: string;
  /** NULL returns the parameter to the model's default. */
  value: number | null;
  reason: string | null;
  set_by: string;
  set_at: Timestamp;
}

// Case work (0003_case_work.sql).

export interface CourseTable {
  id: Generated<string>;
  citizen_id: string;
  model_id: string;
  model_version: string;
  unit_id: string;
  enrolment_date: DateString;
  group_code: string | null;
  visitation_date: DateString | null;
  visitation_by: string | null;
  visitation_note: string | null;
  notification_date: DateString | null;
  notification_note: string | null;
  /** Random-draw visitation: why a drawn citizen was left out (0004). */
  exclusion_reason: Generated<string | null>;
  housing_area: string | null;
  served_from_outreach: boolean | null;
  current_phase: string;
  end_date: DateString | null;
  end_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The target-group check on the enrolment date; null before 0006. */
  eligibility_at_enrolment: Generated<'eligible' | 'not_eligible' | 'undetermined' | null>;
  /** Why an ineligible citizen was enrolled (0006): a code of domain/cases/enrolment-decision.ts and text. */
  ineligible_reason_code: Generated<string | null>;
  ineligible_reason_text: Generated<string | null>;
  /** Why the course may overlap a course in another model (0006), where the municipality allows it. */
  parallel_reason: Generated<string | null>;
  /** BRF: already in a ressourceforløb when enrolled (0006). */
  already_in_programme: Generated<boolean>;
}

/** Municipality-wide settings set by an administrator (0006). */
export interface MunicipalitySettingTable {
  unit_id: string;
  allow_parallel_courses: Generated<boolean>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** Read-only view for monitoring (0006): one row per course, pseudonymised, codes only. */
export interface MonitoringEnrolmentView {
  course_id: string;
  citizen_pseudonym: string;
  model_id: string;
  model_version: string;
  unit_id: string;
  enrolment_date: DateString;
  end_date: DateString | null;
  eligibility_at_enrolment: string | null;
  ineligible_reason_code: string | null;
  parallel_course: boolean;
  already_in_programme: boolean;
}

export interface CourseUnitTable {
  id: Generated<string>;
  course_id: string;
  unit_id: string;
  from_date: DateString;
  to_date: DateString | null;
}

export interface PhaseChangeTable {
  id: Generated<string>;
  course_id: string;
  from_phase: string | null;
  to_phase: string;
  change_date: DateString;
  changed_by: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface CourseStaffTable {
  id: Generated<string>;
  course_id: string;
  staff_id: string;
  role: 'job_broker' | 'caseworker' | 'social_caseworker' | 'company_consultant' | 'mentor' | 'cti_worker';
  from_date: DateString;
  to_date: DateString | null;
}

export interface PlanVersionTable {
  id: Generated<string>;
  course_id: string;
  version_no: number;
  content: unknown;
  created_by: string | null;
  created_at: Timestamp;
}

export interface JobGoalTable {
  id: Generated<string>;
  course_id: string;
  tier: 'A' | 'B' | 'C';
  occupation_code: string | null;
  occupation_text: string | null;
  industry_code: string | null;
  concrete: boolean;
  own_wish: boolean;
  set_on: DateString;
  ended_on: DateString | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CvVersionTable {
  id: Generated<string>;
  citizen_id: string;
  version_no: number;
  content: unknown;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ContactTable {
  id: Generated<string>;
  citizen_id: string;
  course_id: string | null;
  kind: string;
  contact_date: DateString;
  duration_band: 'lt30' | '30to59' | 'ge60' | null;
  place: string | null;
  content_categories: Generated<string[]>;
  attendee_roles: Generated<string[]>;
  staff_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface SupportCourseTable {
  id: Generated<string>;
  course_id: string;
  legal_basis: 'LAB § 31 b' | 'SEL § 82 b' | 'SEL § 85';
  planned_months: number;
  start_date: DateString;
  contact_building_end: DateString | null;
  closing_meeting_date: DateString | null;
  closing_meeting_network: string | null;
  end_date: DateString | null;
}

export interface RehabTrackTable {
  course_id: string;
  preparation_start: DateString | null;
  team_meeting_date: DateString | null;
  team_attendees: Generated<string[]>;
  company_consultant_present: boolean | null;
  recommendation_goal: string | null;
  recommendation_handed_over: DateString | null;
  first_caseworker_meeting: DateString | null;
}

export interface MeasurementTable {
  id: Generated<string>;
  citizen_id: string;
  course_id: string | null;
  instrument: string;
  scheduled_point: number;
  measured_on: DateString;
  answers: unknown;
  score: number | null;
  respondent_role: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GroupActivityTable {
  id: Generated<string>;
  unit_id: string;
  name: string;
  description: string | null;
  start_date: DateString;
  end_date: DateString | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GroupActivityParticipantTable {
  activity_id: string;
  course_id: string;
  joined_on: DateString;
  left_on: DateString | null;
}

// Companies and work (0005_companies.sql).

export type CompanySizeBand = '1-9' | '10-49' | '50-249' | '250+';
export type CompanySector = 'private' | 'public';
export type CompanyInteractionKind = 'visit' | 'call' | 'email' | 'job_order' | 'ringedag' | 'meeting';
export type PlacementEndReason =
  | 'completed'
  | 'converted_to_paid'
  | 'company_would_not_pay'
  | 'too_demanding'
  | 'citizen_ended'
  | 'moved'
  | 'other';

export interface CompanyTable {
  id: Generated<string>;
  municipality_id: string;
  cvr: string;
  name: string;
  industry_code: string | null;
  size_band: CompanySizeBand | null;
  sector: Generated<CompanySector>;
  phone: string | null;
  email: string | null;
  website: string | null;
  note: string | null;
  owner_staff_id: string | null;
  owner_unit_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyAddressTable {
  id: Generated<string>;
  company_id: string;
  kind: Generated<'main' | 'workplace'>;
  address_line: string | null;
  postcode: string;
  city: string | null;
  created_at: Timestamp;
}

export interface CompanyContactPersonTable {
  id: Generated<string>;
  company_id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyInteractionTable {
  id: Generated<string>;
  company_id: string;
  kind: CompanyInteractionKind;
  interaction_date: DateString;
  staff_id: string;
  contact_person_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface CooperationAgreementTable {
  id: Generated<string>;
  company_id: string;
  kind: 'fixed_places' | 'open';
  places: number | null;
  ordinary_hours_readiness: boolean;
  from_date: DateString;
  to_date: DateString | null;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CooperationAgreementVersionTable {
  id: Generated<string>;
  agreement_id: string;
  version_no: number;
  kind: 'fixed_places' | 'open';
  places: number | null;
  ordinary_hours_readiness: boolean;
  from_date: DateString;
  to_date: DateString | null;
  note: string | null;
  reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface OpeningTable {
  id: Generated<string>;
  company_id: string;
  title: string;
  tasks: string;
  occupation_code: string | null;
  industry_code: string | null;
  postcode: string;
  hours_min: number;
  hours_max: number;
  paid_from_start: Generated<boolean>;
  places: Generated<number>;
  status: Generated<'open' | 'filled' | 'closed'>;
  open_from: DateString;
  open_to: DateString | null;
  contact_person_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobMatchTable {
  id: Generated<string>;
  course_id: string;
  company_id: string;
  opening_id: string | null;
  consultant_id: string;
  matched_on: DateString;
  rationale: string;
  score: unknown;
  status: Generated<'agreed' | 'withdrawn'>;
  withdrawn_on: DateString | null;
  withdrawn_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WorkAgreementTable {
  id: Generated<string>;
  course_id: string;
  company_id: string;
  match_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WorkAgreementVersionTable {
  id: Generated<string>;
  agreement_id: string;
  version_no: number;
  made_on: DateString;
  ordinary_hours_clause: boolean;
  declaration_of_intent: boolean;
  content: unknown;
  citizen_agreed_on: DateString | null;
  company_agreed_on: DateString | null;
  jobcentre_agreed_on: DateString | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PlacementTable {
  id: Generated<string>;
  course_id: string;
  company_id: string;
  opening_id: string | null;
  match_id: string | null;
  work_agreement_id: string | null;
  type: 'virksomhedspraktik' | 'loentilskud' | 'ordinary_hours' | 'hybrid' | 'fleksjob' | 'job' | 'education' | 'snusepraktik';
  from_date: DateString;
  to_date: DateString | null;
  end_reason: PlacementEndReason | null;
  end_note: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlacementHoursTable {
  id: Generated<string>;
  placement_id: string;
  week_start: DateString;
  planned_unpaid_hours: Generated<number>;
  planned_paid_hours: Generated<number>;
  actual_unpaid_hours: number | null;
  actual_paid_hours: number | null;
  note: string | null;
  recorded_by: string | null;
  updated_at: Timestamp;
}

export interface FollowUpTable {
  id: Generated<string>;
  placement_id: string;
  held_on: DateString;
  staff_id: string | null;
  attendee_roles: Generated<string[]>;
  goal_still_right: boolean | null;
  goal_note: string | null;
  sub_goals_adjusted: string | null;
  other_offers_needed: string | null;
  equal_terms_tasks: string | null;
  rating_tasks_solved: number | null;
  rating_stability: number | null;
  rating_independence: number | null;
  rating_cooperation: number | null;
  rating_appearance: number | null;
  effectiveness: number | null;
  note: string | null;
  next_follow_up_on: DateString | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AftercareContactTable {
  id: Generated<string>;
  placement_id: string;
  contact_date: DateString;
  kind: 'phone' | 'meeting' | 'company_visit' | 'sms' | 'email';
  with_whom: 'citizen' | 'company' | 'both';
  staff_id: string | null;
  note: string | null;
  next_contact_on: DateString | null;
  created_at: Timestamp;
}

/** Monitoring (0013): one recompute of stored figures. */
export interface MonitoringRunTable {
  id: Generated<number>;
  started_at: Timestamp;
  duration_ms: number;
  run_by: string | null;
  run_by_label: string;
  month_from: DateString;
  month_to: DateString;
  models: string[];
  persons: number;
  figures_inserted: number;
  figures_superseded: number;
  figures_unchanged: number;
}

/** Continuous evaluation (0016): the cached series of monthly effect re-estimates per model and unit. */
export interface EvaluationContinuousTable {
  model_id: string;
  unit_id: string;
  computed_at: Timestamp;
  /** Recompute when this no longer matches (store/evaluation/continuous.ts inputsKey). */
  inputs_key: string;
  duration_ms: number;
  series: ColumnType<unknown, string, string>;
}

/** Monitoring (0013): a stored figure; a correction supersedes the row and inserts the next version. */
export interface MonitoringFigureTable {
  id: Generated<number>;
  model_id: string;
  measure_id: string;
  measure_version: number;
  unit_key: string;
  month: DateString;
  numerator: number;
  denominator: number;
  persons: number;
  value: number | null;
  version: number;
  run_id: number | null;
  computed_at: Timestamp;
  superseded_at: Date | null;
}

/** Monitoring (0013): a leder's target for a unit. */
export interface MonitoringTargetTable {
  model_id: string;
  measure_id: string;
  unit_key: string;
  comparison: 'at_least' | 'at_most';
  value: number;
  set_by: string;
  set_at: Timestamp;
}

/** Monitoring (0013): a municipality's cluster of comparable municipalities. */
export interface MunicipalityClusterTable {
  municipality_code: string;
  cluster_id: string;
  cluster_name: string;
  basis: string;
  set_at: Timestamp;
}

// Fidelity (migration 0014; store/fidelity). Responses carry no staff id, time or invitation link.
export interface FidelityInstrumentTable {
  id: string;
  version: string;
  model_id: string | null;
  definition: ColumnType<unknown, string, string>;
  builtin: Generated<boolean>;
  municipality_id: string | null;
  loaded_by: string | null;
  loaded_at: Timestamp;
}

export interface FidelityRoundTable {
  id: Generated<string>;
  municipality_id: string;
  instrument_id: string;
  instrument_version: string;
  model_id: string | null;
  wave: 'baseline' | 'midway' | 'end' | 'named';
  name: string;
  opens_on: DateString;
  closes_on: DateString | null;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  origin: Generated<'app' | 'import'>;
  created_by: string;
  created_at: Timestamp;
}

export interface FidelityRoundUnitTable {
  round_id: string;
  unit_id: string;
}

export interface FidelityInvitationTable {
  id: Generated<string>;
  round_id: string;
  staff_id: string;
  respondent_role: string;
  unit_id: string;
  spent: Generated<boolean>;
}

export interface FidelityImportTable {
  id: Generated<string>;
  round_id: string;
  file_name: string;
  rows_read: number;
  rows_accepted: number;
  rejected: ColumnType<{ line: number; field: string; reason: string }[], string | undefined, string>;
  imported_by: string;
  imported_at: Timestamp;
}

export interface FidelityResponseTable {
  id: Generated<string>;
  round_id: string;
  respondent_role: string;
  unit_id: string;
  import_id: string | null;
}

export interface FidelityAnswerTable {
  response_id: string;
  item_id: string;
  value: number | null;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

// Register extracts (migration 0012; store/registers).
export interface MunicipalityTable {
  code: string;
  name: string;
}

export interface RegisterCodeListTable {
  id: Generated<number>;
  name: string;
  version: number;
  /** { "<source code>": "<state>" } */
  entries: ColumnType<Record<string, string>, string, string>;
  loaded_at: Timestamp;
}

export interface RegisterImportTable {
  id: Generated<number>;
  kind: 'persons' | 'benefit_weeks' | 'hours_monthly' | 'visitations';
  file_name: string;
  sha256: string;
  period_from: DateString | null;
  period_to: DateString | null;
  rows_read: number;
  rows_kept: number;
  /** The validation report (domain/registers/report.ts). */
  report: ColumnType<unknown, string, string>;
  code_list_id: number | null;
  imported_by: string | null;
  imported_by_label: string;
  imported_at: Timestamp;
  rolled_back_at: Date | null;
  rolled_back_by_label: string | null;
}

export interface RegisterPersonTable {
  id: Generated<number>;
  person_key: string;
  pseudonym: string;
  citizen_id: string | null;
  birth_year: number | null;
  sex: 'K' | 'M' | null;
  municipality: string | null;
  origin: string | null;
  education: number | null;
  import_id: number | null;
}

export interface RegisterBenefitWeekTable {
  person_id: number;
  week: DateString;
  state: number;
  import_id: number;
}

export interface RegisterHoursMonthTable {
  person_id: number;
  month: DateString;
  employer_cvr: string;
  db07: string | null;
  paid_hours: number;
  subsidised: Generated<boolean>;
  import_id: number;
}

export interface RegisterVisitationTable {
  person_id: number;
  model_id: string;
  group_code: string;
  start_date: DateString;
  end_date: DateString | null;
  import_id: number;
}

export type RegisterBenefitWeekReplacedTable = RegisterBenefitWeekTable & { replaced_by: number };
export type RegisterHoursMonthReplacedTable = Omit<RegisterHoursMonthTable, 'subsidised'> & { subsidised: boolean; replaced_by: number };
export type RegisterVisitationReplacedTable = RegisterVisitationTable & { replaced_by: number };

export interface RegisterPersonReplacedTable {
  replaced_by: number;
  person_id: number;
  birth_year: number | null;
  sex: 'K' | 'M' | null;
  municipality: string | null;
  origin: string | null;
  education: number | null;
  import_id: number | null;
}

export interface RegisterPersonTimelineTable {
  person_id: number;
  first_week: DateString;
  states: number[];
}

/** Evaluation (0015): a saved analysis with its request, result and reproducibility record (JSON written as text). */
export interface EvaluationAnalysisTable {
  id: Generated<string>;
  name: string;
  model_id: string;
  municipality_id: string;
  request: ColumnType<unknown, string, string>;
  cohort: ColumnType<unknown, string, string>;
  result: ColumnType<unknown, string, string>;
  reproducibility: ColumnType<unknown, string, string>;
  spec_sha256: string;
  created_by: string;
  created_at: Timestamp;
}

// Economics (migration 0017; store/economics). Inputs are the domain's JSON; results are computed on read.
export interface EconomicsUnitPriceSetTable {
  id: string;
  version: string;
  name: string;
  price_year: number;
  status: 'official' | 'calibrated' | 'user';
  source: ColumnType<unknown, string | null, string | null>;
  calibrated_under: ColumnType<unknown, string | null, string | null>;
  prices: ColumnType<unknown, string, string>;
  builtin: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface EconomicsCostModelTable {
  id: Generated<string>;
  unit_id: string;
  model_id: string;
  name: string;
  period_from: DateString;
  period_to: DateString;
  /** numeric: the driver returns a string. */
  citizens_per_year: ColumnType<string | null, number | null, number | null>;
  input: ColumnType<unknown, string, string>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EconomicsScenarioTable {
  id: Generated<string>;
  unit_id: string;
  name: string;
  input: ColumnType<unknown, string, string>;
  price_set_id: string;
  price_set_version: string;
  cost_model_id: string | null;
  evidence: ColumnType<unknown, string | null, string | null>;
  created_by: string;
  created_at: Timestamp;
}

export interface Database {
  unit: UnitTable;
  staff: StaffTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  citizen: CitizenTable;
  citizen_cpr: CitizenCprTable;
  citizen_transfer: CitizenTransferTable;
  benefit_spell: BenefitSpellTable;
  audit_event: AuditEventTable;
  rule_override: RuleOverrideTable;
  housing_area: HousingAreaTable;
  course: CourseTable;
  municipality_setting: MunicipalitySettingTable;
  monitoring_enrolment: MonitoringEnrolmentView;
  course_unit: CourseUnitTable;
  phase_change: PhaseChangeTable;
  course_staff: CourseStaffTable;
  plan_version: PlanVersionTable;
  job_goal: JobGoalTable;
  cv_version: CvVersionTable;
  contact: ContactTable;
  support_course: SupportCourseTable;
  rehab_track: RehabTrackTable;
  measurement: MeasurementTable;
  group_activity: GroupActivityTable;
  group_activity_participant: GroupActivityParticipantTable;
  company: CompanyTable;
  company_address: CompanyAddressTable;
  company_contact_person: CompanyContactPersonTable;
  company_interaction: CompanyInteractionTable;
  cooperation_agreement: CooperationAgreementTable;
  cooperation_agreement_version: CooperationAgreementVersionTable;
  opening: OpeningTable;
  job_match: JobMatchTable;
  work_agreement: WorkAgreementTable;
  work_agreement_version: WorkAgreementVersionTable;
  placement: PlacementTable;
  placement_hours: PlacementHoursTable;
  follow_up: FollowUpTable;
  aftercare_contact: AftercareContactTable;
  schema_migration: SchemaMigrationTable;
  monitoring_run: MonitoringRunTable;
  monitoring_figure: MonitoringFigureTable;
  monitoring_target: MonitoringTargetTable;
  municipality_cluster: MunicipalityClusterTable;
  municipality: MunicipalityTable;
  register_code_list: RegisterCodeListTable;
  register_import: RegisterImportTable;
  register_person: RegisterPersonTable;
  register_benefit_week: RegisterBenefitWeekTable;
  register_hours_month: RegisterHoursMonthTable;
  register_visitation: RegisterVisitationTable;
  register_benefit_week_replaced: RegisterBenefitWeekReplacedTable;
  register_hours_month_replaced: RegisterHoursMonthReplacedTable;
  register_visitation_replaced: RegisterVisitationReplacedTable;
  register_person_replaced: RegisterPersonReplacedTable;
  register_person_timeline: RegisterPersonTimelineTable;
  fidelity_instrument: FidelityInstrumentTable;
  fidelity_round: FidelityRoundTable;
  fidelity_round_unit: FidelityRoundUnitTable;
  fidelity_invitation: FidelityInvitationTable;
  fidelity_import: FidelityImportTable;
  fidelity_response: FidelityResponseTable;
  fidelity_answer: FidelityAnswerTable;
  economics_unit_price_set: EconomicsUnitPriceSetTable;
  economics_cost_model: EconomicsCostModelTable;
  economics_scenario: EconomicsScenarioTable;
  evaluation_analysis: EvaluationAnalysisTable;
  evaluation_continuous: EvaluationContinuousTable;
}
