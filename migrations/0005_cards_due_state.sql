-- The study queue counts due cards by state (learning or review) on every card it
-- shows: with the state in the index those counts never read the table itself.
DROP INDEX cards_due;
CREATE INDEX cards_due ON cards (user_id, due, state, event_id);
