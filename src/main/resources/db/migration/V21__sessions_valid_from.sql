-- ASVS 3.3.3: a changed password ends the account's other signed-in sessions. A page session
-- that signed in before this moment is signed out at its next request (identity.CurrentUser);
-- NULL: no password change since the column came, every session stands.
ALTER TABLE person ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
