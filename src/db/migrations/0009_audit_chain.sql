-- A tamper-evident audit log (issue 10 items 3 and 4). Every row appended
-- from now on carries `hash`, the SHA-256 of its content and of `prev_hash`,
-- the hash of the row before it (domain/audit/chain.ts defines the canonical
-- serialisation). Appends are serialised with a transaction-level advisory
-- lock, so concurrent requests never fork the chain; `jobspor audit verify`
-- and restore check it. Rows written before this migration have no hash and
-- stay outside the chain (the log is append-only: they are not rewritten).
--
-- client_address is the client's IP address as the server saw it; session_ref
-- identifies the session (SHA-256 of the session's stored token hash, never
-- the cookie token itself).
ALTER TABLE audit_event
  ADD COLUMN client_address text,
  ADD COLUMN session_ref text,
  ADD COLUMN prev_hash text CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  ADD COLUMN hash text CHECK (hash ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT audit_event_chained CHECK ((hash IS NULL) = (prev_hash IS NULL));
