package io.linimasa.ingest.service;

/** An article or batch over the configured size limit: 413. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
