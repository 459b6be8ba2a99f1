-- Issue 12, quiz starts at scale: attempt items take their ids in blocks of 500 (AttemptItem's
-- allocationSize), so a crowd starting a quiz asks the sequence once per fifty attempts, not once
-- per five. EclipseLink reads each value as the last id of a block, so no value it gets may be
-- below 500: one value is drawn here, which on a new database is the start value (50), and the
-- next is then 550; on a used one, both lie above every id handed out in blocks of 50.
ALTER SEQUENCE attempt_item_seq INCREMENT BY 500;
SELECT nextval('attempt_item_seq');
