package io.linimasa.ingest.service;

import io.linimasa.problem.ProblemException;

/** Input that is not an article request at all (empty, malformed, both or neither of text/html): 400. */
public class InvalidArticleException extends ProblemException {

    public InvalidArticleException(String message) {
        super(400, "Bad request", message);
    }
}
