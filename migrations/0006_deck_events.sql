-- The events of each deck that can be studied, in the deck's order. The study
-- queue reads a deck through this table instead of a JSON list on every card:
-- one indexed range instead of parsing the list in each request.
CREATE TABLE deck_events (
  deck_id TEXT NOT NULL REFERENCES decks (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (deck_id, position)
) WITHOUT ROWID;
