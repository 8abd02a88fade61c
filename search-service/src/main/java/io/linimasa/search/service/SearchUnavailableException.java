package io.linimasa.search.service;

/** Elasticsearch cannot be reached or failed: 503. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
