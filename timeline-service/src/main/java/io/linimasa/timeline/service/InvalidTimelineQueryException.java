package io.linimasa.timeline.service;

/** A query parameter out of its range or form: 400. */
public class InvalidTimelineQueryException extends RuntimeException {

    public InvalidTimelineQueryException(String message) {
        super(message);
    }
}
