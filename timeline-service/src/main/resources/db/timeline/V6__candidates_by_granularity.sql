-- A batch finds each event's candidate entries by granularity and start: the entries of its own date,
-- the finer ones starting inside it and the coarser ones starting before it (see EntryCandidates). With
-- the granularity leading, the index alone narrows the rows a year or a decade has to read.
CREATE INDEX timeline_entry_granularity_start ON timeline_entry (rules_version, granularity, date_start);

-- The worker rewrites an entry whenever an event joins it: vacuum it sooner than the default fifth.
ALTER TABLE timeline_entry SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
