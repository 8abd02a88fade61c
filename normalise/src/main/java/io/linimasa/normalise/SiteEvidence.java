package io.linimasa.normalise;

/**
 * What earlier pages of the same site (same URL host, or outlet) say about the lines of this one: a
 * line that recurs on many pages of a site is furniture (a menu, a footer, a promo), whatever it
 * says. The caller keeps the counts (ingest keeps them per site in PostgreSQL): after normalising
 * a page it records the keys of {@link ArticleNormaliser#siteLineKeys} for that site, and passes
 * the counts in {@link ArticleNormaliser.Hints} when the next page of the site arrives.
 */
public interface SiteEvidence {

    /** No earlier pages: the page is read on its own. */
    SiteEvidence NONE = new SiteEvidence() {
        @Override
        public int pagesSeen() {
            return 0;
        }

        @Override
        public int pagesWith(String lineKey) {
            return 0;
        }
    };

    /** How many pages of the site were recorded before this one. */
    int pagesSeen();

    /** How many of those pages carried the line with this key (a key of {@link ArticleNormaliser#siteLineKeys}). */
    int pagesWith(String lineKey);

    /** Evidence of this many pages is enough to call a line furniture. */
    int MIN_PAGES = 5;
    /** A line on at least this share of a site's pages is its furniture. */
    double FURNITURE_SHARE = 0.5;

    /** Whether a line with this key is the site's furniture by the evidence. */
    default boolean isFurniture(String lineKey) {
        int seen = pagesSeen();
        return seen >= MIN_PAGES && pagesWith(lineKey) >= FURNITURE_SHARE * seen;
    }
}
