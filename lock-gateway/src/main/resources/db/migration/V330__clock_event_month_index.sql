-- The monthly report reads every accepted punch of a month (user_id, at_millis by at_millis range and
-- result). With an index on at_millis alone each of them (920,000 for 10,000 people) was a lookup in
-- the table; this index carries all three columns, so the report reads the index alone. It replaces
-- clock_event_at: its leading column serves the record's range queries as well.
CREATE INDEX clock_event_month ON clock_event (at_millis, result, user_id);
DROP INDEX clock_event_at;
