-- Whether the original has been seen at its destination (archive/ or rejected/) after the commit.
-- A receipt whose move is not confirmed and whose destination does not exist is a move a crash
-- interrupted: the next run only completes the move. A confirmed receipt whose file comes back
-- (an analyst returning a rejected file after fixing the roster) is imported again.
ALTER TABLE import_file ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
