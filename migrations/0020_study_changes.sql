-- Every process and Worker isolate that serves a learner keeps a copy of their
-- study state. A copy at study_version N catches up by reading only what changed
-- since N, rather than the whole deck: each change to a learner's cards or review
-- log stamps the card it concerns with the study_version it produced.
ALTER TABLE cards ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
-- A change that a stamp cannot show (a card deleted, or moved to another event or
-- learner) raises study_floor: a copy older than the floor reloads whole.
ALTER TABLE users ADD COLUMN study_floor INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cards_changes ON cards (user_id, change_seq);

DROP TRIGGER cards_insert_bumps_study;
DROP TRIGGER cards_update_bumps_study;
DROP TRIGGER cards_delete_bumps_study;
DROP TRIGGER review_logs_insert_bumps_study;
DROP TRIGGER review_logs_update_bumps_study;
DROP TRIGGER review_logs_delete_bumps_study;

-- As in 0007, every change moves study_version on by one, in the same transaction.
-- (Each trigger touches the rows it needs by primary key: these run with every review.)
-- A writer that knows what its transaction will do may stamp the card itself, with the
-- version the transaction ends at (a review: its card update and its log row, two): the
-- stamps below then find the card stamped already and leave it alone, and a review
-- rewrites the card's row once instead of three times.
CREATE TRIGGER cards_insert_stamps_study AFTER INSERT ON cards BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = NEW.user_id)
    WHERE user_id = NEW.user_id AND event_id = NEW.event_id
      AND change_seq < (SELECT study_version FROM users WHERE id = NEW.user_id);
END;
-- Every column but change_seq: an update of any of them is a change (a column added to
-- cards later must be added to both lists). An update of change_seq alone is a stamp.
CREATE TRIGGER cards_update_stamps_study AFTER UPDATE OF user_id, event_id, due, stability,
  difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review,
  version, variant, variant_day ON cards WHEN NEW.change_seq = OLD.change_seq BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = NEW.user_id)
    WHERE user_id = NEW.user_id AND event_id = NEW.event_id;
END;
-- The same change, by a writer that stamped the card itself.
CREATE TRIGGER cards_update_bumps_study AFTER UPDATE OF user_id, event_id, due, stability,
  difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review,
  version, variant, variant_day ON cards WHEN NEW.change_seq <> OLD.change_seq BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
END;
-- A card moved to another event or learner is, for the copies of its old learner, a deletion.
CREATE TRIGGER cards_move_floors_study AFTER UPDATE OF user_id, event_id ON cards
  WHEN OLD.user_id <> NEW.user_id OR OLD.event_id <> NEW.event_id BEGIN
  UPDATE users SET study_version = study_version + 1, study_floor = study_version + 1
    WHERE id = OLD.user_id;
END;
CREATE TRIGGER cards_delete_stamps_study AFTER DELETE ON cards BEGIN
  UPDATE users SET study_version = study_version + 1, study_floor = study_version + 1
    WHERE id = OLD.user_id;
END;
-- A review log row belongs to its card's state (what Undo restores, what was done
-- today): a change to one stamps the card, unless it was stamped for this already.
CREATE TRIGGER review_logs_insert_stamps_study AFTER INSERT ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = NEW.user_id)
    WHERE user_id = NEW.user_id AND event_id = NEW.event_id
      AND change_seq < (SELECT study_version FROM users WHERE id = NEW.user_id);
END;
CREATE TRIGGER review_logs_update_stamps_study AFTER UPDATE ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = NEW.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = NEW.user_id)
    WHERE user_id = NEW.user_id AND event_id = NEW.event_id
      AND change_seq < (SELECT study_version FROM users WHERE id = NEW.user_id);
END;
CREATE TRIGGER review_logs_move_stamps_study AFTER UPDATE OF user_id, event_id ON review_logs
  WHEN OLD.user_id <> NEW.user_id OR OLD.event_id <> NEW.event_id BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = OLD.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = OLD.user_id)
    WHERE user_id = OLD.user_id AND event_id = OLD.event_id;
END;
CREATE TRIGGER review_logs_delete_stamps_study AFTER DELETE ON review_logs BEGIN
  UPDATE users SET study_version = study_version + 1 WHERE id = OLD.user_id;
  UPDATE cards SET change_seq = (SELECT study_version FROM users WHERE id = OLD.user_id)
    WHERE user_id = OLD.user_id AND event_id = OLD.event_id;
END;
