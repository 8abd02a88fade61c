package io.linimasa.normalise.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.SiteEvidence;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines that recur across a site's pages are its furniture, whatever they say. */
class SiteEvidenceTest {

    /** The rules alone: what this test shows is the evidence, not the block model. */
    private static final ArticleNormaliser NORMALISER = new ArticleNormaliser(null, null);
    private static final String PROMO = "Dapatkan diskon khusus pembaca setia kami hari ini juga di toko daring kami.";

    private static String page(int n) {
        return "Judul Berita Nomor " + n + " Tentang Kota Yang Ramai\n"
                + "JAKARTA - Ratusan warga berkumpul di alun-alun kota pada hari ke-" + n + " untuk merayakan ulang tahun kota itu.\n"
                + PROMO + "\n"
                + "Perayaan berlangsung hingga malam dengan " + n + " pertunjukan musik dan tarian dari berbagai daerah, kata panitia.\n";
    }

    /** The counts a caller keeps: per key, on how many recorded pages it stood. */
    private static final class Counts implements SiteEvidence {
        final Map<String, Integer> pagesWith = new HashMap<>();
        int pages;

        void record(Set<String> keys) {
            pages++;
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }

        @Override
        public int pagesSeen() {
            return pages;
        }

        @Override
        public int pagesWith(String lineKey) {
            return pagesWith.getOrDefault(lineKey, 0);
        }
    }

    @Test
    void aLineOnMostOfASitesPagesLeavesTheBody() {
        Counts site = new Counts();
        ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints("https://example.org/x", null, site);
        assertTrue(NORMALISER.fromText(page(0), hints).body().contains(PROMO), "no evidence yet: read as the page says");
        for (int i = 1; i <= SiteEvidence.MIN_PAGES; i++) {
            site.record(NORMALISER.siteLineKeys(page(i)));
        }
        String body = NORMALISER.fromText(page(99), hints).body();
        assertFalse(body.contains(PROMO), body);
        assertTrue(body.contains("Perayaan berlangsung hingga malam"), body);
    }

    @Test
    void longParagraphsAreNeverKeyed() {
        Set<String> keys = NORMALISER.siteLineKeys("word ".repeat(200) + "\nShare this article\n");
        assertTrue(keys.size() == 1, keys.toString());
    }
}
