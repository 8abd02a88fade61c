package io.linimasa.normalise;

/** Well-formed input in which no article can be found (no title or no paragraph of text). */
public class NoArticleFoundException extends RuntimeException {

    public NoArticleFoundException(String message) {
        super(message);
    }
}
