-- Issue 10 items 6 and 7.
--
-- Login throttling shared by every app server on the database: one row per
-- key ('account:<username>' or 'address:<client address>') counting the
-- login attempts that reached the password check within the window. A login
-- claims an attempt with one atomic UPSERT before the password is checked,
-- so parallel requests cannot slip past the count; past the free attempts,
-- each further one waits a delay that doubles (capped), instead of a hard
-- lock-out of everyone behind one address.
CREATE TABLE login_attempt (
  key text PRIMARY KEY,
  attempts integer NOT NULL CHECK (attempts >= 0),
  last_attempt_at timestamptz NOT NULL DEFAULT now()
);

-- A staff member whose password was set by someone else (the first
-- administrator from `jobspor init`) must choose their own before anything
-- else: every API but the password change answers 403 password_change_required.
ALTER TABLE staff ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
