package io.linimasa.normalise.block;

import io.linimasa.normalise.lexicon.Cues;
import io.linimasa.normalise.text.Text;

/**
 * One block of a page in reading order: a line of a text page or a block element of an HTML page,
 * with its position, where it came from, and the features every stage reads. The cheap features
 * are computed once here; the rest (the key) on first use.
 */
public final class Block {

    private final int index;
    private final String text;
    private final Source source;
    private final double linkDensity;
    private final long cues;
    private final int words;
    private final boolean endsLikeSentence;
    private String key;

    public Block(int index, String text, Source source, double linkDensity) {
        this.index = index;
        this.text = text;
        this.source = source;
        this.linkDensity = linkDensity;
        this.cues = Cues.of(text);
        this.words = Text.wordCount(text);
        this.endsLikeSentence = Text.endsLikeSentence(text);
    }

    public static Block line(int index, String text) {
        return new Block(index, text, Source.TEXT_LINE, 0);
    }

    /** The same block at another position. */
    public Block at(int newIndex) {
        return newIndex == index ? this : new Block(newIndex, text, source, linkDensity);
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    public Source source() {
        return source;
    }

    /** Share of the text inside links (HTML; 0 for text lines). */
    public double linkDensity() {
        return linkDensity;
    }

    /** The lexicon words and marks the text holds: see {@link io.linimasa.normalise.lexicon.Cue}. */
    public long cues() {
        return cues;
    }

    public int words() {
        return words;
    }

    public int length() {
        return text.length();
    }

    public boolean endsLikeSentence() {
        return endsLikeSentence;
    }

    /** Letters and digits only, lower case: two copies of a paragraph have the same key. */
    public String key() {
        if (key == null) {
            key = Text.key(text);
        }
        return key;
    }

    @Override
    public String toString() {
        return index + ":" + text;
    }
}
