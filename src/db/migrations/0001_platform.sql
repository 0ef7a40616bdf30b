-- Platform foundation: organisation units, staff, sessions, citizens (with the
-- CPR number in a table of its own), benefit spells and the append-only audit log.

CREATE TABLE unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id uuid REFERENCES unit(id),
  kind text NOT NULL CHECK (kind IN ('municipality', 'jobcentre', 'team', 'outreach_office')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  housing_area text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'municipality') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX unit_name_per_parent ON unit (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

CREATE TABLE staff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
  email text,
  unit_id uuid NOT NULL REFERENCES unit(id),
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0
    AND roles <@ ARRAY['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin']::text[]
  ),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  active_from date NOT NULL DEFAULT current_date,
  active_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_unit ON staff (unit_id);

-- Server-side sessions; only a hash of the cookie token is stored.
CREATE TABLE session (
  token_hash text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_staff ON session (staff_id);

CREATE TABLE citizen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pseudonym text NOT NULL UNIQUE,
  first_name text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male')),
  phone text,
  email text,
  address_line text,
  postcode text CHECK (postcode ~ '^[0-9]{4}$'),
  city text,
  unit_id uuid NOT NULL REFERENCES unit(id),
  responsible_staff_id uuid REFERENCES staff(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_unit ON citizen (unit_id);
CREATE INDEX citizen_responsible ON citizen (responsible_staff_id);

-- The CPR number lives apart from case data; only identity code reads it.
CREATE TABLE citizen_cpr (
  citizen_id uuid PRIMARY KEY REFERENCES citizen(id) ON DELETE CASCADE,
  cpr text NOT NULL UNIQUE CHECK (cpr ~ '^[0-9]{10}$')
);

CREATE TABLE benefit_spell (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
  benefit_type text NOT NULL CHECK (benefit_type IN (
    'kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse', 'ressourceforloeb',
    'sygedagpenge', 'dagpenge', 'ledighedsydelse', 'fleksjob', 'foertidspension'
  )),
  readiness text CHECK (readiness IN ('aktivitetsparat', 'jobparat')),
  from_date date NOT NULL,
  to_date date,
  source text NOT NULL DEFAULT 'case' CHECK (source IN ('case', 'register')),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX benefit_spell_citizen ON benefit_spell (citizen_id, from_date);

-- Append-only audit log. The triggers below make UPDATE, DELETE and TRUNCATE
-- fail for every role that is subject to triggers, so the guarantee holds in
-- the schema and not only in application code.
CREATE TABLE audit_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  staff_id uuid,
  staff_username text,
  action text NOT NULL,
  method text,
  route text,
  citizen_pseudonym text,
  detail jsonb
);
CREATE INDEX audit_event_citizen ON audit_event (citizen_pseudonym, at);
CREATE INDEX audit_event_staff ON audit_event (staff_id, at);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
