package io.linimasa.normalise.block;

/** Where a block came from: a line of a text page, or the kind of HTML element that held it. */
public enum Source {
    TEXT_LINE,
    /** The headline the page's markup states (JSON-LD, og:title, h1). */
    MARKUP_TITLE,
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    TABLE_ROW,
    PREFORMATTED,
    CAPTION,
    /** Any other block element (div, section, br-separated text). */
    OTHER;

    public boolean fromHtml() {
        return this != TEXT_LINE;
    }
}
