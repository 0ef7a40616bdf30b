-- Saved effect evaluations (issue 13): a finished analysis run kept with its
-- request, cohort summary, result and what makes it reproducible (hashes of
-- the inputs, the register imports in force, the software). Aggregates only:
-- no row names a person. Seen by the staff of the creator's municipality.
CREATE TABLE evaluation_analysis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  model_id text NOT NULL,
  -- The creator's municipality (the root of their unit).
  municipality_id uuid NOT NULL REFERENCES unit(id),
  -- The run request (cohort + analysis specification); a treated CSV is kept as its SHA-256 only.
  request jsonb NOT NULL,
  cohort jsonb NOT NULL,
  result jsonb NOT NULL,
  reproducibility jsonb NOT NULL,
  spec_sha256 char(64) NOT NULL CHECK (spec_sha256 ~ '^[0-9a-f]{64}$'),
  created_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The list of a municipality's analyses, newest first.
CREATE INDEX evaluation_analysis_municipality ON evaluation_analysis (municipality_id, created_at DESC);
-- Finding earlier analyses of the same specification.
CREATE INDEX evaluation_analysis_spec ON evaluation_analysis (spec_sha256);
CREATE INDEX evaluation_analysis_created_by ON evaluation_analysis (created_by);
