-- Re-normalisation runs, one row each: every stored article normalised again from its raw content
-- by the normaliser of the replica that runs it, a batch at a time after a cursor (the article id),
-- so that a run survives restarts and any replica can carry it on. One runs at a time.
CREATE TABLE renormalisation (
    id           bigserial   PRIMARY KEY,
    state        varchar(16) NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    requested_at timestamptz NOT NULL,
    finished_at  timestamptz,
    after_id     varchar(32) NOT NULL DEFAULT '',
    total        bigint      NOT NULL,
    done         bigint      NOT NULL DEFAULT 0,
    changed      bigint      NOT NULL DEFAULT 0,
    failed       bigint      NOT NULL DEFAULT 0,
    last_error   text
);
CREATE UNIQUE INDEX renormalisation_one_running ON renormalisation (state) WHERE state = 'RUNNING';

-- Events that re-normalisation took back (the article, read again, no longer tells them), in commit
-- order like article_event.created_xid: the timeline drops them from its entries.
CREATE TABLE article_event_retired (
    event_id    bigint      PRIMARY KEY,
    article_id  varchar(32) NOT NULL,
    retired_xid xid8        NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX article_event_retired_order ON article_event_retired (retired_xid, event_id);
