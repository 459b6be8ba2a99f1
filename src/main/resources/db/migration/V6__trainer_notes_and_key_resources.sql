-- Trainer notes (model answer and rubric of a capstone, Markdown) kept with the lesson text, and the
-- key resources a module points learners to. Written once for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE lesson_text ADD COLUMN trainer_notes VARCHAR;

CREATE TABLE module_resource (
  module_id VARCHAR(80)   NOT NULL REFERENCES learning_module(id) ON DELETE CASCADE,
  position  INTEGER       NOT NULL,
  title     VARCHAR(400)  NOT NULL,
  publisher VARCHAR(200)  NOT NULL,
  url       VARCHAR(1000),
  PRIMARY KEY (module_id, position)
);
