package io.linimasa.normalise.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.ahocorasick.trie.PayloadTrie;

/**
 * The keyword prefilter: one Aho-Corasick pass (org.ahocorasick) over a line finds which lexicons'
 * words stand in it, and one pass over its characters which marks; together a bit mask of
 * {@link Cue}s. Words are found anywhere, also inside other words ("jan" in "januari"): a cue says
 * a rule may match, never that it does, so finding too much costs time and never a result.
 */
public final class Cues {

    private static final PayloadTrie<Long> WORDS = build();

    private Cues() {
    }

    private static PayloadTrie<Long> build() {
        // A word of several lexicons ("wartawan": a byline label and a role) carries all their bits:
        // the trie keeps one payload per word.
        Map<String, Long> trie = new LinkedHashMap<>();
        add(trie, Cue.MONTH, Lexicons.MONTHS.texts());
        add(trie, Cue.WEEKDAY, Lexicons.WEEKDAYS.texts());
        add(trie, Cue.ZONE, Lexicons.ZONES.texts());
        add(trie, Cue.TIME_WORD, Lexicons.TIME_WORDS.texts());
        add(trie, Cue.DATE_LABEL, Lexicons.DATE_LABELS.texts());
        add(trie, Cue.AUTHOR_LABEL, Lexicons.BYLINE_LABELS.texts(t -> t.value().equals("author")));
        add(trie, Cue.EDITOR_LABEL, Lexicons.BYLINE_LABELS.texts(t -> t.value().equals("editor")));
        add(trie, Cue.BYLINE_ROLE, Lexicons.BYLINE_ROLES.texts());
        add(trie, Cue.CAPTION, Lexicons.CAPTION_AGENCIES.texts());
        add(trie, Cue.CAPTION, List.of("foto", "photo", "picture", "ilustrasi", "dok", "pic by"));
        add(trie, Cue.SOCIAL, List.of("twitter.com", "instagram.com"));
        add(trie, Cue.RELATED, Lexicons.RELATED_LINKS.texts());
        add(trie, Cue.DOMAIN, List.of(".com", ".co", ".id", ".net", ".org", ".tv", ".my", ".sg"));
        add(trie, Cue.SOURCE, List.of("sumber", "source"));
        add(trie, Cue.COPYRIGHT_WORD, List.of("copyright"));
        add(trie, Cue.PUBLISHED_ELSEWHERE, List.of("artikel ini telah tayang"));
        add(trie, Cue.VERIFIED_WRITER, List.of("verified writer"));
        add(trie, Cue.REPORTING, List.of("reporting by", "melaporkan dari", "reporting from", "laporan"));
        PayloadTrie.PayloadTrieBuilder<Long> builder = PayloadTrie.<Long>builder().ignoreCase();
        trie.forEach(builder::addKeyword);
        return builder.build();
    }

    private static void add(Map<String, Long> trie, Cue cue, List<String> words) {
        for (String word : words) {
            trie.merge(word.toLowerCase(Locale.ROOT), cue.bit(), (a, b) -> a | b);
        }
    }

    /** The cues of a line. */
    public static long of(CharSequence line) {
        long mask = marks(line);
        long[] words = {0};
        WORDS.parseText(line, emit -> {
            words[0] |= emit.getPayload();
            return true;
        });
        return mask | words[0];
    }

    private static long marks(CharSequence line) {
        long mask = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                mask |= Cue.DIGIT.bit();
            } else {
                switch (c) {
                    case '/' -> mask |= Cue.SLASH.bit();
                    case '-', '–', '—' -> mask |= Cue.DASH.bit();
                    case ':' -> mask |= Cue.COLON.bit();
                    case ',' -> mask |= Cue.COMMA.bit();
                    case '(' -> mask |= Cue.PAREN.bit();
                    case '©', '@' -> mask |= Cue.COPYRIGHT_SIGN.bit();
                    case '|', '·', '●', '•', '»', '›', '>' -> mask |= Cue.SEPARATOR.bit();
                    default -> {
                    }
                }
            }
        }
        return mask;
    }
}
