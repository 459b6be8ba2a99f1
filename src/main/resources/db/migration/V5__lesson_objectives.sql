-- Learning objectives of each lesson, per language: two to four single-line statements, one per
-- line of the column. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

ALTER TABLE lesson_text ADD COLUMN objectives VARCHAR;
