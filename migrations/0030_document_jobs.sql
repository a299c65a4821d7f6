-- An uploaded document is processed as a job, off the request path: the upload
-- stores the file here and answers at once; a worker thread (Node) or a Queue
-- consumer (Workers) reads it, builds the bank and records the outcome. The file
-- stays until the job is done, so a failed or interrupted job can run again.
CREATE TABLE document_jobs (
  id TEXT PRIMARY KEY,
  owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The collection the job creates ('new') or adds a version to ('version').
  collection_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('new', 'version')),
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  bytes BLOB,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  stage TEXT NOT NULL DEFAULT 'queued',
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  -- JSON: what the teacher is told when it is done (a new version's changes).
  result TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- A running job past this instant has failed, whether or not anyone is still working on it.
  deadline_at INTEGER
);
CREATE INDEX document_jobs_by_owner ON document_jobs (owner_id, created_at);
CREATE INDEX document_jobs_unfinished ON document_jobs (status) WHERE status IN ('queued', 'running');

-- Each uploaded document keeps the format it came in and the text read from it,
-- which the review page shows so the teacher sees what the bank read.
ALTER TABLE collections ADD COLUMN doc_format TEXT;
ALTER TABLE collections ADD COLUMN doc_text TEXT;
