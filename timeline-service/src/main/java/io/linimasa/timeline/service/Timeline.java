package io.linimasa.timeline.service;

import java.util.List;

/** The timeline response of the contract. */
public record Timeline(List<Entry> entries) {

    /**
     * {@code summary} is the lead source's (the first of {@code sources}); {@code sourceCount} is how many
     * sources the entry has in all, of which {@code sources} holds the first (as many as asked for).
     */
    public record Entry(String date, String granularity, String summary, List<String> entities, List<Source> sources,
                        int sourceCount) {
    }

    /**
     * A source with what it said itself: its own date and granularity, {@code mention} EXACT when they are
     * the entry's and COARSER when the source gives a coarser period holding the entry's date ("in
     * October" for 31 October), and its own summary in its language.
     */
    public record Source(String articleId, String title, String outlet, String publishedAt, String url, String sentence,
                         String date, String granularity, EventMerger.Mention mention, String summary, String language) {
    }
}
