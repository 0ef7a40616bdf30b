-- Register extracts (issue 11): the population beyond the caseload.
-- Persons (DFDG/CPR-like), weekly benefit states (DREAM-like), monthly paid
-- hours (eIndkomst-like) and visitation rows (DFDG-like), imported from
-- files. docs/registers.md describes the formats; domain/registers holds
-- the validation, store/registers the import.

-- Kommunekoder (3 digits) and names. The 98 municipalities are loaded by
-- the import code from domain/registers/municipalities.ts on first use;
-- an installation may add its own (the demo's Fjordby).
CREATE TABLE municipality (
  code char(3) PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
  name text NOT NULL CHECK (btrim(name) <> '')
);

-- A municipality unit's kommunekode, linking the case system's organisation
-- to register persons' municipality.
ALTER TABLE unit ADD COLUMN municipality_code char(3) REFERENCES municipality(code);
CREATE UNIQUE INDEX unit_municipality_code ON unit (municipality_code) WHERE municipality_code IS NOT NULL;

-- A code list maps an extract's source codes to Jobspor's benefit states
-- (domain/registers/states.ts). Versioned data: an import records the list
-- it used; a list is never changed after use, a new version is loaded.
CREATE TABLE register_code_list (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (btrim(name) <> ''),
  version integer NOT NULL CHECK (version >= 1),
  -- { "<source code>": "<state>" }
  entries jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (name, version)
);

CREATE TABLE register_import (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('persons', 'benefit_weeks', 'hours_monthly', 'visitations')),
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- The period the extract covers (first day .. last day); null for persons.
  period_from date,
  period_to date,
  rows_read integer NOT NULL,
  rows_kept integer NOT NULL,
  -- The validation report (domain/registers/report.ts).
  report jsonb NOT NULL,
  code_list_id integer REFERENCES register_code_list(id),
  -- Who imported: a staff member (web) or the CLI's operating-system user.
  imported_by uuid REFERENCES staff(id),
  imported_by_label text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  rolled_back_at timestamptz,
  rolled_back_by_label text,
  CHECK ((period_from IS NULL) = (period_to IS NULL)),
  CHECK (period_to IS NULL OR period_to >= period_from)
);

-- One row per person. person_key is HMAC-SHA-256 (installation secret) of
-- the CPR number, or 'ext:' + the data owner's own pseudonymised key; the
-- CPR number itself is never stored here. citizen_id links a person who is
-- a citizen in the case system (matched by CPR at import).
CREATE TABLE register_person (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_key text NOT NULL UNIQUE,
  pseudonym text NOT NULL UNIQUE,
  citizen_id uuid REFERENCES citizen(id) ON DELETE SET NULL,
  birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
  sex char(1) CHECK (sex IN ('K', 'M')),
  municipality char(3) REFERENCES municipality(code),
  origin text,
  education smallint CHECK (education BETWEEN 0 AND 8),
  -- The persons import that last set the attributes.
  import_id integer REFERENCES register_import(id)
);
CREATE INDEX register_person_citizen ON register_person (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX register_person_municipality ON register_person (municipality);

-- One state per person-week; week = the Monday of the ISO week. Weeks an
-- extract covers without a row for a person mean no public benefit
-- (self-supporting), as in DREAM.
-- No foreign keys on this, the largest table (26 million rows for 100,000
-- persons over five years): checking them halved the import's speed, and
-- only the import and rollback (store/registers), one transaction at a time,
-- write it, from ids they have just resolved.
CREATE TABLE register_benefit_week (
  person_id integer NOT NULL,
  week date NOT NULL,
  state smallint NOT NULL,
  import_id integer NOT NULL,
  PRIMARY KEY (person_id, week)
);
CREATE INDEX register_benefit_week_import ON register_benefit_week (import_id);

-- Paid hours per person, month and employer; month = the first day.
CREATE TABLE register_hours_month (
  person_id integer NOT NULL REFERENCES register_person(id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  employer_cvr char(8) NOT NULL CHECK (employer_cvr ~ '^[0-9]{8}$'),
  db07 text,
  paid_hours numeric(6, 2) NOT NULL CHECK (paid_hours >= 0 AND paid_hours <= 744),
  -- Fleksjob and løntilskud wages: paid, but not ordinary hours.
  subsidised boolean NOT NULL DEFAULT false,
  import_id integer NOT NULL REFERENCES register_import(id),
  PRIMARY KEY (person_id, month, employer_cvr)
);
CREATE INDEX register_hours_month_import ON register_hours_month (import_id);

-- Visitation rows (DFDG-like): a person's visitation to a model's group,
-- possibly several per person; the monitoring selects one
-- (domain/monitoring/visitation-selection.ts, 000 Bilag 1).
CREATE TABLE register_visitation (
  person_id integer NOT NULL REFERENCES register_person(id),
  model_id text NOT NULL,
  group_code text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  import_id integer NOT NULL REFERENCES register_import(id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX register_visitation_person ON register_visitation (person_id, model_id);
CREATE INDEX register_visitation_import ON register_visitation (import_id);

-- Rows an import replaced (same period), kept so that rolling the import
-- back restores them exactly. replaced_by = the import that replaced them.
CREATE TABLE register_benefit_week_replaced (
  replaced_by integer NOT NULL,
  person_id integer NOT NULL,
  week date NOT NULL,
  state smallint NOT NULL,
  import_id integer NOT NULL
);
CREATE INDEX register_benefit_week_replaced_by ON register_benefit_week_replaced (replaced_by);
CREATE TABLE register_hours_month_replaced (
  replaced_by integer NOT NULL REFERENCES register_import(id),
  person_id integer NOT NULL,
  month date NOT NULL,
  employer_cvr char(8) NOT NULL,
  db07 text,
  paid_hours numeric(6, 2) NOT NULL,
  subsidised boolean NOT NULL,
  import_id integer NOT NULL
);
CREATE INDEX register_hours_month_replaced_by ON register_hours_month_replaced (replaced_by);
CREATE TABLE register_visitation_replaced (
  replaced_by integer NOT NULL REFERENCES register_import(id),
  person_id integer NOT NULL,
  model_id text NOT NULL,
  group_code text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  import_id integer NOT NULL
);
CREATE INDEX register_visitation_replaced_by ON register_visitation_replaced (replaced_by);
-- A persons import's previous attribute values (persons it only updated).
CREATE TABLE register_person_replaced (
  replaced_by integer NOT NULL REFERENCES register_import(id),
  person_id integer NOT NULL,
  birth_year smallint,
  sex char(1),
  municipality char(3),
  origin text,
  education smallint,
  import_id integer
);
CREATE INDEX register_person_replaced_by ON register_person_replaced (replaced_by);

-- Per person, the weekly states as one array from first_week (derived from
-- register_benefit_week by the import and rollback, in their transaction),
-- so the monitoring reads 100,000 rows, not 26 million. 0 = no row
-- (self-supporting where an extract covers the week).
CREATE TABLE register_person_timeline (
  person_id integer PRIMARY KEY REFERENCES register_person(id),
  first_week date NOT NULL,
  states smallint[] NOT NULL
);
