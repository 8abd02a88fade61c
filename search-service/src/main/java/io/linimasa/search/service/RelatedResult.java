package io.linimasa.search.service;

import java.util.List;

/** The stories related to one article, best first, other outlets before the article's own. */
public record RelatedResult(String id, List<Related> related) {

    /** One related story: its best-matching copy, with the ids of its other copies (duplicateOf the same story). */
    public record Related(String id, String title, String publishedAt, String outlet, String language, Double score,
                          List<String> duplicates) {
    }
}
