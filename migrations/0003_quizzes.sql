-- Quizzes: a seeded selection of questions, recorded whole so that a retake or a
-- review of the results shows exactly what was asked, even after the bank changes.
CREATE TABLE quizzes (
  id TEXT PRIMARY KEY,
  owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  deck_id TEXT NOT NULL,
  collection_id TEXT NOT NULL,
  title TEXT NOT NULL,
  options TEXT NOT NULL,
  seed INTEGER NOT NULL,
  questions TEXT NOT NULL,
  exam INTEGER NOT NULL DEFAULT 0 CHECK (exam IN (0, 1)),
  created_at INTEGER NOT NULL
);
CREATE INDEX quizzes_by_owner ON quizzes (owner_id, created_at);

-- One student's go at a quiz. The server keeps the clock: deadline_at is fixed at
-- the start, and answers after it are not counted.
CREATE TABLE quiz_attempts (
  id TEXT PRIMARY KEY,
  quiz_id TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  started_at INTEGER NOT NULL,
  deadline_at INTEGER,
  position INTEGER NOT NULL DEFAULT 0,
  finished_at INTEGER,
  points REAL,
  total INTEGER NOT NULL
);
CREATE INDEX quiz_attempts_by_user ON quiz_attempts (user_id, started_at);
CREATE INDEX quiz_attempts_by_quiz ON quiz_attempts (quiz_id, user_id);

-- One answer per question of an attempt: the primary key makes a second answer impossible.
CREATE TABLE quiz_answers (
  attempt_id TEXT NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  response TEXT NOT NULL,
  score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  feedback TEXT NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
