-- Deleting an account deletes its review log rows by cascade after the account's row is
-- gone; the stamp 0020 gives their cards read the missing account's study_version (NULL)
-- and broke the NOT NULL on cards.change_seq. A log row of a deleted account stamps nothing.
DROP TRIGGER review_logs_delete_stamps_study;
CREATE TRIGGER review_logs_delete_stamps_study AFTER DELETE ON review_logs
  WHEN EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id) BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = OLD.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = OLD.user_id)
    WHERE user_id = OLD.user_id AND event_id = OLD.event_id;
END;
