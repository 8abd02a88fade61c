package io.linimasa.normalise;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pathological pages finish in bounded time: no rule may backtrack without bound on long lines. */
class HostileTextTest {

    private static final ArticleNormaliser NORMALISER = new ArticleNormaliser();

    @ParameterizedTest
    @ValueSource(strings = {"a", "kata ", "Kata Kata, ", "Nama Orang & ", "A/", "JAKARTA ", "(", "Baris pendek di sini.\n", "Foto: x/", "1/1/"})
    void oneMegabyteOfARepeatedPatternIsBounded(String unit) {
        String page = "Judul Berita Yang Cukup Panjang\n" + unit.repeat(1_000_000 / unit.length()) + ".";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                NORMALISER.fromText(page, ArticleNormaliser.Hints.NONE);
            } catch (NoArticleFoundException e) {
                // refusing the page is as good as reading it; hanging is not
            }
        });
    }
}
