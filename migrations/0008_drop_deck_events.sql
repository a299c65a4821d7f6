-- The study queue now works from each learner's cards held in memory and the
-- deck's event list the server already keeps (see src/db/study-state.ts), so
-- nothing reads this index any more; keeping it would only slow every deck save.
DROP TABLE deck_events;
