-- Cohorts (learning), coordinators' country scope (identity), and the indexes the reports read by.
-- Sequences start at their increment: EclipseLink reads NEXT VALUE as the last id of a block of 50.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- A run of a course for a group: "Nepal — Provincial officials 2026".
CREATE SEQUENCE cohort_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cohort (
  id           BIGINT       PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  course_id    VARCHAR(80)  NOT NULL REFERENCES course(id),
  country_code VARCHAR(2)   REFERENCES country(code),
  organisation VARCHAR(200),
  starts_on    DATE,
  ends_on      DATE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT cohort_name_unique UNIQUE (name),
  CONSTRAINT cohort_dates CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX cohort_country ON cohort(country_code);

CREATE TABLE cohort_trainer (
  cohort_id BIGINT NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
  person_id BIGINT NOT NULL REFERENCES person(id),
  PRIMARY KEY (cohort_id, person_id)
);
CREATE INDEX cohort_trainer_person ON cohort_trainer(person_id);

ALTER TABLE enrollment ADD COLUMN cohort_id BIGINT;
-- The course progress the learner sees, kept with every progress report (recounted after each
-- content load, which also fills it for enrollments made before this column).
ALTER TABLE enrollment ADD COLUMN progress_percent INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE enrollment ADD CONSTRAINT enrollment_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort(id);

-- Live sessions named their cohort in free text; each distinct label becomes a cohort of the country
-- its sessions were held for, of the country track that holds one of their modules, else of the
-- blended course (else of any course: without one, the label cannot become a cohort and is dropped).
INSERT INTO cohort (id, name, course_id, country_code, created_at)
SELECT nextval('cohort_seq'), label.name, label.course_id, label.country_code, CURRENT_TIMESTAMP
FROM (
  SELECT ls.cohort AS name,
         CASE WHEN COUNT(DISTINCT ls.country_code) = 1 THEN MIN(ls.country_code) END AS country_code,
         COALESCE(
           (SELECT MIN(c.id) FROM course c
              JOIN course_module cm ON cm.course_id = c.id
              JOIN live_session_module lsm ON lsm.module_id = cm.module_id
              JOIN live_session same ON same.id = lsm.session_id
             JOIN course_country cc ON cc.course_id = c.id
             WHERE same.cohort = ls.cohort AND cc.country_code = same.country_code),
           (SELECT c.id FROM course c WHERE c.id = 'mmicd-blended'),
           (SELECT MIN(c.id) FROM course c)) AS course_id
  FROM live_session ls
  WHERE ls.cohort IS NOT NULL
  GROUP BY ls.cohort
) label
WHERE label.course_id IS NOT NULL;

ALTER TABLE live_session ADD COLUMN cohort_id BIGINT;
ALTER TABLE live_session ADD CONSTRAINT live_session_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort(id);
UPDATE live_session SET cohort_id = (SELECT c.id FROM cohort c WHERE c.name = live_session.cohort)
 WHERE cohort IS NOT NULL;
ALTER TABLE live_session DROP COLUMN cohort;
CREATE INDEX live_session_cohort ON live_session(cohort_id);

-- Which learners a coordinator reports on: every country, or the countries listed. A coordinator
-- without a scope sees no figures until an admin assigns one.
CREATE TABLE coordinator_scope (
  person_id     BIGINT  PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  all_countries BOOLEAN NOT NULL,
  assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE coordinator_country (
  person_id    BIGINT     NOT NULL REFERENCES coordinator_scope(person_id) ON DELETE CASCADE,
  country_code VARCHAR(2) NOT NULL REFERENCES country(code),
  PRIMARY KEY (person_id, country_code)
);

-- Coordinators so far saw every country's quiz reports: they keep seeing every country.
INSERT INTO coordinator_scope (person_id, all_countries, assigned_at)
SELECT person_id, TRUE, CURRENT_TIMESTAMP FROM person_role WHERE role = 'COORDINATOR';

-- The reports group and filter enrollments by these.
CREATE INDEX enrollment_cohort ON enrollment(cohort_id, status);
CREATE INDEX enrollment_enrolled ON enrollment(enrolled_at);
CREATE INDEX enrollment_completed ON enrollment(completed_at);
