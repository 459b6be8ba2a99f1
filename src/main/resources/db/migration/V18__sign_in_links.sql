-- Sign-in links by mail: a welcome after registration, and "forgot your password?". Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL alike.

-- Only the SHA-256 of a link's secret is kept, as for access tokens; a link works once, until it
-- expires or a newer link of the same purpose voids it.
CREATE SEQUENCE sign_in_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sign_in_link (
  id          BIGINT      PRIMARY KEY,
  person_id   BIGINT      NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  purpose     VARCHAR(20) NOT NULL,
  secret_hash VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  voided_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT sign_in_link_secret_unique UNIQUE (secret_hash),
  CONSTRAINT sign_in_link_purpose_known CHECK (purpose IN ('WELCOME', 'SIGN_IN'))
);
CREATE INDEX sign_in_link_person ON sign_in_link(person_id, purpose, created_at);
CREATE INDEX sign_in_link_expires ON sign_in_link(expires_at);

-- When the owner first opened a link mailed to the address: the address is theirs.
ALTER TABLE person ADD COLUMN email_confirmed_at TIMESTAMP WITH TIME ZONE;
