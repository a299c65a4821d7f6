-- Accounts, sessions, content and the review schedule.
-- Times are integer milliseconds since the epoch (UTC) throughout.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('student', 'teacher')),
  created_at INTEGER NOT NULL,
  new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 9999),
  reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day BETWEEN 0 AND 99999),
  retention REAL NOT NULL DEFAULT 0.9 CHECK (retention BETWEEN 0.7 AND 0.97),
  -- Minutes east of UTC, so "today" and daily limits follow the learner's clock.
  tz_offset_min INTEGER NOT NULL DEFAULT 0 CHECK (tz_offset_min BETWEEN -840 AND 840),
  -- FSRS parameters fitted to this learner's own reviews by `npm run optimize` (JSON array), or NULL.
  fsrs_params TEXT,
  fsrs_params_at INTEGER,
  fsrs_params_reviews INTEGER
);

-- Only a hash of the session token is stored, so a leaked table does not leak sessions.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed logins per email key (a hash of the lower-cased address), for throttling.
CREATE TABLE login_failures (
  email_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- A collection is one question bank: the built-in bank, or a teacher's uploaded document.
-- Its content is the bank JSON (DESIGN §4), kept whole so it reads back exactly.
CREATE TABLE collections (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('bank', 'upload')),
  owner_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  version INTEGER NOT NULL DEFAULT 1,
  content_hash TEXT NOT NULL,
  bank TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  published_at INTEGER
);
CREATE INDEX collections_by_owner ON collections (owner_id);

-- A deck is a view onto a collection: all its events, one source document, or a span of years.
CREATE TABLE decks (
  id TEXT PRIMARY KEY,
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('all', 'document', 'span')),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  filter TEXT NOT NULL DEFAULT '{}',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decks_by_collection ON decks (collection_id, position);

-- One FSRS memory per (learner, event): the memory is of the fact, whichever
-- question variant shows it. `version` counts writes, which makes reviews idempotent.
CREATE TABLE cards (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  due INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state INTEGER NOT NULL,
  last_review INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  -- Which question variant the card shows, and the learner's day it was chosen on.
  variant INTEGER NOT NULL DEFAULT 0,
  variant_day INTEGER NOT NULL DEFAULT -1,
  PRIMARY KEY (user_id, event_id)
) WITHOUT ROWID;
-- The due query reads (user, due) and the event id from the index alone.
CREATE INDEX cards_due ON cards (user_id, due, event_id);

-- Append-only log of reviews. The card's state before the review is kept whole,
-- so Undo restores it exactly; an undone review is marked, never deleted.
CREATE TABLE review_logs (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  card_version INTEGER NOT NULL,
  question_id TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('study', 'quiz')),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  state INTEGER NOT NULL,
  due INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  last_elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reviewed_at INTEGER NOT NULL,
  duration_ms INTEGER,
  previous_card TEXT NOT NULL,
  undone_at INTEGER,
  -- A card version is reviewed at most once: a repeated submission finds this row.
  UNIQUE (user_id, event_id, card_version)
);
CREATE INDEX review_logs_by_user_time ON review_logs (user_id, reviewed_at);
