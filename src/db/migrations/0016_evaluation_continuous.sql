-- Continuous evaluation (issue 13): the series of monthly effect
-- re-estimates per model and unit shown on the status report
-- (store/evaluation/continuous.ts). A cache, not a record: a row is
-- recomputed when its inputs key (the register imports and the model's
-- courses in force, the last closed month, the definition's version)
-- no longer matches, and holds aggregates only (effects, CIs, counts).
CREATE TABLE evaluation_continuous (
  model_id text NOT NULL,
  unit_id uuid NOT NULL REFERENCES unit(id),
  computed_at timestamptz NOT NULL DEFAULT now(),
  inputs_key text NOT NULL,
  duration_ms integer NOT NULL,
  -- The ContinuousSeries (routes/evaluation/schemas.ts continuousSeries) without computedAt.
  series jsonb NOT NULL,
  PRIMARY KEY (model_id, unit_id)
);
