-- Every change to a learner's cards or review log bumps their study_version, in
-- the same transaction, whoever writes it (the server, a CLI job, another Worker
-- isolate). A process that keeps a learner's study state in memory reads this one
-- number to know whether its copy is still exact.
ALTER TABLE users ADD COLUMN study_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER cards_insert_bumps_study AFTER INSERT ON cards BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER cards_update_bumps_study AFTER UPDATE ON cards BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id IN (OLD.user_id, NEW.user_id);
END;
CREATE TRIGGER cards_delete_bumps_study AFTER DELETE ON cards BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = OLD.user_id;
END;
CREATE TRIGGER review_logs_insert_bumps_study AFTER INSERT ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER review_logs_update_bumps_study AFTER UPDATE ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id IN (OLD.user_id, NEW.user_id);
END;
CREATE TRIGGER review_logs_delete_bumps_study AFTER DELETE ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = OLD.user_id;
END;
