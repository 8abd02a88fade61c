package io.linimasa.problem;

import java.time.Duration;

/**
 * A failure the client is told about as a problem: its status and title, its message as the
 * detail, and for 429 and 503 how long to wait before trying again.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Duration retryAfter;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** How long the client should wait before trying again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
