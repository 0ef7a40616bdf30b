-- Enrolment decisions (issue 9): what was decided when a citizen was enrolled,
-- so that monitoring and evaluation can tell a treatment by the model's rules
-- from an exception.

-- The target-group check on the enrolment date ('eligible', 'not_eligible',
-- 'undetermined'); NULL for courses enrolled before this migration.
ALTER TABLE course ADD COLUMN eligibility_at_enrolment text;
-- An ineligible citizen enrolled on a staff decision: a reason category
-- (domain/cases/enrolment-decision.ts) and the decision in words.
ALTER TABLE course ADD COLUMN ineligible_reason_code text;
ALTER TABLE course ADD COLUMN ineligible_reason_text text;
ALTER TABLE course ADD CONSTRAINT course_ineligible_reason_complete
  CHECK ((ineligible_reason_code IS NULL) = (ineligible_reason_text IS NULL));
-- A course that runs at the same time as a course in another model, where the
-- municipality allows it: why (NULL for a course that overlaps nothing).
ALTER TABLE course ADD COLUMN parallel_reason text;
-- Bedre Ressourceforløb: the citizen was already in a ressourceforløb when
-- enrolled (003 §1.1), so the course starts in the programme phase and has no
-- preparation or team meeting of its own.
ALTER TABLE course ADD COLUMN already_in_programme boolean NOT NULL DEFAULT false;

-- Settings an administrator sets for the whole municipality (the root unit).
CREATE TABLE municipality_setting (
  unit_id uuid PRIMARY KEY REFERENCES unit(id),
  -- May a citizen be in courses of two models at the same time (with a reason)?
  allow_parallel_courses boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES staff(id),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- What monitoring reads about enrolments: pseudonymised, codes only (the
-- free-text reasons stay in the case record, where access is audited).
CREATE VIEW monitoring_enrolment AS
SELECT
  course.id AS course_id,
  citizen.pseudonym AS citizen_pseudonym,
  course.model_id,
  course.model_version,
  course.unit_id,
  course.enrolment_date,
  course.end_date,
  course.eligibility_at_enrolment,
  course.ineligible_reason_code,
  course.parallel_reason IS NOT NULL AS parallel_course,
  course.already_in_programme
FROM course
JOIN citizen ON citizen.id = course.citizen_id;
