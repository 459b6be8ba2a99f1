-- Quizzes: the questions loaded from each module's quiz file, and learners' attempts.

CREATE TABLE quiz (
  module_id          VARCHAR(80)  PRIMARY KEY REFERENCES learning_module(id),
  title              VARCHAR(300) NOT NULL,
  pass_mark          INTEGER      NOT NULL,
  attempt_limit      INTEGER      NOT NULL,
  time_limit_minutes INTEGER,
  draw_count         INTEGER      NOT NULL,
  shuffle_options    BOOLEAN      NOT NULL,
  review_policy      VARCHAR(30)  NOT NULL,
  retired            BOOLEAN      NOT NULL DEFAULT FALSE,
  loaded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE quiz_question_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quiz_question (
  id            BIGINT      PRIMARY KEY,
  module_id     VARCHAR(80) NOT NULL REFERENCES quiz(module_id),
  question_key  VARCHAR(80) NOT NULL,
  position      INTEGER     NOT NULL,
  question_type VARCHAR(20) NOT NULL,
  retired       BOOLEAN     NOT NULL DEFAULT FALSE,
  CONSTRAINT quiz_question_key_unique UNIQUE (module_id, question_key)
);

-- The question in one language, as JSON: text, options, correct answers and feedback.
CREATE TABLE quiz_question_content (
  question_id BIGINT      NOT NULL REFERENCES quiz_question(id) ON DELETE CASCADE,
  language    VARCHAR(10) NOT NULL,
  content     VARCHAR     NOT NULL,
  PRIMARY KEY (question_id, language)
);

CREATE SEQUENCE quiz_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quiz_attempt (
  id             BIGINT      PRIMARY KEY,
  person_id      BIGINT      NOT NULL REFERENCES person(id),
  module_id      VARCHAR(80) NOT NULL REFERENCES quiz(module_id),
  attempt_number INTEGER     NOT NULL,
  language       VARCHAR(10) NOT NULL,
  status         VARCHAR(20) NOT NULL,
  started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deadline_at    TIMESTAMP WITH TIME ZONE,
  submitted_at   TIMESTAMP WITH TIME ZONE,
  submission_id  VARCHAR(36),
  score_percent  DOUBLE PRECISION,
  passed         BOOLEAN,
  pass_mark      INTEGER     NOT NULL,
  review_policy  VARCHAR(30) NOT NULL,
  row_version    INTEGER     NOT NULL,
  CONSTRAINT quiz_attempt_number_unique UNIQUE (person_id, module_id, attempt_number)
);
CREATE INDEX quiz_attempt_module ON quiz_attempt(module_id, status);

-- One drawn question of an attempt, frozen as it was shown, with the learner's saved answer.
CREATE SEQUENCE attempt_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attempt_item (
  id           BIGINT       PRIMARY KEY,
  attempt_id   BIGINT       NOT NULL REFERENCES quiz_attempt(id) ON DELETE CASCADE,
  position     INTEGER      NOT NULL,
  question_id  BIGINT       NOT NULL REFERENCES quiz_question(id),
  question_key VARCHAR(80)  NOT NULL,
  content      VARCHAR      NOT NULL,
  item_order   VARCHAR(400) NOT NULL,
  answer       VARCHAR(8000),
  score        DOUBLE PRECISION,
  saved_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT attempt_item_position_unique UNIQUE (attempt_id, position)
);

-- Learning's record that a person passed a module's quiz: what completion rules read.
CREATE TABLE quiz_pass (
  person_id  BIGINT      NOT NULL REFERENCES person(id),
  module_id  VARCHAR(80) NOT NULL REFERENCES learning_module(id),
  passed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  best_score DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (person_id, module_id)
);
