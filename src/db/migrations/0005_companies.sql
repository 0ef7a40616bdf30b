-- Companies and work: the municipality's company network (companies, contact
-- persons, contact log, cooperation agreements with their renegotiation
-- history, openings), matches between a citizen's course and a company,
-- work agreements with every version kept, placements with weekly hours
-- (unpaid placement hours and paid ordinary hours, planned and actual),
-- follow-ups at the company and aftercare contacts after ordinary employment.

-- The network is shared across the municipality; the relationship is owned
-- by a staff member and a unit, and that ownership is visible to everyone.
CREATE TABLE company (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES unit(id),
  cvr text NOT NULL CHECK (cvr ~ '^[0-9]{8}$'),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  -- DB07 code at any level from 2 to 6 digits.
  industry_code text CHECK (industry_code ~ '^[0-9]{2,6}$'),
  size_band text CHECK (size_band IN ('1-9', '10-49', '50-249', '250+')),
  sector text NOT NULL DEFAULT 'private' CHECK (sector IN ('private', 'public')),
  phone text,
  email text,
  website text,
  note text,
  owner_staff_id uuid REFERENCES staff(id),
  owner_unit_id uuid REFERENCES unit(id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One company per CVR number per municipality: a re-import updates, never duplicates.
CREATE UNIQUE INDEX company_cvr_per_municipality ON company (municipality_id, cvr);
CREATE INDEX company_owner ON company (owner_staff_id);
CREATE INDEX company_name ON company (municipality_id, lower(name));

-- Addresses: the registered address and workplaces (production units) where citizens can work.
CREATE TABLE company_address (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'main' CHECK (kind IN ('main', 'workplace')),
  address_line text,
  postcode text NOT NULL CHECK (postcode ~ '^[0-9]{4}$'),
  city text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_address_company ON company_address (company_id);
CREATE INDEX company_address_postcode ON company_address (postcode);

CREATE TABLE company_contact_person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  title text,
  phone text,
  email text,
  note text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_contact_person_company ON company_contact_person (company_id);

-- The contact log: who contacted the company, when and how.
CREATE TABLE company_interaction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('visit', 'call', 'email', 'job_order', 'ringedag', 'meeting')),
  interaction_date date NOT NULL,
  staff_id uuid NOT NULL REFERENCES staff(id),
  contact_person_id uuid REFERENCES company_contact_person(id),
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_interaction_company ON company_interaction (company_id, interaction_date);
CREATE INDEX company_interaction_staff ON company_interaction (staff_id, interaction_date);

-- Cooperation agreements (samarbejdsaftaler, virksomhedscentre). The row holds
-- the terms in force; every version, including the first, is kept in
-- cooperation_agreement_version so renegotiations can be followed.
CREATE TABLE cooperation_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('fixed_places', 'open')),
  places integer CHECK (places IS NULL OR places BETWEEN 1 AND 1000),
  ordinary_hours_readiness boolean NOT NULL,
  from_date date NOT NULL,
  to_date date,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date),
  CHECK ((kind = 'fixed_places') = (places IS NOT NULL))
);
CREATE INDEX cooperation_agreement_company ON cooperation_agreement (company_id);

CREATE TABLE cooperation_agreement_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES cooperation_agreement(id) ON DELETE CASCADE,
  version_no integer NOT NULL CHECK (version_no >= 1),
  kind text NOT NULL,
  places integer,
  ordinary_hours_readiness boolean NOT NULL,
  from_date date NOT NULL,
  to_date date,
  note text,
  -- Why the terms changed (renegotiation); empty for the first version.
  reason text,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agreement_id, version_no)
);

-- Openings: tasks a citizen can do for a few hours a week.
CREATE TABLE opening (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  tasks text NOT NULL,
  occupation_code text CHECK (occupation_code ~ '^[0-9]{1,4}$'),
  industry_code text CHECK (industry_code ~ '^[0-9]{2,6}$'),
  postcode text NOT NULL CHECK (postcode ~ '^[0-9]{4}$'),
  hours_min numeric(4,1) NOT NULL CHECK (hours_min >= 0 AND hours_min <= 80),
  hours_max numeric(4,1) NOT NULL CHECK (hours_max >= hours_min AND hours_max <= 80),
  paid_from_start boolean NOT NULL DEFAULT false,
  places integer NOT NULL DEFAULT 1 CHECK (places BETWEEN 1 AND 100),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
  open_from date NOT NULL,
  open_to date,
  contact_person_id uuid REFERENCES company_contact_person(id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (open_to IS NULL OR open_to >= open_from)
);
CREATE INDEX opening_company ON opening (company_id);
CREATE INDEX opening_open ON opening (status) WHERE status = 'open';

-- A match is recorded when citizen, company and consultant agree.
CREATE TABLE job_match (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES company(id),
  opening_id uuid REFERENCES opening(id),
  consultant_id uuid NOT NULL REFERENCES staff(id),
  matched_on date NOT NULL,
  rationale text NOT NULL CHECK (length(btrim(rationale)) >= 1),
  -- The score and its parts as shown when the match was made (explanation, not a control).
  score jsonb,
  status text NOT NULL DEFAULT 'agreed' CHECK (status IN ('agreed', 'withdrawn')),
  withdrawn_on date,
  withdrawn_reason text,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL))
);
CREATE INDEX job_match_course ON job_match (course_id);
CREATE INDEX job_match_company ON job_match (company_id);

-- Work agreement (arbejdsaftale) between citizen, company and job centre.
-- Every saved version is kept; the highest version_no is current.
CREATE TABLE work_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES company(id),
  match_id uuid REFERENCES job_match(id),
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_agreement_course ON work_agreement (course_id);
CREATE INDEX work_agreement_company ON work_agreement (company_id);

CREATE TABLE work_agreement_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES work_agreement(id) ON DELETE CASCADE,
  version_no integer NOT NULL CHECK (version_no >= 1),
  -- The day this version was made (what the rule engine dates the clause by).
  made_on date NOT NULL,
  -- Ordinary paid hours agreed now / a declaration of intent on ordinary hours later.
  ordinary_hours_clause boolean NOT NULL,
  declaration_of_intent boolean NOT NULL,
  -- Everything else: tasks, hours, sub-goals, accommodations, contact person,
  -- follow-up plan, mentor, aids (validated by domain/placements/work-agreement.ts).
  content jsonb NOT NULL,
  citizen_agreed_on date,
  company_agreed_on date,
  jobcentre_agreed_on date,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agreement_id, version_no)
);

CREATE TABLE placement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES company(id),
  opening_id uuid REFERENCES opening(id),
  match_id uuid REFERENCES job_match(id),
  work_agreement_id uuid REFERENCES work_agreement(id),
  type text NOT NULL CHECK (type IN (
    'virksomhedspraktik', 'loentilskud', 'ordinary_hours', 'hybrid', 'fleksjob', 'job', 'education', 'snusepraktik'
  )),
  from_date date NOT NULL,
  -- Last day of the placement (inclusive), once it has ended.
  to_date date,
  end_reason text CHECK (end_reason IN (
    'completed', 'converted_to_paid', 'company_would_not_pay', 'too_demanding', 'citizen_ended', 'moved', 'other'
  )),
  end_note text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date),
  CHECK ((to_date IS NULL) = (end_reason IS NULL))
);
CREATE INDEX placement_course ON placement (course_id);
CREATE INDEX placement_company ON placement (company_id);
CREATE INDEX placement_running ON placement (course_id) WHERE to_date IS NULL;
CREATE INDEX placement_opening ON placement (opening_id) WHERE opening_id IS NOT NULL;
CREATE INDEX placement_work_agreement ON placement (work_agreement_id) WHERE work_agreement_id IS NOT NULL;

-- Hours per week (week_start is the Monday): unpaid placement hours and paid
-- ordinary hours, each planned and actual (actual NULL until recorded).
CREATE TABLE placement_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
  week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
  planned_unpaid_hours numeric(4,1) NOT NULL DEFAULT 0 CHECK (planned_unpaid_hours BETWEEN 0 AND 80),
  planned_paid_hours numeric(4,1) NOT NULL DEFAULT 0 CHECK (planned_paid_hours BETWEEN 0 AND 80),
  actual_unpaid_hours numeric(4,1) CHECK (actual_unpaid_hours BETWEEN 0 AND 80),
  actual_paid_hours numeric(4,1) CHECK (actual_paid_hours BETWEEN 0 AND 80),
  note text,
  recorded_by uuid REFERENCES staff(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (placement_id, week_start)
);

-- Follow-up meeting at the company with the agenda answers and ratings.
CREATE TABLE follow_up (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  staff_id uuid REFERENCES staff(id),
  attendee_roles text[] NOT NULL DEFAULT '{}',
  goal_still_right boolean,
  goal_note text,
  sub_goals_adjusted text,
  other_offers_needed text,
  -- Tasks the citizen solves on equal terms with colleagues (and so can be paid for).
  equal_terms_tasks text,
  -- BRF follow-up form: development since the last follow-up, 1-5.
  rating_tasks_solved smallint CHECK (rating_tasks_solved BETWEEN 1 AND 5),
  rating_stability smallint CHECK (rating_stability BETWEEN 1 AND 5),
  rating_independence smallint CHECK (rating_independence BETWEEN 1 AND 5),
  rating_cooperation smallint CHECK (rating_cooperation BETWEEN 1 AND 5),
  rating_appearance smallint CHECK (rating_appearance BETWEEN 1 AND 5),
  -- The company's rating of the citizen's effectiveness, 0-10 (STV: e.g. 8/10).
  effectiveness smallint CHECK (effectiveness BETWEEN 0 AND 10),
  note text,
  next_follow_up_on date,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (next_follow_up_on IS NULL OR next_follow_up_on >= held_on)
);
CREATE INDEX follow_up_placement ON follow_up (placement_id, held_on);

-- Aftercare (efterværn): contacts after the citizen got ordinary employment.
CREATE TABLE aftercare_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
  contact_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('phone', 'meeting', 'company_visit', 'sms', 'email')),
  with_whom text NOT NULL CHECK (with_whom IN ('citizen', 'company', 'both')),
  staff_id uuid REFERENCES staff(id),
  note text,
  next_contact_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX aftercare_contact_placement ON aftercare_contact (placement_id, contact_date);
