-- Lists that lived in comma-separated columns become tables, so that queries (reports above all)
-- can join and filter on them; and the foreign keys that had no index get one.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

CREATE TABLE course_language (
  course_id VARCHAR(80) NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  position  INTEGER     NOT NULL,
  language  VARCHAR(10) NOT NULL,
  PRIMARY KEY (course_id, position)
);
CREATE TABLE course_country (
  course_id    VARCHAR(80) NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  position     INTEGER     NOT NULL,
  country_code VARCHAR(2)  NOT NULL,
  PRIMARY KEY (course_id, position)
);
CREATE INDEX course_country_code ON course_country(country_code);
CREATE TABLE module_partner (
  module_id VARCHAR(80)  NOT NULL REFERENCES learning_module(id) ON DELETE CASCADE,
  position  INTEGER      NOT NULL,
  partner   VARCHAR(100) NOT NULL,
  PRIMARY KEY (module_id, position)
);

INSERT INTO course_language (course_id, position, language)
WITH RECURSIVE parts(owner, position, item, rest) AS (
  SELECT id, 0,
         CASE WHEN POSITION(',' IN languages) > 0 THEN SUBSTRING(languages, 1, POSITION(',' IN languages) - 1) ELSE languages END,
         CASE WHEN POSITION(',' IN languages) > 0 THEN SUBSTRING(languages, POSITION(',' IN languages) + 1) ELSE '' END
    FROM course WHERE languages IS NOT NULL AND TRIM(languages) <> ''
  UNION ALL
  SELECT owner, position + 1,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, 1, POSITION(',' IN rest) - 1) ELSE rest END,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, POSITION(',' IN rest) + 1) ELSE '' END
    FROM parts WHERE rest <> ''
)
SELECT owner, position, TRIM(item) FROM parts WHERE TRIM(item) <> '';

INSERT INTO course_country (course_id, position, country_code)
WITH RECURSIVE parts(owner, position, item, rest) AS (
  SELECT id, 0,
         CASE WHEN POSITION(',' IN countries) > 0 THEN SUBSTRING(countries, 1, POSITION(',' IN countries) - 1) ELSE countries END,
         CASE WHEN POSITION(',' IN countries) > 0 THEN SUBSTRING(countries, POSITION(',' IN countries) + 1) ELSE '' END
    FROM course WHERE countries IS NOT NULL AND TRIM(countries) <> ''
  UNION ALL
  SELECT owner, position + 1,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, 1, POSITION(',' IN rest) - 1) ELSE rest END,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, POSITION(',' IN rest) + 1) ELSE '' END
    FROM parts WHERE rest <> ''
)
SELECT owner, position, TRIM(item) FROM parts WHERE TRIM(item) <> '';

INSERT INTO module_partner (module_id, position, partner)
WITH RECURSIVE parts(owner, position, item, rest) AS (
  SELECT id, 0,
         CASE WHEN POSITION(',' IN partners) > 0 THEN SUBSTRING(partners, 1, POSITION(',' IN partners) - 1) ELSE partners END,
         CASE WHEN POSITION(',' IN partners) > 0 THEN SUBSTRING(partners, POSITION(',' IN partners) + 1) ELSE '' END
    FROM learning_module WHERE partners IS NOT NULL AND TRIM(partners) <> ''
  UNION ALL
  SELECT owner, position + 1,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, 1, POSITION(',' IN rest) - 1) ELSE rest END,
         CASE WHEN POSITION(',' IN rest) > 0 THEN SUBSTRING(rest, POSITION(',' IN rest) + 1) ELSE '' END
    FROM parts WHERE rest <> ''
)
SELECT owner, position, TRIM(item) FROM parts WHERE TRIM(item) <> '';

ALTER TABLE course DROP COLUMN languages;
ALTER TABLE course DROP COLUMN countries;
ALTER TABLE learning_module DROP COLUMN partners;

CREATE INDEX access_token_person ON access_token(person_id);
CREATE INDEX person_country ON person(country_code);
CREATE INDEX course_module_module ON course_module(module_id);
CREATE INDEX lesson_progress_lesson ON lesson_progress(lesson_id);
CREATE INDEX progress_event_enrollment ON progress_event(enrollment_id);
CREATE INDEX progress_event_lesson ON progress_event(lesson_id);
CREATE INDEX enrollment_resume_lesson ON enrollment(resume_lesson_id);
CREATE INDEX attempt_item_question ON attempt_item(question_id);
CREATE INDEX quiz_pass_module ON quiz_pass(module_id);
CREATE INDEX live_session_country ON live_session(country_code);
CREATE INDEX live_session_created_by ON live_session(created_by);
CREATE INDEX live_session_trainer_person ON live_session_trainer(person_id);
CREATE INDEX attendance_import_by ON attendance_import(imported_by);
CREATE INDEX reported_presence_import ON reported_presence(import_id);
CREATE INDEX reported_presence_person ON reported_presence(person_id);
CREATE INDEX certificate_enrollment ON certificate(enrollment_id);
CREATE INDEX certificate_revoked_by ON certificate(revoked_by);
CREATE INDEX certificate_audit_actor ON certificate_audit(actor_id);
