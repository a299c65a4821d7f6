-- A fixed UTC offset cannot follow daylight saving time: store the learner's IANA
-- time zone instead, so "today" and daily limits follow their own clock all year.
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE users DROP COLUMN tz_offset_min;
