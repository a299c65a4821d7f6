-- Publishing a new version of a document resets the cards of its changed events
-- for every learner. The primary key starts with the learner, so finding an
-- event's cards scanned the whole table once per changed event.
CREATE INDEX cards_by_event ON cards (event_id);
