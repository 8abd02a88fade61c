-- How far each rules version's worker has read the events, in commit order (see ingest's
-- article_event.created_xid): a batch reads after its cursor, so its cost does not grow with the
-- events already assigned. Events set aside are re-driven by flag, since the cursor has passed them.
CREATE TABLE worker_cursor (
    rules_version int    PRIMARY KEY,
    xid           xid8   NOT NULL,
    event_id      bigint NOT NULL
);
ALTER TABLE event_set_aside ADD COLUMN redrive boolean NOT NULL DEFAULT false;

-- An entry's newest sources first (the merge compares an event with those and the lead).
CREATE INDEX timeline_source_entry_event ON timeline_source (entry_id, event_id);
DROP INDEX timeline_source_entry;
