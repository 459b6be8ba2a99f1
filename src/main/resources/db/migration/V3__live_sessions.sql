-- Live sessions: webinars and workshops, registrations with a waiting list, attendance (roll call
-- and imported meeting reports), personal calendar feeds, and the mail outbox.
-- Sequences start at their increment: EclipseLink reads NEXT VALUE as the last id of a block of 50.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

CREATE SEQUENCE live_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE live_session (
  id                   BIGINT        PRIMARY KEY,
  calendar_uid         VARCHAR(100)  NOT NULL,
  kind                 VARCHAR(20)   NOT NULL,
  title                VARCHAR(300)  NOT NULL,
  description          VARCHAR(4000),
  starts_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  duration_minutes     INTEGER       NOT NULL,
  time_zone            VARCHAR(60)   NOT NULL,
  capacity             INTEGER       NOT NULL,
  join_url             VARCHAR(1000),
  venue                VARCHAR(500),
  country_code         VARCHAR(2)    REFERENCES country(code),
  cohort               VARCHAR(200),
  recording_url        VARCHAR(1000),
  status               VARCHAR(20)   NOT NULL,
  sequence_no          INTEGER       NOT NULL,
  attendance_threshold INTEGER       NOT NULL,
  cancel_reason        VARCHAR(1000),
  created_by           BIGINT        REFERENCES person(id),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  version              BIGINT        NOT NULL,
  CONSTRAINT live_session_uid_unique UNIQUE (calendar_uid),
  CONSTRAINT live_session_duration CHECK (duration_minutes BETWEEN 5 AND 1440),
  CONSTRAINT live_session_capacity CHECK (capacity >= 1),
  CONSTRAINT live_session_threshold CHECK (attendance_threshold BETWEEN 1 AND 100)
);
CREATE INDEX live_session_starts ON live_session(starts_at);

CREATE TABLE live_session_module (
  session_id BIGINT      NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  module_id  VARCHAR(80) NOT NULL REFERENCES learning_module(id),
  PRIMARY KEY (session_id, module_id)
);
CREATE INDEX live_session_module_module ON live_session_module(module_id);

CREATE TABLE live_session_trainer (
  session_id BIGINT NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  person_id  BIGINT NOT NULL REFERENCES person(id),
  PRIMARY KEY (session_id, person_id)
);

CREATE SEQUENCE session_registration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE session_registration (
  id            BIGINT      PRIMARY KEY,
  session_id    BIGINT      NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  person_id     BIGINT      NOT NULL REFERENCES person(id),
  status        VARCHAR(20) NOT NULL,
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  promoted_at   TIMESTAMP WITH TIME ZONE,
  cancelled_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT session_registration_unique UNIQUE (session_id, person_id)
);
CREATE INDEX session_registration_person ON session_registration(person_id, status);

CREATE SEQUENCE session_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE session_attendance (
  id              BIGINT      PRIMARY KEY,
  session_id      BIGINT      NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  person_id       BIGINT      NOT NULL REFERENCES person(id),
  seconds_present BIGINT      NOT NULL,
  roll_call       VARCHAR(10),
  attended        BOOLEAN     NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT session_attendance_unique UNIQUE (session_id, person_id)
);
CREATE INDEX session_attendance_person ON session_attendance(person_id, attended);

CREATE SEQUENCE attendance_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attendance_import (
  id              BIGINT       PRIMARY KEY,
  session_id      BIGINT       NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  file_name       VARCHAR(300) NOT NULL,
  file_sha256     VARCHAR(64)  NOT NULL,
  time_zone       VARCHAR(60)  NOT NULL,
  imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by     BIGINT       REFERENCES person(id),
  row_count       INTEGER      NOT NULL,
  new_row_count   INTEGER      NOT NULL,
  matched_count   INTEGER      NOT NULL,
  unmatched_count INTEGER      NOT NULL,
  problems        VARCHAR,
  CONSTRAINT attendance_import_file_unique UNIQUE (session_id, file_sha256)
);

CREATE SEQUENCE reported_presence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reported_presence (
  id                BIGINT       PRIMARY KEY,
  session_id        BIGINT       NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
  import_id         BIGINT       NOT NULL REFERENCES attendance_import(id) ON DELETE CASCADE,
  line              INTEGER      NOT NULL,
  participant_key   VARCHAR(320) NOT NULL,
  participant_name  VARCHAR(300),
  participant_email VARCHAR(254),
  person_id         BIGINT       REFERENCES person(id),
  joined_at         TIMESTAMP WITH TIME ZONE,
  left_at           TIMESTAMP WITH TIME ZONE,
  seconds           BIGINT       NOT NULL
);
CREATE INDEX reported_presence_session ON reported_presence(session_id, participant_key);

CREATE TABLE calendar_feed (
  person_id       BIGINT      PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  secret          VARCHAR(64) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_fetched_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT calendar_feed_secret_unique UNIQUE (secret)
);

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_outbox (
  id              BIGINT        PRIMARY KEY,
  dedupe_key      VARCHAR(200)  NOT NULL,
  kind            VARCHAR(30)   NOT NULL,
  session_id      BIGINT        REFERENCES live_session(id) ON DELETE SET NULL,
  recipient       VARCHAR(254)  NOT NULL,
  recipient_name  VARCHAR(200),
  subject         VARCHAR(400)  NOT NULL,
  body            VARCHAR       NOT NULL,
  calendar        VARCHAR,
  calendar_method VARCHAR(20),
  status          VARCHAR(20)   NOT NULL,
  attempts        INTEGER       NOT NULL,
  due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE,
  claimed_at      TIMESTAMP WITH TIME ZONE,
  claimed_by      VARCHAR(100),
  last_error      VARCHAR(1000),
  CONSTRAINT mail_outbox_dedupe_unique UNIQUE (dedupe_key)
);
CREATE INDEX mail_outbox_due ON mail_outbox(status, due_at);
CREATE INDEX mail_outbox_session ON mail_outbox(session_id, status);
