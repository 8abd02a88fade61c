package io.linimasa.search.service;

import io.linimasa.problem.ProblemException;

/** A query parameter out of its range or form: 400. */
public class InvalidQueryException extends ProblemException {

    public InvalidQueryException(String message) {
        super(400, "Bad request", message);
    }
}
