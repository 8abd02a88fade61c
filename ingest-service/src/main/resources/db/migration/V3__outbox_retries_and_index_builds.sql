-- Each outbox row keeps its own retry state, so that one document cannot hold back the others:
-- a transient refusal waits until next_attempt_at, a permanent one is set aside with its reason
-- (set_aside_at), where an operator sees it and re-drives it after a fix or a rebuild.
ALTER TABLE index_outbox ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE index_outbox ADD COLUMN last_error text;
ALTER TABLE index_outbox ADD COLUMN set_aside_at timestamptz;
CREATE INDEX index_outbox_set_aside ON index_outbox (set_aside_at) WHERE set_aside_at IS NOT NULL;

-- Index builds, one row each, so that every ingest replica knows whether a build runs and into
-- which index (it then writes there too), which mapping version the newest build is for (a replica
-- with an older mapping writes nothing), and why a build failed.
CREATE TABLE index_build (
    id              bigserial   PRIMARY KEY,
    mapping_version int         NOT NULL,
    state           varchar(16) NOT NULL CHECK (state IN ('REQUESTED', 'BUILDING', 'DONE', 'FAILED')),
    target          text,                              -- the new index, once created
    requested_at    timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    articles        bigint      NOT NULL DEFAULT 0,
    error           text
);
CREATE INDEX index_build_state ON index_build (state, id);
