package io.linimasa.timeline.service;

import io.linimasa.problem.ProblemException;

/** A query parameter out of its range or form: 400. */
public class InvalidTimelineQueryException extends ProblemException {

    public InvalidTimelineQueryException(String message) {
        super(400, "Bad request", message);
    }
}
