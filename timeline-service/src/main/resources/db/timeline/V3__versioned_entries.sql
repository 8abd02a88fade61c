-- Entries belong to one version of the merge rules. A new version builds its own entries beside
-- the ones readers see, and takes over (merge_state.active_version) only once it has assigned every
-- event: a rolling update never empties the timeline, and an older replica never wipes a newer one's.
ALTER TABLE timeline_entry ADD COLUMN rules_version int;
UPDATE timeline_entry SET rules_version = (SELECT rules_version FROM merge_state);
ALTER TABLE timeline_entry ALTER COLUMN rules_version SET NOT NULL;
DROP INDEX timeline_entry_date;
CREATE INDEX timeline_entry_date ON timeline_entry (rules_version, date_start, id);

ALTER TABLE timeline_source ADD COLUMN rules_version int;
UPDATE timeline_source SET rules_version = (SELECT rules_version FROM merge_state);
ALTER TABLE timeline_source ALTER COLUMN rules_version SET NOT NULL;
ALTER TABLE timeline_source DROP CONSTRAINT timeline_source_pkey;
ALTER TABLE timeline_source ADD PRIMARY KEY (rules_version, event_id);

ALTER TABLE merge_state RENAME COLUMN rules_version TO active_version;

-- Events the worker could not assign, set aside with the reason so that they stop nobody; an
-- operator re-drives them (POST /api/timeline/set-aside/redrive) once the cause is fixed.
CREATE TABLE event_set_aside (
    rules_version int         NOT NULL,
    event_id      bigint      NOT NULL,
    reason        text        NOT NULL,
    attempts      int         NOT NULL,
    set_aside_at  timestamptz NOT NULL,
    PRIMARY KEY (rules_version, event_id)
);
