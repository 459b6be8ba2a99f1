-- The house in order: quiz time limits in seconds (short test quizzes), the outbox for every feature.

ALTER TABLE quiz ADD COLUMN time_limit_seconds INTEGER;
UPDATE quiz SET time_limit_seconds = time_limit_minutes * 60 WHERE time_limit_minutes IS NOT NULL;
ALTER TABLE quiz DROP COLUMN time_limit_minutes;
