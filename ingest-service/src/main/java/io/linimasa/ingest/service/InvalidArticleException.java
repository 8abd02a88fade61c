package io.linimasa.ingest.service;

/** Input that is not an article request at all (empty, malformed, both or neither of text/html): 400. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
