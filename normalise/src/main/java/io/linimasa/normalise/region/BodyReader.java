package io.linimasa.normalise.region;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.CreditLines;
import io.linimasa.normalise.fields.Credits;
import io.linimasa.normalise.label.Boilerplate;
import io.linimasa.normalise.label.Captions;
import io.linimasa.normalise.label.ListItems;
import io.linimasa.normalise.label.PageLabels;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Cues;
import io.linimasa.normalise.rules.LineRule;
import io.linimasa.normalise.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body from where the header ends: the paragraphs in order, each once, without bylines,
 * captions, widgets, links to other stories and the furniture after the article's end. Credits
 * found on the way (bylines, author boxes, "telah tayang di", copyright) go to {@link Credits}.
 */
final class BodyReader {

    /** On a chosen DOM, repeated short lines (table rows, interview questions) are the article's own. */
    private static final int DOM_DEDUPE_WORDS = 12;
    /** Paragraphs compared for pull quotes at most: beyond this a page is no article anyway. */
    private static final int PULL_QUOTE_LIMIT = 400;
    /** How much of the last paragraph's end staff initials may take. */
    private static final int INITIALS_TAIL = 200;

    /** Staff initials or an outlet mark after the last sentence: "(sya)", "(fps/afb)", "(ADN)", "(tirto.id - Ekonomi)". */
    static final LineRule TRAILING_INITIALS = LineRule.find("body-trailing-initials", INITIALS_TAIL, Cue.any(Cue.PAREN),
            "(?<=[.!?\"”’)])\\s*\\((?:\\p{L}{2,5}(?:/\\p{L}{2,5})*|\\*|[\\p{L}.]+\\.(?:id|com)\\s*-\\s*[\\p{L} ]{2,30})\\)\\s*$", 0);
    private static final Pattern TRAILING_STARS = Pattern.compile("(?<=[.!?\"”])\\*+$");

    List<String> read(PageLabels labels, Header header, String title, Credits credits, boolean contentChosen) {
        int start = header.bodyStart();
        Bylines bylines = labels.labeller().bylines();
        List<String> candidates = new ArrayList<>();
        List<Boolean> headlineShaped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ended = false;
        boolean inList = false;
        for (int i = start; i < labels.size(); i++) {
            // The lead keeps its text, not its "PLACE, OUTLET -" credit.
            boolean lead = i == start && header.lead() != null;
            String block = lead ? header.lead() : labels.text(i);
            long cues = labels.block(i).cues();
            Bylines.Byline byline = lead ? bylines.read(block, cues) : labels.byline(i);
            if (byline.found()) {
                credits.add(byline);
                continue;
            }
            Matcher box = Bylines.AUTHOR_BOX.match(block, cues);
            if (box != null) {
                credits.addAuthors(bylines.names(box.group("name")));
                ended = true;
                continue;
            }
            String credited = CreditLines.creditedOutlet(block, cues);
            if (credited != null) {
                credits.credit(credited);
                ended = true;
                continue;
            }
            if (ended) {
                credits.siteName(block);
                continue;
            }
            if (CreditLines.isSource(block, cues) || credits.siteName(block)) {
                continue;
            }
            Boilerplate.Verdict verdict = lead ? labels.labeller().boilerplate().judge(block) : labels.verdict(i);
            if (verdict == Boilerplate.Verdict.END) {
                ended = true;
                continue;
            }
            if (verdict == Boilerplate.Verdict.LIST) {
                inList = true;
                continue;
            }
            int words = Text.wordCount(block);
            // Items of a list the article introduces ("... yakni:" then "- Medan Johor") are article text.
            boolean articleListItem = ListItems.isItem(block) && !candidates.isEmpty()
                    && (candidates.get(candidates.size() - 1).endsWith(":") || ListItems.isItem(candidates.get(candidates.size() - 1)));
            if (articleListItem && seen.add(Text.key(block))) {
                candidates.add(block);
                headlineShaped.add(false);
                continue;
            }
            if (inList && words <= 25 && (!Text.endsLikeSentence(block) || block.endsWith("?"))) {
                continue; // a headline of the related-stories list, a poll's question or option
            }
            inList = false;
            boolean caption = lead ? Captions.isCaption(block, cues, title) : labels.isCaption(i, title);
            if (verdict == Boilerplate.Verdict.SKIP || caption) {
                continue;
            }
            if (!contentChosen && i > start && isWidget(labels, i)) {
                continue;
            }
            boolean repeatable = contentChosen && words < DOM_DEDUPE_WORDS;
            if (seen.add(Text.key(block)) || repeatable) {
                candidates.add(TRAILING_STARS.matcher(block).replaceAll(""));
                headlineShaped.add(!contentChosen && (lead ? headlineShaped(block) : labels.isHeadlineShaped(i)));
            }
        }
        List<String> paragraphs = onTopic(candidates, headlineShaped);
        dropPullQuotes(paragraphs);
        dropAuthorBio(paragraphs, credits.authors());
        dropTrailingInitials(paragraphs);
        return paragraphs;
    }

    private static boolean headlineShaped(String block) {
        int words = Text.wordCount(block);
        return words >= 4 && words <= 25 && !Text.endsLikeSentence(block)
                && !ListItems.isNumberedHeading(block, Cues.of(block)) && Text.capitalisedShare(block) >= 0.7;
    }

    /**
     * A short line without a sentence end: a widget ("Premium", "Video"), a tag, unless it is a
     * three-word heading that leads into a paragraph ("The hard bargaining").
     */
    private static boolean isWidget(PageLabels labels, int i) {
        Block block = labels.block(i);
        if (block.words() > 3 || block.endsLikeSentence()) {
            return false;
        }
        return block.words() < 3 || i + 1 >= labels.size() || !labels.looksLikeParagraph(i + 1, "");
    }

    /** A subheading leads into more of the article: one that ends it, or shares little with it, is another story's headline. */
    private static List<String> onTopic(List<String> candidates, List<Boolean> headlineShaped) {
        Set<String> vocabulary = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!headlineShaped.get(i)) {
                vocabulary.addAll(contentWords(candidates.get(i)));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            boolean last = i == candidates.size() - 1;
            if (!headlineShaped.get(i) || (!last && isOnTopic(candidates.get(i), vocabulary))) {
                paragraphs.add(candidates.get(i));
            }
        }
        return paragraphs;
    }

    private static boolean isOnTopic(String block, Set<String> vocabulary) {
        Set<String> words = contentWords(block);
        if (words.isEmpty()) {
            return false;
        }
        long shared = words.stream().filter(vocabulary::contains).count();
        return shared >= 0.5 * words.size();
    }

    /** Words longer than three letters, lower case. */
    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Text.isLetterOrNumber(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start > 3) {
                    words.add(lower.substring(start, i));
                }
                start = -1;
            }
        }
        return words;
    }

    /** A pull quote repeats a sentence of a paragraph: the shorter copy goes. */
    private static void dropPullQuotes(List<String> paragraphs) {
        if (paragraphs.size() > PULL_QUOTE_LIMIT) {
            return;
        }
        List<String> keys = paragraphs.stream().map(Text::key).toList();
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            String key = keys.get(i);
            if (Text.wordCount(paragraphs.get(i)) < 8) {
                continue;
            }
            for (int j = 0; j < keys.size(); j++) {
                if (j != i && keys.get(j).length() > key.length() && keys.get(j).contains(key)) {
                    paragraphs.remove(i);
                    break;
                }
            }
        }
    }

    /** "Rina Kartikasari adalah dosen ..." closing a column is the author's bio, not the article. */
    private static void dropAuthorBio(List<String> paragraphs, Set<String> authors) {
        if (paragraphs.size() < 2) {
            return;
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        for (String author : authors) {
            if (last.startsWith(author + " adalah ") || last.startsWith(author + " is ") || last.startsWith(author + " merupakan ")) {
                paragraphs.remove(paragraphs.size() - 1);
                return;
            }
        }
    }

    private static void dropTrailingInitials(List<String> paragraphs) {
        int last = paragraphs.size() - 1;
        if (last < 0) {
            return;
        }
        String paragraph = paragraphs.get(last);
        int from = Math.max(0, paragraph.length() - INITIALS_TAIL);
        Matcher m = TRAILING_INITIALS.match(paragraph.substring(from));
        if (m == null) {
            return;
        }
        String trimmed = paragraph.substring(0, from + m.start());
        if (trimmed.isBlank()) {
            paragraphs.remove(last);
        } else {
            paragraphs.set(last, trimmed);
        }
    }
}
