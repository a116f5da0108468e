-- Seed 2.11.5, Keep Door Open for (sec): 0–600 s after a successful clock event; 0 (the default) opens nothing.
ALTER TABLE attendance_settings ADD COLUMN keep_open_seconds INTEGER DEFAULT 0 NOT NULL;
