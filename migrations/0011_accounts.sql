-- Administrators grant teacher accounts. The first account is one; an existing
-- installation makes its oldest account (the demo learner aside) its first
-- administrator (`npm run admin -- grant EMAIL` names another).
ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1));
UPDATE users SET is_admin = 1
WHERE id = (SELECT MIN(id) FROM users WHERE email <> 'demo@chronodeck.test');

-- Sessions get a public id (the token hash never leaves the server) and where
-- they started, for the "active sessions" list.
ALTER TABLE sessions ADD COLUMN id TEXT;
ALTER TABLE sessions ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
UPDATE sessions SET id = lower(hex(randomblob(9))) WHERE id IS NULL;
CREATE UNIQUE INDEX sessions_by_id ON sessions (id);

-- One-time password reset links, by email or handed out by a teacher. Only the
-- token's hash is stored; `used_nonce` ties the password change to the one
-- request that used the link.
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('email', 'teacher')),
  created_by INTEGER REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  used_nonce TEXT
) WITHOUT ROWID;
CREATE INDEX password_resets_by_user ON password_resets (user_id);

-- One-time invitations to a teacher account, made by an administrator.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  used_by INTEGER REFERENCES users (id) ON DELETE SET NULL
) WITHOUT ROWID;
