package io.linimasa.normalise.score;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.block.Source;
import io.linimasa.normalise.label.Boilerplate;
import io.linimasa.normalise.label.ListItems;
import io.linimasa.normalise.label.Menus;
import io.linimasa.normalise.label.PageLabels;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.text.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the block model reads, per block: its shape (length, sentence end, capitals,
 * stop-word density, commas, digits, links), where it came from, what the label rules say of it
 * (furniture phrase, caption, date line, byline, menu), its repetition in the page, and its
 * neighbourhood (the blocks around it, where it stands from the page's longest block).
 */
public final class BlockFeatures {

    public static final List<String> NAMES = List.of("words", "chars", "sentence_end", "capitalised", "stop_words",
            "commas", "digits", "upper_case", "links", "src_heading", "src_paragraph", "src_list", "src_quote", "src_table",
            "src_caption", "src_other", "position", "phrase_skip", "phrase_list", "phrase_end", "caption", "date_line",
            "byline", "site_name", "menu", "breadcrumb", "headline_shaped", "list_item", "repeated", "after_end",
            "prev_words", "next_words", "prev_sentence", "next_sentence", "window_words", "window_sentences",
            "from_longest", "short", "colon_end", "separators", "copyright", "related");
    private static final int WINDOW = 3;

    private BlockFeatures() {
    }

    public static double[][] of(PageLabels labels, String language) {
        int n = labels.size();
        double[][] x = new double[n][];
        Map<String, Integer> keys = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < n; i++) {
            keys.merge(labels.block(i).key(), 1, Integer::sum);
            if (labels.block(i).words() > labels.block(longest).words()) {
                longest = i;
            }
        }
        boolean ended = false;
        for (int i = 0; i < n; i++) {
            Block b = labels.block(i);
            String t = b.text();
            Boilerplate.Verdict verdict = labels.verdict(i);
            double[] f = new double[NAMES.size()];
            int k = 0;
            f[k++] = Math.log1p(b.words());
            f[k++] = Math.log1p(b.length());
            f[k++] = b.endsLikeSentence() ? 1 : 0;
            f[k++] = Text.capitalisedShare(t);
            f[k++] = StopWords.density(t, language);
            f[k++] = Math.min(1, (double) count(t, ',') / Math.max(1, b.words()));
            f[k++] = share(t, Character::isDigit);
            f[k++] = upperShare(t);
            f[k++] = b.linkDensity();
            for (Source s : List.of(Source.HEADING, Source.PARAGRAPH, Source.LIST_ITEM, Source.QUOTE, Source.TABLE_ROW,
                    Source.CAPTION, Source.OTHER)) {
                f[k++] = b.source() == s ? 1 : 0;
            }
            f[k++] = n <= 1 ? 0 : (double) i / (n - 1);
            f[k++] = verdict == Boilerplate.Verdict.SKIP ? 1 : 0;
            f[k++] = verdict == Boilerplate.Verdict.LIST ? 1 : 0;
            f[k++] = verdict == Boilerplate.Verdict.END ? 1 : 0;
            f[k++] = labels.isCaption(i) ? 1 : 0;
            f[k++] = b.length() <= 400 && labels.dateLines(i).any() ? 1 : 0;
            f[k++] = labels.byline(i).found() ? 1 : 0;
            f[k++] = labels.isSiteName(i) ? 1 : 0;
            f[k++] = b.length() <= 400 && Menus.isMenu(t) ? 1 : 0;
            f[k++] = Menus.isBreadcrumb(t, b.cues()) ? 1 : 0;
            f[k++] = labels.isHeadlineShaped(i) ? 1 : 0;
            f[k++] = ListItems.isItem(t) ? 1 : 0;
            f[k++] = keys.get(b.key()) > 1 ? 1 : 0;
            f[k++] = ended ? 1 : 0;
            f[k++] = i > 0 ? Math.log1p(labels.block(i - 1).words()) : 0;
            f[k++] = i + 1 < n ? Math.log1p(labels.block(i + 1).words()) : 0;
            f[k++] = i > 0 && labels.block(i - 1).endsLikeSentence() ? 1 : 0;
            f[k++] = i + 1 < n && labels.block(i + 1).endsLikeSentence() ? 1 : 0;
            double windowWords = 0;
            double windowSentences = 0;
            int inWindow = 0;
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
                windowWords += labels.block(j).words();
                windowSentences += labels.block(j).endsLikeSentence() ? 1 : 0;
                inWindow++;
            }
            f[k++] = Math.log1p(windowWords / inWindow);
            f[k++] = windowSentences / inWindow;
            f[k++] = n <= 1 ? 0 : (double) (i - longest) / (n - 1);
            f[k++] = b.words() <= 3 ? 1 : 0;
            f[k++] = t.endsWith(":") ? 1 : 0;
            f[k++] = (b.cues() & Cue.SEPARATOR.bit()) != 0 ? 1 : 0;
            f[k++] = (b.cues() & (Cue.COPYRIGHT_SIGN.bit() | Cue.COPYRIGHT_WORD.bit())) != 0 ? 1 : 0;
            f[k++] = (b.cues() & Cue.RELATED.bit()) != 0 ? 1 : 0;
            x[i] = f;
            ended |= verdict == Boilerplate.Verdict.END;
        }
        return x;
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += t.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static double share(String t, CharTest test) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += test.test(t.charAt(i)) ? 1 : 0;
        }
        return t.isEmpty() ? 0 : (double) n / t.length();
    }

    private static double upperShare(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }
}
