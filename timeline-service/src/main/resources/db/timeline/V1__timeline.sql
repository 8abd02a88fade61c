-- Timeline entries: one per real-world event, each citing the article events that report it.
-- Owned by timeline-service; the ingest schema is only read.
CREATE SEQUENCE timeline_entry_seq INCREMENT BY 50;
CREATE TABLE timeline_entry (
    id          bigint      PRIMARY KEY DEFAULT nextval('timeline_entry_seq'),
    date_value  varchar(16) NOT NULL,
    granularity varchar(8)  NOT NULL,
    date_start  date        NOT NULL,
    date_end    date        NOT NULL,
    summary     text        NOT NULL,
    entities    text[]      NOT NULL,
    search_text text        NOT NULL,                 -- sentences and entity names, for q
    updated_at  timestamptz NOT NULL
);
CREATE INDEX timeline_entry_date ON timeline_entry (date_start, id);
CREATE INDEX timeline_entry_entities ON timeline_entry USING gin (entities);
CREATE INDEX timeline_entry_search ON timeline_entry USING gin (to_tsvector('simple', search_text));

CREATE TABLE timeline_source (
    event_id   bigint      PRIMARY KEY,              -- ingest.article_event.id
    entry_id   bigint      NOT NULL REFERENCES timeline_entry (id) ON DELETE CASCADE,
    article_id varchar(32) NOT NULL
);
CREATE INDEX timeline_source_entry ON timeline_source (entry_id);
