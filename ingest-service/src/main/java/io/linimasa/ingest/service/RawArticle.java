package io.linimasa.ingest.service;

import java.time.Instant;

/** A page as a client sent it: exactly one of text and html, and hints about where it came from. */
public record RawArticle(String text, String html, String url, String sourceName, Instant fetchedAt) {

    public static RawArticle ofText(String text) {
        return new RawArticle(text, null, null, null, null);
    }

    public static RawArticle ofHtml(String html) {
        return new RawArticle(null, html, null, null, null);
    }

    public boolean isHtml() {
        return html != null;
    }

    public String content() {
        return html != null ? html : text;
    }
}
