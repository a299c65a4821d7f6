-- Rate limits shared by every process and Worker isolate. One row per key (a
-- route and a client address, or an account): `tat` is the generic cell rate
-- algorithm's "theoretical arrival time" in ms. A request is let through only by
-- the one statement that also moves `tat`, so concurrent requests cannot both
-- see room that only one of them may take. A row whose tat has passed means the
-- same as no row; the index lets each update sweep a few of them.
CREATE TABLE throttles (
  key TEXT PRIMARY KEY,
  tat INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX throttles_by_tat ON throttles (tat);

-- A teacher's uploads that are being processed right now, counted with the
-- documents they already have so that concurrent uploads cannot pass the quota.
-- A row left by a crashed process stops counting when it expires.
CREATE TABLE upload_slots (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX upload_slots_by_user ON upload_slots (user_id, expires_at);
