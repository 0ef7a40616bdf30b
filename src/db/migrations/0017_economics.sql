-- Economics (issue 14, docs/economics.md): cost models entered per unit and
-- period, unit price sets as versioned data, and saved scenarios. The inputs
-- are the domain's plain JSON (domain/economics); results are computed on
-- read, never stored, so a corrected price set or formula shows at once.

-- A unit price set version (domain UnitPriceSet). Built-in sets (002's
-- calibrated prices) are written on start; a version is immutable.
CREATE TABLE economics_unit_price_set (
  id text NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9.-]*$'),
  version text NOT NULL CHECK (length(btrim(version)) BETWEEN 1 AND 40),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  price_year integer NOT NULL CHECK (price_year BETWEEN 1900 AND 2200),
  status text NOT NULL CHECK (status IN ('official', 'calibrated', 'user')),
  source jsonb,
  calibrated_under jsonb,
  prices jsonb NOT NULL,
  builtin boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- The cost of a model in a unit (a municipality or a unit below it) over a
-- period. `input` is the domain CostModelInput; its citizensPerYear is
-- `citizens_per_year` when entered, else counted from the case data.
CREATE TABLE economics_cost_model (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES unit(id),
  model_id text NOT NULL,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  period_from date NOT NULL,
  period_to date NOT NULL,
  -- Entered citizens a year; null: the count from the case data is used.
  citizens_per_year numeric CHECK (citizens_per_year IS NULL OR citizens_per_year > 0),
  input jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES staff(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from)
);
CREATE INDEX economics_cost_model_unit ON economics_cost_model (unit_id);

-- A saved scenario: the domain ScenarioInput, the price set it is valued
-- at, and optionally where its investment (a cost model) and its change
-- (an effect estimate: a saved evaluation analysis or entered figures) come from.
CREATE TABLE economics_scenario (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES unit(id),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  input jsonb NOT NULL,
  price_set_id text NOT NULL,
  price_set_version text NOT NULL,
  -- A cost model a scenario takes its investment from cannot be deleted under it.
  cost_model_id uuid REFERENCES economics_cost_model(id),
  evidence jsonb,
  created_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (price_set_id, price_set_version) REFERENCES economics_unit_price_set(id, version)
);
CREATE INDEX economics_scenario_unit ON economics_scenario (unit_id);
