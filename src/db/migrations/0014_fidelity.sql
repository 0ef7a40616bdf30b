-- Fidelity (issue 12): instruments as versioned data, survey rounds, the
-- one-time invitations that let staff answer, and anonymous responses.
-- Anonymity is structural: a response stores the respondent's role and
-- unit and nothing that identifies the person. It has no timestamp and no
-- link to the invitation, and an invitation records only that it is spent
-- (no time), so neither can be joined to the other.

-- A fidelity instrument version (domain/fidelity/instrument.ts). Built-in
-- instruments are written on start; an organisation loads its own.
CREATE TABLE fidelity_instrument (
  id text NOT NULL CHECK (id ~ '^[a-z][a-z0-9.-]*$'),
  version text NOT NULL CHECK (version ~ '^[0-9]+\.[0-9]+\.[0-9]+$'),
  model_id text,
  definition jsonb NOT NULL,
  builtin boolean NOT NULL DEFAULT false,
  -- Null for a built-in instrument.
  municipality_id uuid REFERENCES unit(id),
  loaded_by uuid REFERENCES staff(id),
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- A survey round: one wave of an instrument in a set of units.
CREATE TABLE fidelity_round (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES unit(id),
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  model_id text,
  wave text NOT NULL CHECK (wave IN ('baseline', 'midway', 'end', 'named')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  opens_on date NOT NULL,
  -- The round closes at the end of this day; null: closes by hand.
  closes_on date,
  closed_at timestamptz,
  -- 'app': answered in Jobspor; 'import': answers collected elsewhere.
  origin text NOT NULL DEFAULT 'app' CHECK (origin IN ('app', 'import')),
  created_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (instrument_id, instrument_version) REFERENCES fidelity_instrument(id, version),
  CHECK (closes_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX fidelity_round_model ON fidelity_round (municipality_id, model_id, opens_on);

CREATE TABLE fidelity_round_unit (
  round_id uuid NOT NULL REFERENCES fidelity_round(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES unit(id),
  PRIMARY KEY (round_id, unit_id)
);

-- A staff member asked to answer a round, in one respondent role and unit.
-- 'spent' turns true when they answer; no time is kept (see above).
CREATE TABLE fidelity_invitation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES fidelity_round(id) ON DELETE CASCADE,
  staff_id uuid NOT NULL REFERENCES staff(id),
  respondent_role text NOT NULL CHECK (respondent_role IN ('leder', 'projektleder', 'sagsbehandler', 'jobformidler', 'virksomhedskonsulent', 'mentor')),
  unit_id uuid NOT NULL REFERENCES unit(id),
  spent boolean NOT NULL DEFAULT false,
  UNIQUE (round_id, staff_id)
);
CREATE INDEX fidelity_invitation_staff ON fidelity_invitation (staff_id) WHERE NOT spent;

-- A batch of answers imported from CSV (who imported it is not a respondent).
CREATE TABLE fidelity_import (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES fidelity_round(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  rows_read integer NOT NULL CHECK (rows_read >= 0),
  rows_accepted integer NOT NULL CHECK (rows_accepted >= 0),
  -- [{ "line": 3, "field": "unit", "reason": "..." }]
  rejected jsonb NOT NULL DEFAULT '[]',
  imported_by uuid NOT NULL REFERENCES staff(id),
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- One anonymous response. No timestamp, no staff id, no invitation id.
CREATE TABLE fidelity_response (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES fidelity_round(id) ON DELETE CASCADE,
  respondent_role text NOT NULL CHECK (respondent_role IN ('leder', 'projektleder', 'sagsbehandler', 'jobformidler', 'virksomhedskonsulent', 'mentor')),
  unit_id uuid NOT NULL REFERENCES unit(id),
  import_id uuid REFERENCES fidelity_import(id) ON DELETE CASCADE
);
CREATE INDEX fidelity_response_round ON fidelity_response (round_id);

-- One answer to one item; value null = "don't know".
CREATE TABLE fidelity_answer (
  response_id uuid NOT NULL REFERENCES fidelity_response(id) ON DELETE CASCADE,
  item_id text NOT NULL,
  value integer,
  PRIMARY KEY (response_id, item_id)
);
