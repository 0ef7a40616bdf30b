-- Municipal overrides of model rule parameters. Every change is a new row, so
-- the table is its own history; a row with value NULL returns the parameter
-- to the model's default. Rows are never changed or deleted.
CREATE TABLE rule_override (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id uuid NOT NULL REFERENCES unit(id),
  model_id text NOT NULL,
  model_version text,
  rule_id text NOT NULL,
  parameter text NOT NULL,
  value integer,
  reason text,
  set_by uuid NOT NULL REFERENCES staff(id),
  set_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rule_override_lookup ON rule_override (unit_id, model_id, rule_id, parameter, set_at);

CREATE FUNCTION rule_override_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rule_override is append-only history: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER rule_override_no_update_delete BEFORE UPDATE OR DELETE ON rule_override
  FOR EACH ROW EXECUTE FUNCTION rule_override_refuse_change();
