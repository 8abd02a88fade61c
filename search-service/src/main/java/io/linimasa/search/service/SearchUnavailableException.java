package io.linimasa.search.service;

import io.linimasa.problem.ProblemException;
import java.time.Duration;

/** Elasticsearch cannot be reached or failed: 503, try again shortly. */
public class SearchUnavailableException extends ProblemException {

    public SearchUnavailableException(Throwable cause) {
        super(503, "Search unavailable", "the search index cannot be reached; try again shortly", Duration.ofSeconds(5));
        initCause(cause);
    }
}
