-- Issue 11, hardening. Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- Failed sign-ins per account (kind 'account', the e-mail as typed, normalised) and per address
-- (kind 'address'), and until when a new try is refused. Every instance counts the same failures.
CREATE TABLE sign_in_lock (
  kind            VARCHAR(10)  NOT NULL,
  subject         VARCHAR(254) NOT NULL,
  failures        INTEGER      NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT sign_in_lock_pk PRIMARY KEY (kind, subject)
);
CREATE INDEX sign_in_lock_blocked ON sign_in_lock(blocked_until);

-- Access tokens expire. Tokens made before this change get the default of 90 days from now, so
-- no script stops working on the day of the upgrade.
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE access_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY WHERE expires_at IS NULL;

-- Calendar-feed secrets are kept as SHA-256 hashes, like access tokens. SQL cannot hash the
-- existing secrets on both databases, so the application does it at its first start after this
-- migration (webinars.CalendarFeedRehash) and clears the plain column; existing feed URLs keep
-- working.
ALTER TABLE calendar_feed ADD COLUMN secret_hash VARCHAR(64);
ALTER TABLE calendar_feed ALTER COLUMN secret DROP NOT NULL;
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_secret_hash_unique UNIQUE (secret_hash);
