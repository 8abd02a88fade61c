package io.linimasa.ingest.service;

/** What became of one page of a chunk: stored now (created), stored before, or refused (failure). */
public record Ingested(String id, boolean created, RuntimeException failure) {

    static Ingested failed(RuntimeException failure) {
        return new Ingested(null, false, failure);
    }
}
