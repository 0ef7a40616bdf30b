-- Case work: a citizen's course under an intervention model, with its phases,
-- staff, plan, job goals, CV, contacts, social-support (CTI) course,
-- rehabilitation track, measurements and group activities.

-- Residence in a deprived housing area (TRIN model target group), as registered by the job centre.
ALTER TABLE citizen ADD COLUMN housing_area text;

CREATE TABLE course (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen(id),
  model_id text NOT NULL,
  model_version text NOT NULL,
  unit_id uuid NOT NULL REFERENCES unit(id),
  enrolment_date date NOT NULL,
  -- Visitation group or track (FSM '1','2','3','6'; STV 'AK','RF'; ...), when the model has one.
  group_code text,
  visitation_date date,
  visitation_by uuid REFERENCES staff(id),
  visitation_note text,
  -- Flere skal med group 3: notification (underretning) to social services.
  notification_date date,
  notification_note text,
  -- TRIN model: housing area and whether the citizen is served from the outreach office.
  housing_area text,
  served_from_outreach boolean,
  current_phase text NOT NULL,
  end_date date,
  end_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= enrolment_date),
  CHECK ((end_date IS NULL) = (end_reason IS NULL))
);
-- One active course per citizen per model; ended courses are history.
CREATE UNIQUE INDEX course_one_active_per_model ON course (citizen_id, model_id) WHERE end_date IS NULL;
CREATE INDEX course_by_unit ON course (unit_id);
CREATE INDEX course_by_citizen ON course (citizen_id);

-- The units a course has belonged to (a citizen who moves changes unit).
CREATE TABLE course_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES unit(id),
  from_date date NOT NULL,
  to_date date,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX course_unit_course ON course_unit (course_id, from_date);

CREATE TABLE phase_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  from_phase text,
  to_phase text NOT NULL,
  change_date date NOT NULL,
  changed_by uuid REFERENCES staff(id),
  reason text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX phase_change_course ON phase_change (course_id, change_date, created_at);

CREATE TABLE course_staff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  staff_id uuid NOT NULL REFERENCES staff(id),
  role text NOT NULL CHECK (role IN ('job_broker', 'caseworker', 'social_caseworker', 'company_consultant', 'mentor', 'cti_worker')),
  from_date date NOT NULL,
  to_date date,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX course_staff_course ON course_staff (course_id);
CREATE INDEX course_staff_staff ON course_staff (staff_id) WHERE to_date IS NULL;

-- The citizen's plan: every saved version is kept; the highest number is current.
CREATE TABLE plan_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  version_no integer NOT NULL CHECK (version_no >= 1),
  content jsonb NOT NULL,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (course_id, version_no)
);

CREATE TABLE job_goal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  tier text NOT NULL CHECK (tier IN ('A', 'B', 'C')),
  occupation_code text CHECK (occupation_code ~ '^[0-9]{1,4}$'),
  occupation_text text,
  industry_code text CHECK (industry_code ~ '^[0-9]{2,6}$'),
  concrete boolean NOT NULL,
  own_wish boolean NOT NULL,
  set_on date NOT NULL,
  ended_on date,
  note text,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (occupation_code IS NOT NULL OR occupation_text IS NOT NULL),
  CHECK (ended_on IS NULL OR ended_on >= set_on)
);
CREATE INDEX job_goal_course ON job_goal (course_id);

-- The CV belongs to the citizen (used across courses); every version is kept.
CREATE TABLE cv_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
  version_no integer NOT NULL CHECK (version_no >= 1),
  content jsonb NOT NULL,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (citizen_id, version_no)
);

CREATE TABLE contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
  course_id uuid REFERENCES course(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN (
    'meeting', 'start_meeting', 'three_party', 'rehabilitation_team', 'company_follow_up',
    'phone', 'sms', 'email', 'home_visit', 'walk', 'no_show'
  )),
  contact_date date NOT NULL,
  duration_band text CHECK (duration_band IN ('lt30', '30to59', 'ge60')),
  place text,
  content_categories text[] NOT NULL DEFAULT '{}',
  attendee_roles text[] NOT NULL DEFAULT '{}',
  staff_id uuid REFERENCES staff(id),
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_citizen ON contact (citizen_id, contact_date);
CREATE INDEX contact_course ON contact (course_id, contact_date);

-- Social support (CTI): three phases of equal length computed from start and planned length.
CREATE TABLE support_course (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL UNIQUE REFERENCES course(id) ON DELETE CASCADE,
  legal_basis text NOT NULL CHECK (legal_basis IN ('LAB § 31 b', 'SEL § 82 b', 'SEL § 85')),
  planned_months integer NOT NULL CHECK (planned_months IN (6, 9)),
  start_date date NOT NULL,
  contact_building_end date,
  closing_meeting_date date,
  closing_meeting_network text,
  end_date date,
  CHECK (end_date IS NULL OR end_date >= start_date)
);

-- Rehabilitation track (Bedre Ressourceforløb; Flere skal med group 2).
CREATE TABLE rehab_track (
  course_id uuid PRIMARY KEY REFERENCES course(id) ON DELETE CASCADE,
  preparation_start date,
  team_meeting_date date,
  team_attendees text[] NOT NULL DEFAULT '{}',
  company_consultant_present boolean,
  recommendation_goal text,
  recommendation_handed_over date,
  first_caseworker_meeting date,
  CHECK (team_meeting_date IS NULL OR preparation_start IS NULL OR team_meeting_date >= preparation_start),
  CHECK (recommendation_handed_over IS NULL OR team_meeting_date IS NULL OR recommendation_handed_over >= team_meeting_date),
  CHECK (first_caseworker_meeting IS NULL OR team_meeting_date IS NULL OR first_caseworker_meeting >= team_meeting_date)
);

CREATE TABLE measurement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
  course_id uuid REFERENCES course(id) ON DELETE CASCADE,
  instrument text NOT NULL,
  scheduled_point integer NOT NULL CHECK (scheduled_point >= 0),
  measured_on date NOT NULL,
  answers jsonb NOT NULL,
  -- Computed from the answers by the instrument's rule; NULL when an item is missing.
  score numeric,
  respondent_role text,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measurement_citizen ON measurement (citizen_id, instrument, measured_on);
-- One measurement per instrument and scheduled point in a course (also under concurrent saves).
CREATE UNIQUE INDEX measurement_once_per_point
  ON measurement (citizen_id, coalesce(course_id, '00000000-0000-0000-0000-000000000000'::uuid), instrument, scheduled_point);

-- Group activities (gruppeforløb) run from an outreach office or team.
CREATE TABLE group_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES unit(id),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  description text,
  start_date date NOT NULL,
  end_date date,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE group_activity_participant (
  activity_id uuid NOT NULL REFERENCES group_activity(id) ON DELETE CASCADE,
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  joined_on date NOT NULL,
  left_on date,
  PRIMARY KEY (activity_id, course_id)
);
