-- Housing areas (boligområder) per municipality, the TRIN model's target
-- group (004, "Målgruppen for indsatsen": citizens living in the deprived
-- housing areas). An area is whole postcodes and/or address ranges (street
-- and house numbers, a single address, or a whole street, each with its
-- postcode); the citizen's registered address decides membership, so the
-- hand-kept citizen.housing_area is dropped.
CREATE TABLE housing_area (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES unit(id),
  name text NOT NULL CHECK (btrim(name) <> ''),
  postcodes text[] NOT NULL DEFAULT '{}',
  -- [{ "street": "Solbakken", "postcode": "4300", "from": 1, "to": 48 }]; from/to null = the whole street.
  addresses jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (cardinality(postcodes) > 0 OR jsonb_array_length(addresses) > 0)
);
CREATE UNIQUE INDEX housing_area_name ON housing_area (municipality_id, lower(name));

ALTER TABLE citizen DROP COLUMN housing_area;
