-- A word search (q) reads each entry's words as stored, parsed once when the entry's text changes, rather
-- than parsing the text of every entry it passes in date order (a milliseconds-long step per entry).
ALTER TABLE timeline_entry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
CREATE INDEX timeline_entry_search_vector ON timeline_entry USING gin (search_vector);
DROP INDEX timeline_entry_search;
