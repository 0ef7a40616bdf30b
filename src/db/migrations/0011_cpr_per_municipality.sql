-- Issue 10 item 5: a CPR number is unique within a municipality, not across
-- the installation. A person can move: the old municipality's record is
-- closed by a transfer row (citizen_transfer) and the new municipality
-- registers the citizen as its own record. Each municipality is its own data
-- controller, so no case data travels with the move.
--
-- citizen_cpr.municipality_id is the root of the citizen's unit. A citizen's
-- unit only ever changes within the caller's units (below one municipality),
-- so the column cannot go stale; an insert that leaves it out gets it from
-- the citizen's unit (the demo seed, test fixtures and old backups, whose
-- restore passes NULL for both new columns).
-- citizen_cpr.active is false once the citizen has moved away; only active
-- records are unique, so a citizen who moves back can be registered again.

CREATE FUNCTION unit_municipality(uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up AS (
    SELECT id, parent_id FROM unit WHERE id = $1
    UNION ALL
    SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
  )
  SELECT id FROM up WHERE parent_id IS NULL
$$;

ALTER TABLE citizen_cpr ADD COLUMN municipality_id uuid REFERENCES unit(id);
ALTER TABLE citizen_cpr ADD COLUMN active boolean NOT NULL DEFAULT true;
UPDATE citizen_cpr c SET municipality_id = unit_municipality(z.unit_id) FROM citizen z WHERE z.id = c.citizen_id;
ALTER TABLE citizen_cpr ALTER COLUMN municipality_id SET NOT NULL;

CREATE FUNCTION citizen_cpr_fill_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.municipality_id IS NULL THEN
    NEW.municipality_id := unit_municipality((SELECT unit_id FROM citizen WHERE id = NEW.citizen_id));
  END IF;
  IF NEW.active IS NULL THEN
    NEW.active := true;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER citizen_cpr_municipality BEFORE INSERT ON citizen_cpr
  FOR EACH ROW EXECUTE FUNCTION citizen_cpr_fill_municipality();

ALTER TABLE citizen_cpr DROP CONSTRAINT citizen_cpr_cpr_key;
CREATE UNIQUE INDEX citizen_cpr_active_per_municipality ON citizen_cpr (municipality_id, cpr) WHERE active;
CREATE INDEX citizen_cpr_number ON citizen_cpr (cpr);

-- A citizen who moved to another municipality: recorded by a manager of the
-- municipality they left; the record stays for its history, read-only.
CREATE TABLE citizen_transfer (
  citizen_id uuid PRIMARY KEY REFERENCES citizen(id) ON DELETE CASCADE,
  to_municipality text NOT NULL CHECK (length(btrim(to_municipality)) BETWEEN 1 AND 120),
  moved_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
