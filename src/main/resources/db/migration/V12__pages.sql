-- Course titles and summaries in the languages a course file translates them into (its i18n block);
-- the course row keeps the file's own English text.
CREATE TABLE course_text (
  course_id VARCHAR(80)  NOT NULL REFERENCES course(id) ON DELETE CASCADE,
  language  VARCHAR(10)  NOT NULL,
  title     VARCHAR(300) NOT NULL,
  summary   VARCHAR(4000),
  PRIMARY KEY (course_id, language)
);
