-- Monitoring (issue 11 §3): the stored figures of the monthly status
-- report, the recompute runs that wrote them, targets a leder sets, and
-- the clusters (klynger) of comparable municipalities. Figures are
-- computed by the KPI engine (domain/monitoring) in store/monitoring.

-- One recompute of stored figures (CLI, web, after an import).
CREATE TABLE monitoring_run (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  duration_ms integer NOT NULL CHECK (duration_ms >= 0),
  run_by uuid REFERENCES staff(id),
  run_by_label text NOT NULL,
  -- The closed months computed (first days), and the models.
  month_from date NOT NULL,
  month_to date NOT NULL,
  models text[] NOT NULL,
  persons integer NOT NULL,
  figures_inserted integer NOT NULL,
  figures_superseded integer NOT NULL,
  figures_unchanged integer NOT NULL,
  CHECK (month_to >= month_from)
);

-- One figure: a measure for a model, unit and closed month, with its
-- numerator and denominator (shares are sums of counts, 004 Bilag 1) and
-- the measure definition's version. A figure is never updated: a
-- correction (changed data or definition) marks the current row superseded
-- and inserts the next version, so a past report does not change silently.
CREATE TABLE monitoring_figure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  model_id text NOT NULL,
  measure_id text NOT NULL,
  measure_version integer NOT NULL CHECK (measure_version >= 1),
  -- 'country', 'municipality:<kommunekode>', 'unit:<uuid>', 'staff:<uuid>'.
  unit_key text NOT NULL CHECK (unit_key ~ '^(country|municipality:[0-9]{3}|unit:[0-9a-f-]{36}|staff:[0-9a-f-]{36})$'),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  numerator double precision NOT NULL,
  denominator double precision NOT NULL,
  -- Persons in the measure's population (for suppressing small cells).
  persons integer NOT NULL CHECK (persons >= 0),
  -- Null when undefined (denominator 0, N_hist = 0).
  value double precision,
  version integer NOT NULL CHECK (version >= 1),
  run_id integer REFERENCES monitoring_run(id),
  computed_at timestamptz NOT NULL DEFAULT now(),
  superseded_at timestamptz
);
-- At most one current figure per model, unit, month and measure; the same
-- index serves the report's reads of a unit's (and the country's) series.
CREATE UNIQUE INDEX monitoring_figure_current ON monitoring_figure (model_id, unit_key, month, measure_id) WHERE superseded_at IS NULL;
-- Every municipality in one month (top 10, thirds) and a cluster's sums.
CREATE INDEX monitoring_figure_month ON monitoring_figure (model_id, month) WHERE superseded_at IS NULL AND unit_key LIKE 'municipality:%';

-- A target or sub-goal for a unit (team, staff member, ...), set by a
-- leder; it overrides the model definition's target in the unit's report.
CREATE TABLE monitoring_target (
  model_id text NOT NULL,
  measure_id text NOT NULL,
  unit_key text NOT NULL CHECK (unit_key ~ '^(country|municipality:[0-9]{3}|unit:[0-9a-f-]{36}|staff:[0-9a-f-]{36})$'),
  comparison text NOT NULL CHECK (comparison IN ('at_least', 'at_most')),
  value double precision NOT NULL CHECK (value >= 0),
  set_by uuid NOT NULL REFERENCES staff(id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model_id, measure_id, unit_key)
);

-- Clusters (klynger) of comparable municipalities: seeded from framework
-- conditions in the register (basis says how), editable by analysts.
CREATE TABLE municipality_cluster (
  municipality_code char(3) PRIMARY KEY REFERENCES municipality(code),
  cluster_id text NOT NULL CHECK (btrim(cluster_id) <> ''),
  cluster_name text NOT NULL CHECK (btrim(cluster_name) <> ''),
  -- e.g. 'register:long-term-benefit-share:2018-12', or 'manual'.
  basis text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX municipality_cluster_id ON municipality_cluster (cluster_id);
