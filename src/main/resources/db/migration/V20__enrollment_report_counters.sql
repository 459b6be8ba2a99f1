-- Issue 12, the dashboard at 100,000 learners: whether a learner passed the quizzes of a course's
-- required modules, and how many of its live sessions they attended, are kept on the enrollment,
-- so that a report reads one row per enrollment instead of grouping every pass and roll call.
-- learning keeps the first (ProgressCounters), webinars the second (SessionsAttendedCounter); both are
-- recounted after every content load. Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike.
ALTER TABLE enrollment ADD COLUMN required_quizzes_passed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE enrollment ADD COLUMN live_sessions_attended INTEGER DEFAULT 0 NOT NULL;

UPDATE enrollment e SET
  required_quizzes_passed = (SELECT COUNT(*) FROM quiz_pass qp
    JOIN course_module cm ON cm.module_id = qp.module_id AND cm.required = TRUE
    JOIN learning_module lm ON lm.id = cm.module_id AND lm.quiz_file IS NOT NULL
    WHERE qp.person_id = e.person_id AND cm.course_id = e.course_id),
  live_sessions_attended = (SELECT COUNT(DISTINCT sa.session_id) FROM session_attendance sa
    JOIN live_session_module lsm ON lsm.session_id = sa.session_id
    JOIN course_module am ON am.module_id = lsm.module_id
    WHERE sa.attended = TRUE AND sa.person_id = e.person_id AND am.course_id = e.course_id);
