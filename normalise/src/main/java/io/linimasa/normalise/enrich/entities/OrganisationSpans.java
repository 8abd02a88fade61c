package io.linimasa.normalise.enrich.entities;

import io.linimasa.normalise.lexicon.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations no list knows, by their head words: "Forum Honorer Indonesia", "Perhimpunan Hotel
 * dan Restoran Indonesia", "Free Papua Movement". Such a name is one entity, so the place inside it
 * is no mention of the place ("Ikatan Dokter Indonesia" names no "Indonesia").
 */
final class OrganisationSpans {

    /** No organisation's name is longer; the bound keeps a page of capitalised words linear. */
    private static final int MAX_TOKENS = 12;
    private static final Set<String> CONNECTORS = Set.of("dan", "and", "of", "for", "untuk", "the");

    private final Set<String> heads = new HashSet<>();

    OrganisationSpans() {
        for (String line : ResourceLines.read("entity-cues.tsv")) {
            String[] cells = line.split("\t");
            if (cells[1].equals("org-head")) {
                heads.add(cells[0]);
            }
        }
    }

    /**
     * The length of an organisation's name starting at this token: 0 when none starts there. It ends
     * before a known body ({@code knownBody}), which is an entity of its own ("Dewan Keamanan PBB").
     */
    int lengthAt(List<String> tokens, int at, java.util.function.IntPredicate knownBody) {
        int end = at;
        while (end < tokens.size() && end - at < MAX_TOKENS && !(end > at && knownBody.test(end)) && (capitalised(tokens.get(end))
                || CONNECTORS.contains(tokens.get(end)) && end > at && end + 1 < tokens.size() && capitalised(tokens.get(end + 1)))) {
            end++;
        }
        if (end - at < 2) {
            return 0;
        }
        boolean headFirst = heads.contains(tokens.get(at));
        boolean headLast = heads.contains(tokens.get(end - 1));
        return headFirst || headLast ? end - at : 0;
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
