package io.linimasa.timeline.service;

import java.util.List;

/** The timeline response of the contract. */
public record Timeline(List<Entry> entries) {

    public record Entry(String date, String granularity, String summary, List<String> entities, List<Source> sources) {
    }

    public record Source(String articleId, String title, String outlet, String publishedAt, String url, String sentence) {
    }
}
