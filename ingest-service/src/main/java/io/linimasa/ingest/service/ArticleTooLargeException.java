package io.linimasa.ingest.service;

import io.linimasa.problem.ProblemException;

/** An article or batch over the configured size limit: 413. */
public class ArticleTooLargeException extends ProblemException {

    public ArticleTooLargeException(String message) {
        super(413, "Content too large", message);
    }
}
