-- The source of truth for articles. Elasticsearch is derived from these tables (through the
-- outbox) and can always be rebuilt from them.
CREATE TABLE article (
    id               varchar(32) PRIMARY KEY,          -- hash of the raw input: the same input, the same id
    raw_kind         varchar(8)  NOT NULL,             -- text | html
    raw_content      text        NOT NULL,             -- kept so that a better normaliser can run again
    content_hash     varchar(64) NOT NULL,             -- hash of the normalised body
    duplicate_of     varchar(32) REFERENCES article (id),
    title            text        NOT NULL,
    published_at     timestamptz,
    published_offset varchar(6),                       -- the offset the page printed, e.g. +07:00
    outlet           text,
    authors          text[]      NOT NULL,
    editors          text[]      NOT NULL,
    dateline         text,
    language         varchar(8)  NOT NULL,
    body             text        NOT NULL,
    source_name      text,
    url              text,
    fetched_at       timestamptz,
    ingested_at      timestamptz NOT NULL
);
CREATE INDEX article_content_hash ON article (content_hash, ingested_at);

-- Sequences step by 50 so that Hibernate can batch inserts (pooled ids, no round trip a row).
CREATE SEQUENCE article_entity_seq INCREMENT BY 50;
CREATE TABLE article_entity (
    id         bigint      PRIMARY KEY DEFAULT nextval('article_entity_seq'),
    article_id varchar(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal    int         NOT NULL,
    name       text        NOT NULL,
    type       varchar(16) NOT NULL,
    mentions   int         NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX article_entity_name ON article_entity (name);

CREATE SEQUENCE article_event_seq INCREMENT BY 50;
CREATE TABLE article_event (
    id          bigint      PRIMARY KEY DEFAULT nextval('article_event_seq'),
    article_id  varchar(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal     int         NOT NULL,
    date_value  varchar(16),                           -- 2020-10-31 | 2020-10 | 2020 | 1990s
    granularity varchar(8),
    date_start  date,
    date_end    date,
    expression  text        NOT NULL,
    sentence    text        NOT NULL,
    entities    text[]      NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX article_event_dated ON article_event (id) WHERE date_start IS NOT NULL;

-- Articles waiting to reach Elasticsearch; written in the same transaction as the article.
CREATE SEQUENCE index_outbox_seq INCREMENT BY 50;
CREATE TABLE index_outbox (
    id         bigint      PRIMARY KEY DEFAULT nextval('index_outbox_seq'),
    article_id varchar(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    attempts   int         NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
