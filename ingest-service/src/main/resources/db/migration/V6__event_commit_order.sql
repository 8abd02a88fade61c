-- The transaction that wrote each event, so that the timeline can read new events in commit
-- order with a cursor: every transaction below the oldest one still running has finished, so an
-- event below that horizon can no longer appear behind the cursor. Ids alone cannot do that (a
-- replica's block of sequence values may be used long after others wrote higher ones).
ALTER TABLE article_event ADD COLUMN created_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX article_event_commit_order ON article_event (created_xid, id) WHERE date_start IS NOT NULL;
