-- How far each rules version's worker has read ingest's events, in commit order (see ingest's
-- article_event.created_xid and article_event_retired.retired_xid): a batch reads after its cursor,
-- so its cost does not grow with the events already assigned.
CREATE TABLE worker_cursor (
    rules_version    int    PRIMARY KEY,
    xid              xid8   NOT NULL,
    event_id         bigint NOT NULL,
    retired_xid      xid8   NOT NULL,
    retired_event_id bigint NOT NULL
);

-- Events the cursor has passed that are to be assigned again: re-driven set-aside events, and the
-- other events of an entry that lost one to re-normalisation (the entry is built anew).
CREATE TABLE event_requeue (
    rules_version int    NOT NULL,
    event_id      bigint NOT NULL,
    PRIMARY KEY (rules_version, event_id)
);

-- An entry's newest sources first (the merge compares an event with those and the lead).
CREATE INDEX timeline_source_entry_event ON timeline_source (entry_id, event_id);
DROP INDEX timeline_source_entry;
