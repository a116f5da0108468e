-- Method DOOR_STATION (a door station's own unlock, reported by MESSAGE) is longer than the 10 characters
-- the first methods needed.
ALTER TABLE unlock_log ALTER COLUMN method SET DATA TYPE VARCHAR(16);
