-- Classes, their students, and what the teacher assigns them.
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  teacher_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX classes_by_teacher ON classes (teacher_id);

CREATE TABLE class_members (
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (class_id, user_id)
) WITHOUT ROWID;
CREATE INDEX class_members_by_user ON class_members (user_id);

-- A deck assignment is a study goal (the deck's events studied by the due date, at a
-- target retention); a quiz assignment fixes one quiz that every student takes.
CREATE TABLE assignments (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('deck', 'quiz')),
  deck_id TEXT NOT NULL,
  title TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  target_retention REAL CHECK (target_retention IS NULL OR target_retention BETWEEN 0.7 AND 0.97),
  quiz_id TEXT REFERENCES quizzes (id) ON DELETE CASCADE,
  attempts_allowed INTEGER CHECK (attempts_allowed IS NULL OR attempts_allowed BETWEEN 1 AND 20),
  exam INTEGER NOT NULL DEFAULT 0 CHECK (exam IN (0, 1)),
  created_at INTEGER NOT NULL
);
CREATE INDEX assignments_by_class ON assignments (class_id, due_at);
CREATE INDEX assignments_by_quiz ON assignments (quiz_id);

-- A teacher's working copy of an uploaded deck that is already published: students
-- keep seeing `bank` until the teacher publishes the draft.
ALTER TABLE collections ADD COLUMN draft_bank TEXT;
-- The file name of an uploaded document, to recognise a new version of it.
ALTER TABLE collections ADD COLUMN doc_name TEXT;
