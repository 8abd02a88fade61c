package io.linimasa.normalise.lexicon;

/** The project's word lists, each read once. The place to look for any list of words a rule uses. */
public final class Lexicons {

    public static final Lexicon MONTHS = Lexicon.read("months.tsv");
    public static final Lexicon WEEKDAYS = Lexicon.read("weekdays.tsv");
    public static final Lexicon ZONES = Lexicon.read("zones.tsv");
    public static final Lexicon BYLINE_LABELS = Lexicon.read("byline-labels.tsv");
    public static final Lexicon BYLINE_ROLES = Lexicon.read("byline-roles.tsv");
    public static final Lexicon DATE_LABELS = Lexicon.read("date-labels.tsv");
    public static final Lexicon CAPTION_AGENCIES = Lexicon.read("caption-agencies.txt");
    public static final Lexicon RELATED_LINKS = Lexicon.read("related-links.tsv");
    public static final Lexicon SECTION_WORDS = Lexicon.read("section-words.txt");
    public static final Lexicon TIME_WORDS = Lexicon.read("time-words.txt");
    public static final Lexicon NUMBERS = Lexicon.read("numbers.tsv");
    public static final Lexicon PRONOUNS = Lexicon.read("pronouns.tsv");

    private Lexicons() {
    }
}
