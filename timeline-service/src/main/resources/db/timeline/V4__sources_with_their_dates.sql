-- A source keeps what it said: its own summary (in its language), and the terms the merge rules
-- compare (EventTerms), so that the candidates of an event and their sources are read in one query.
-- An entry names the source that gave its date and whose summary leads (lead_event_id), and holds
-- every key of its sources and entities (search_keys) for an indexed candidate search.
-- Only additions: replicas of the previous rules keep working beside these during a rolling update.
ALTER TABLE timeline_source ADD COLUMN summary text;
ALTER TABLE timeline_source ADD COLUMN terms text[] NOT NULL DEFAULT '{}';
ALTER TABLE timeline_entry ADD COLUMN lead_event_id bigint;
ALTER TABLE timeline_entry ADD COLUMN search_keys text[] NOT NULL DEFAULT '{}';
CREATE INDEX timeline_entry_search_keys ON timeline_entry USING gin (search_keys);
