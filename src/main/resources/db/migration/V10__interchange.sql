-- What an attendance import read: the report's layout, the pattern its dates were written in
-- (with one of its dates) and how many registrants it listed as absent, so that the attendance
-- page can say how each file was understood.
ALTER TABLE attendance_import ADD COLUMN layout VARCHAR(40);
ALTER TABLE attendance_import ADD COLUMN date_pattern VARCHAR(80);
ALTER TABLE attendance_import ADD COLUMN date_example VARCHAR(80);
ALTER TABLE attendance_import ADD COLUMN absent_count INTEGER DEFAULT 0 NOT NULL;
