-- A form that creates something carries a one-time token; the first submission
-- records it with the address of what it made, so a repeated submission (a
-- double click, a resent POST after Back) is sent to that address instead of
-- making a second one. Rows older than a day are pruned as new ones are written.
CREATE TABLE form_submissions (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token TEXT NOT NULL,
  location TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, token)
) WITHOUT ROWID;
CREATE INDEX form_submissions_by_age ON form_submissions (created_at);
