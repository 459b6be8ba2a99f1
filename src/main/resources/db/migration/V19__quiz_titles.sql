-- Issue 13, languages: a quiz's title in the languages its module's i18n/<lang>/quiz.yaml gives
-- (the English one stays in quiz.title). Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike.
CREATE TABLE quiz_title (
  module_id VARCHAR(80)  NOT NULL REFERENCES quiz(module_id),
  language  VARCHAR(8)   NOT NULL,
  title     VARCHAR(300) NOT NULL,
  CONSTRAINT quiz_title_pk PRIMARY KEY (module_id, language)
);
