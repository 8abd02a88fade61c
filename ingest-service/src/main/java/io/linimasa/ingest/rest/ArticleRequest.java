package io.linimasa.ingest.rest;

/** The JSON form of one article: exactly one of text and html; the rest optional. */
public record ArticleRequest(String text, String html, String url, String sourceName, String fetchedAt) {
}
