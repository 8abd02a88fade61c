-- Which version of the merge rules (EventMerger.VERSION) built the entries: when the rules change,
-- the worker removes the entries and assigns every event again.
CREATE TABLE merge_state (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    rules_version int     NOT NULL
);
INSERT INTO merge_state (rules_version) VALUES (1);

-- Candidates for an event: entries of the same article (for its own repeated mentions).
CREATE INDEX timeline_source_article ON timeline_source (article_id);
