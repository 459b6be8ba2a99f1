-- A course may ask each learner in a cohort to attend a share of the live sessions held for that
-- cohort (issue 9), in percent; 0 asks for no share, only the count in min_live_sessions.
ALTER TABLE course ADD COLUMN live_session_share INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course ADD CONSTRAINT course_live_session_share_range
  CHECK (live_session_share BETWEEN 0 AND 100);
