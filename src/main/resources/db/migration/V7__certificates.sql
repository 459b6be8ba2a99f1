-- Course completion and certificates: what a course file says about its certificate, the
-- certificates issued with their snapshots, the audit of what staff did to them, and the keys that
-- sign the credentials. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

ALTER TABLE course ADD COLUMN certificate_validity_months INTEGER;
ALTER TABLE course ADD COLUMN certificate_recertify BOOLEAN NOT NULL DEFAULT FALSE;

CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;
-- The number in a serial such as MMICD-2026-000123: one after the other, without the gaps of id blocks.
CREATE SEQUENCE certificate_serial_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE certificate (
  id                BIGINT       PRIMARY KEY,
  serial            VARCHAR(40)  NOT NULL,
  verification_code VARCHAR(40)  NOT NULL,
  person_id         BIGINT       NOT NULL REFERENCES person(id),
  enrollment_id     BIGINT       REFERENCES enrollment(id) ON DELETE SET NULL,
  course_id         VARCHAR(80)  NOT NULL REFERENCES course(id),
  learner_name      VARCHAR(200) NOT NULL,
  course_title      VARCHAR(300) NOT NULL,
  title             VARCHAR(300) NOT NULL,
  signatory         VARCHAR(300) NOT NULL,
  country_code      VARCHAR(2),
  language          VARCHAR(10)  NOT NULL,
  issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_on         DATE         NOT NULL,
  valid_until       TIMESTAMP WITH TIME ZONE,
  status            VARCHAR(20)  NOT NULL,
  revoked_at        TIMESTAMP WITH TIME ZONE,
  revoked_by        BIGINT       REFERENCES person(id),
  revocation_reason VARCHAR(1000),
  superseded_at     TIMESTAMP WITH TIME ZONE,
  superseded_by     VARCHAR(40),
  CONSTRAINT certificate_serial_unique UNIQUE (serial),
  CONSTRAINT certificate_code_unique UNIQUE (verification_code)
);
CREATE INDEX certificate_holder ON certificate(person_id, course_id);
CREATE INDEX certificate_course ON certificate(course_id, status);

-- The content version a certificate was earned on: each module of the course with its version then.
CREATE TABLE certificate_module (
  certificate_id BIGINT      NOT NULL REFERENCES certificate(id) ON DELETE CASCADE,
  module_id      VARCHAR(80) NOT NULL,
  version        INTEGER     NOT NULL,
  PRIMARY KEY (certificate_id, module_id)
);

-- Who did what to certificates and completions, when and why: revocations, re-issues, re-evaluations.
CREATE SEQUENCE certificate_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate_audit (
  id          BIGINT        PRIMARY KEY,
  acted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id    BIGINT        REFERENCES person(id),
  actor_email VARCHAR(254),
  action      VARCHAR(30)   NOT NULL,
  course_id   VARCHAR(80),
  serial      VARCHAR(40),
  reason      VARCHAR(1000),
  detail      VARCHAR(4000)
);
CREATE INDEX certificate_audit_time ON certificate_audit(acted_at);

-- Keys that sign credentials. Every key ever used stays here, so its public half stays published in
-- the JWKS after a rotation; the private half is kept only for keys the platform generated itself.
CREATE TABLE signing_key (
  kid         VARCHAR(100) PRIMARY KEY,
  algorithm   VARCHAR(20)  NOT NULL,
  public_key  VARCHAR(200) NOT NULL,
  private_key BYTEA,
  origin      VARCHAR(20)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Two instances starting together take this row's lock before one of them generates a key.
INSERT INTO platform_setting (name, val) VALUES ('signing-key-lock', '1');
