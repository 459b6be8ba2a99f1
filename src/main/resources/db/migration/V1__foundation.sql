-- Schema of the foundation: identity, catalog, learning.
-- Sequences start at their increment: EclipseLink reads NEXT VALUE as the last id of a block of 50.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

CREATE TABLE country (
  code        VARCHAR(2)   PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  time_zone   VARCHAR(60)  NOT NULL,
  languages   VARCHAR(100) NOT NULL,
  pilot       BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE country_sector (
  country_code VARCHAR(2)  NOT NULL REFERENCES country(code),
  sector       VARCHAR(40) NOT NULL,
  PRIMARY KEY (country_code, sector)
);

INSERT INTO country (code, name, time_zone, languages, pilot) VALUES
  ('EC', 'Ecuador',    'America/Guayaquil',   'es',    TRUE),
  ('NP', 'Nepal',      'Asia/Kathmandu',      'ne,en', TRUE),
  ('MG', 'Madagascar', 'Indian/Antananarivo', 'fr,mg', TRUE);

INSERT INTO country_sector (country_code, sector) VALUES
  ('EC', 'governance'), ('EC', 'urban-development'),
  ('NP', 'employment'), ('NP', 'health'),
  ('MG', 'urban-development'), ('MG', 'rural-development');

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
  id            BIGINT       PRIMARY KEY,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  country_code  VARCHAR(2)   REFERENCES country(code),
  organisation  VARCHAR(200),
  language      VARCHAR(10)  NOT NULL,
  time_zone     VARCHAR(60)  NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT person_email_unique UNIQUE (email)
);

CREATE TABLE person_role (
  person_id BIGINT      NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role      VARCHAR(20) NOT NULL,
  PRIMARY KEY (person_id, role)
);

CREATE SEQUENCE access_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE access_token (
  id           BIGINT       PRIMARY KEY,
  person_id    BIGINT       NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64)  NOT NULL,
  token_prefix VARCHAR(16)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT access_token_hash_unique UNIQUE (token_hash)
);

CREATE TABLE platform_setting (
  name  VARCHAR(100) PRIMARY KEY,
  val   VARCHAR(1000) NOT NULL
);

CREATE TABLE learning_module (
  id           VARCHAR(80)  PRIMARY KEY,
  part         VARCHAR(20)  NOT NULL,
  sector       VARCHAR(40),
  country_code VARCHAR(2),
  partners     VARCHAR(400),
  version      INTEGER      NOT NULL,
  quiz_file    VARCHAR(200),
  source_path  VARCHAR(400) NOT NULL,
  retired      BOOLEAN      NOT NULL DEFAULT FALSE,
  loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE module_text (
  module_id VARCHAR(80)  NOT NULL REFERENCES learning_module(id) ON DELETE CASCADE,
  language  VARCHAR(10)  NOT NULL,
  title     VARCHAR(300) NOT NULL,
  summary   VARCHAR(4000),
  PRIMARY KEY (module_id, language)
);

CREATE SEQUENCE lesson_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lesson (
  id          BIGINT       PRIMARY KEY,
  module_id   VARCHAR(80)  NOT NULL REFERENCES learning_module(id),
  lesson_key  VARCHAR(80)  NOT NULL,
  position    INTEGER      NOT NULL,
  lesson_type VARCHAR(20)  NOT NULL,
  minutes     INTEGER      NOT NULL,
  url         VARCHAR(1000),
  retired     BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT lesson_key_unique UNIQUE (module_id, lesson_key)
);

CREATE TABLE lesson_text (
  lesson_id BIGINT       NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
  language  VARCHAR(10)  NOT NULL,
  title     VARCHAR(300) NOT NULL,
  body      VARCHAR,
  PRIMARY KEY (lesson_id, language)
);

CREATE TABLE course (
  id                    VARCHAR(80)  PRIMARY KEY,
  title                 VARCHAR(300) NOT NULL,
  summary               VARCHAR(4000),
  languages             VARCHAR(100) NOT NULL,
  countries             VARCHAR(200) NOT NULL,
  quizzes_required      BOOLEAN      NOT NULL,
  min_optional_modules  INTEGER      NOT NULL,
  min_live_sessions     INTEGER      NOT NULL,
  certificate_title     VARCHAR(300),
  certificate_signatory VARCHAR(300),
  source_path           VARCHAR(400) NOT NULL,
  retired               BOOLEAN      NOT NULL DEFAULT FALSE,
  loaded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE course_module (
  course_id VARCHAR(80) NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  module_id VARCHAR(80) NOT NULL REFERENCES learning_module(id),
  position  INTEGER     NOT NULL,
  required  BOOLEAN     NOT NULL,
  PRIMARY KEY (course_id, module_id)
);

CREATE SEQUENCE content_problem_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE content_problem (
  id        BIGINT        PRIMARY KEY,
  file      VARCHAR(400)  NOT NULL,
  line      INTEGER       NOT NULL,
  message   VARCHAR(1000) NOT NULL,
  loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE enrollment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE enrollment (
  id               BIGINT      PRIMARY KEY,
  person_id        BIGINT      NOT NULL REFERENCES person(id),
  course_id        VARCHAR(80) NOT NULL REFERENCES course(id),
  status           VARCHAR(20) NOT NULL,
  enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at     TIMESTAMP WITH TIME ZONE,
  withdrawn_at     TIMESTAMP WITH TIME ZONE,
  last_activity_at TIMESTAMP WITH TIME ZONE,
  resume_lesson_id BIGINT      REFERENCES lesson(id),
  CONSTRAINT enrollment_unique UNIQUE (person_id, course_id)
);
CREATE INDEX enrollment_course ON enrollment(course_id, status);

CREATE SEQUENCE lesson_progress_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lesson_progress (
  id            BIGINT      PRIMARY KEY,
  enrollment_id BIGINT      NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
  lesson_id     BIGINT      NOT NULL REFERENCES lesson(id),
  state         VARCHAR(20) NOT NULL,
  seconds_spent INTEGER     NOT NULL,
  first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT lesson_progress_unique UNIQUE (enrollment_id, lesson_id)
);

CREATE TABLE progress_event (
  event_id        VARCHAR(36) PRIMARY KEY,
  enrollment_id   BIGINT      NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
  lesson_id       BIGINT      NOT NULL REFERENCES lesson(id),
  state           VARCHAR(20) NOT NULL,
  seconds         INTEGER     NOT NULL,
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  result_state    VARCHAR(20) NOT NULL,
  result_seconds  INTEGER     NOT NULL,
  result_percent  INTEGER     NOT NULL
);
