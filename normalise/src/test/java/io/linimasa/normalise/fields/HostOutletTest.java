package io.linimasa.normalise.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NormalisedArticle;
import org.junit.jupiter.api.Test;

class HostOutletTest {

    private static final HostOutlet HOSTS = new HostOutlet(new Outlets());
    private static final String PAGE = """
            Warga Mengungsi Setelah Banjir Melanda Kota
            JAKARTA - Ratusan warga mengungsi setelah banjir melanda kota itu sejak Sabtu pagi, kata petugas.
            Petugas mendirikan tenda darurat di halaman kantor kecamatan untuk para pengungsi yang datang.
            """;

    @Test
    void theRegistrableDomainByThePublicSuffixList() {
        assertEquals("detik.com", HostOutlet.registrableDomain("https://news.detik.com/berita/d-1/x"));
        assertEquals("example.co.uk", HostOutlet.registrableDomain("http://www.example.co.uk/a?b=c"));
        assertEquals("kompas.com", HostOutlet.registrableDomain("https://regional.kompas.com/read/2020/10/31"));
        assertNull(HostOutlet.registrableDomain("not a url"));
        assertNull(HostOutlet.registrableDomain("http://localhost:8080/x"));
        assertNull(HostOutlet.registrableDomain(null));
    }

    @Test
    void listedDomainsTakeTheirUsualSpellingOthersAreCapitalised() {
        assertEquals("detikcom", HOSTS.spelled("https://news.detik.com/x"));
        assertEquals("Kompas.com", HOSTS.spelled("https://regional.kompas.com/read/1"));
        assertEquals("Example.co.uk", HOSTS.spelled("https://www.example.co.uk/"));
    }

    @Test
    void aPageThatNamesNoOutletTakesItsAddresssAndTheSourceNameStaysAHint() {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        NormalisedArticle listed = normaliser.fromText(PAGE, new ArticleNormaliser.Hints("https://megapolitan.kompas.com/read/1", "Some Feed"));
        assertEquals("Kompas.com", listed.outlet(), "a listed address wins over the client's hint");
        NormalisedArticle hinted = normaliser.fromText(PAGE, new ArticleNormaliser.Hints("https://www.example.org/a", "Example Daily"));
        assertEquals("Example Daily", hinted.outlet());
        NormalisedArticle bare = normaliser.fromText(PAGE, new ArticleNormaliser.Hints("https://www.example.org/a", null));
        assertEquals("Example.org", bare.outlet());
        assertNull(normaliser.fromText(PAGE, ArticleNormaliser.Hints.NONE).outlet());
    }
}
