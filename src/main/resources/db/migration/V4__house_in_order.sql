-- The house in order: quiz time limits in seconds (short test quizzes), the outbox for every feature.

ALTER TABLE quiz ADD COLUMN time_limit_seconds INTEGER;
UPDATE quiz SET time_limit_seconds = time_limit_minutes * 60 WHERE time_limit_minutes IS NOT NULL;
ALTER TABLE quiz DROP COLUMN time_limit_minutes;

-- The outbox serves every feature: a mail names its topic ("live-session:42") instead of a column
-- per feature, and may carry files (a certificate PDF).
ALTER TABLE mail_outbox ADD COLUMN topic VARCHAR(100);
UPDATE mail_outbox SET topic = 'live-session:' || CAST(session_id AS VARCHAR(20)) WHERE session_id IS NOT NULL;
DROP INDEX mail_outbox_session;
ALTER TABLE mail_outbox DROP COLUMN session_id;
CREATE INDEX mail_outbox_topic ON mail_outbox(topic, status);

CREATE TABLE mail_attachment (
  mail_id    BIGINT       NOT NULL REFERENCES mail_outbox(id) ON DELETE CASCADE,
  position   INTEGER      NOT NULL,
  file_name  VARCHAR(200) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  content    BYTEA        NOT NULL,
  PRIMARY KEY (mail_id, position)
);
