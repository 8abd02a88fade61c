package io.linimasa.ingest.service;

import io.linimasa.ingest.store.Article;

/** The stored article, and whether this request created it (201) or found it stored before (200). */
public record IngestResult(Article article, boolean created) {
}
