package org.mmicd.academy.bench;

import java.util.List;

/**
 * The tables the national data set fills, in an order that loads parents before children, each with
 * the columns the generator writes (the others take their defaults), and the sequence of its ids.
 */
enum Table {
  PERSON(
      "person",
      "person_seq",
      "id",
      "email",
      "display_name",
      "password_hash",
      "country_code",
      "organisation",
      "language",
      "time_zone",
      "active",
      "created_at"),
  PERSON_ROLE("person_role", null, "person_id", "role"),
  ACCESS_TOKEN(
      "access_token",
      "access_token_seq",
      "id",
      "person_id",
      "name",
      "token_hash",
      "token_prefix",
      "created_at",
      "expires_at"),
  COORDINATOR_SCOPE("coordinator_scope", null, "person_id", "all_countries", "assigned_at"),
  COORDINATOR_COUNTRY("coordinator_country", null, "person_id", "country_code"),
  COHORT(
      "cohort",
      "cohort_seq",
      "id",
      "name",
      "course_id",
      "country_code",
      "organisation",
      "starts_on",
      "ends_on",
      "created_at"),
  COHORT_TRAINER("cohort_trainer", null, "cohort_id", "person_id"),
  LIVE_SESSION(
      "live_session",
      "live_session_seq",
      "id",
      "calendar_uid",
      "kind",
      "title",
      "starts_at",
      "duration_minutes",
      "time_zone",
      "capacity",
      "join_url",
      "venue",
      "country_code",
      "cohort_id",
      "status",
      "sequence_no",
      "attendance_threshold",
      "created_by",
      "created_at",
      "updated_at",
      "version"),
  LIVE_SESSION_MODULE("live_session_module", null, "session_id", "module_id"),
  LIVE_SESSION_TRAINER("live_session_trainer", null, "session_id", "person_id"),
  ENROLLMENT(
      "enrollment",
      "enrollment_seq",
      "id",
      "person_id",
      "course_id",
      "status",
      "enrolled_at",
      "completed_at",
      "withdrawn_at",
      "last_activity_at",
      "resume_lesson_id",
      "cohort_id",
      "progress_percent",
      "country_code"),
  LESSON_PROGRESS(
      "lesson_progress",
      "lesson_progress_seq",
      "id",
      "enrollment_id",
      "lesson_id",
      "state",
      "seconds_spent",
      "first_seen_at",
      "last_seen_at",
      "completed_at"),
  QUIZ_ATTEMPT(
      "quiz_attempt",
      "quiz_attempt_seq",
      "id",
      "person_id",
      "module_id",
      "attempt_number",
      "language",
      "status",
      "started_at",
      "deadline_at",
      "submitted_at",
      "submission_id",
      "score_percent",
      "passed",
      "pass_mark",
      "review_policy",
      "row_version"),
  ATTEMPT_ITEM(
      "attempt_item",
      "attempt_item_seq",
      "id",
      "attempt_id",
      "position",
      "question_id",
      "question_key",
      "content",
      "item_order",
      "answer",
      "score",
      "saved_at"),
  QUIZ_PASS("quiz_pass", null, "person_id", "module_id", "passed_at", "best_score"),
  SESSION_REGISTRATION(
      "session_registration",
      "session_registration_seq",
      "id",
      "session_id",
      "person_id",
      "status",
      "registered_at"),
  SESSION_ATTENDANCE(
      "session_attendance",
      "session_attendance_seq",
      "id",
      "session_id",
      "person_id",
      "seconds_present",
      "roll_call",
      "attended",
      "updated_at"),
  CERTIFICATE(
      "certificate",
      "certificate_seq",
      "id",
      "serial",
      "verification_code",
      "person_id",
      "enrollment_id",
      "course_id",
      "learner_name",
      "course_title",
      "title",
      "signatory",
      "country_code",
      "language",
      "issued_at",
      "issued_on",
      "valid_until",
      "status",
      "revoked_at",
      "revoked_by",
      "revocation_reason"),
  CERTIFICATE_MODULE("certificate_module", null, "certificate_id", "module_id", "version"),
  CERTIFICATE_AUDIT(
      "certificate_audit",
      "certificate_audit_seq",
      "id",
      "acted_at",
      "actor_id",
      "actor_email",
      "action",
      "course_id",
      "serial",
      "reason");

  private final String name;
  private final String sequence;
  private final List<String> columns;

  Table(String name, String sequence, String... columns) {
    this.name = name;
    this.sequence = sequence;
    this.columns = List.of(columns);
  }

  String sqlName() {
    return name;
  }

  /** The sequence the application draws this table's ids from; null for tables without one. */
  String sequence() {
    return sequence;
  }

  List<String> columns() {
    return columns;
  }

  String copyStatement() {
    return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
  }
}
