package io.linimasa.search.service;

/** A query parameter out of its range or form: 400. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
