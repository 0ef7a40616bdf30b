-- Social support (002 §2.1): a municipality may leave a drawn citizen out of
-- the random draw only for one of the model's exclusion reasons, and the
-- reason is registered with the visitation.
ALTER TABLE course ADD COLUMN exclusion_reason text;
