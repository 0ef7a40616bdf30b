-- One audit event per request (issue 9 item 21): a list page records one row
-- naming every citizen it showed, instead of one row per citizen. The
-- pseudonyms shown go in citizen_pseudonyms; citizen_pseudonym keeps the
-- single citizen of a one-citizen event (and of every event written before
-- this migration, which are not rewritten: the log is append-only). A search
-- by citizen reads both columns; the GIN index serves `citizen_pseudonyms @>
-- ARRAY[...]`.
ALTER TABLE audit_event ADD COLUMN citizen_pseudonyms text[];
CREATE INDEX audit_event_citizen_list ON audit_event USING gin (citizen_pseudonyms);
