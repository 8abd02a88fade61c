package io.linimasa.ingest.index;

/**
 * What Elasticsearch made of one document of a bulk request: indexed, refused for now (try again
 * later: the cluster is busy or a shard is away), or refused for good (the document does not fit
 * the mapping): the last is set aside instead of being retried forever.
 */
public record BulkOutcome(Kind kind, String reason) {

    /** In rising order of what wins when two writes of one document disagree: a retry beats setting aside. */
    public enum Kind { INDEXED, PERMANENT, TRANSIENT, NO_ALIAS }

    static final BulkOutcome INDEXED = new BulkOutcome(Kind.INDEXED, null);

    /** The outcome of a refused item, by its HTTP status and error type. */
    static BulkOutcome refused(int status, String type, String reason) {
        String why = type + ": " + (reason == null ? "" : reason);
        if (why.length() > 2000) {
            why = why.substring(0, 2000);
        }
        if (status == 404 || "index_not_found_exception".equals(type)) {
            return new BulkOutcome(Kind.NO_ALIAS, why);
        }
        boolean transientFailure = status == 429 || status >= 500
                || "es_rejected_execution_exception".equals(type) || "circuit_breaking_exception".equals(type)
                || "unavailable_shards_exception".equals(type) || "cluster_block_exception".equals(type)
                || "process_cluster_event_timeout_exception".equals(type);
        return new BulkOutcome(transientFailure ? Kind.TRANSIENT : Kind.PERMANENT, why);
    }

    /** Two writes of one document (the alias and an index being built): the worse outcome counts. */
    BulkOutcome and(BulkOutcome other) {
        return other == null || kind.ordinal() >= other.kind.ordinal() ? this : other;
    }
}
