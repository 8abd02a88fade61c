package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.timeline.service.ClusterWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline page in a real headless Chromium (Debian's chromium and chromium-driver), against
 * the service on its test port and the real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(IngestSchemaResource.class)
class TimelinePageTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String XSS = "<img src=x onerror=\"document.title='pwned'\"><b>Putin</b> berbicara di Sochi pada hari Kamis.";

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL page;

    @Inject
    EntityManager em;

    @Inject
    ClusterWorker worker;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "the page test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("linimasa-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        // The console, to see any Content-Security-Policy violation of the page.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void storeArticles() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoreFixtures store = new StoreFixtures(em);
            store.clear();
            store.article("a1", "Yerevan Minta Bantuan Rusia", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00",
                    "https://example.org/yerevan-minta-bantuan");
            store.article("a2", "Rusia Janji Lindungi Armenia", "IDN Times", null, null, null);
            store.article("a3", "Sekutu Rusia Ancam Membelot", "SINDOnews", "2023-10-07 08:48:00+07", "+07:00",
                    "javascript:alert(1)");
            store.event("a1", 0, "2020-10-31", "DAY", "2020-10-31", "2020-10-31",
                    "Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020), sebagaimana dilansir dari Al Arabiya.",
                    "Armenia", "Russia");
            store.event("a1", 1, "2020-10-30", "DAY", "2020-10-30", "2020-10-30",
                    "Armenia dan Azerbaijan gagal menyetujui gencatan senjata di Jenewa, Swiss, pada Jumat (30/10/2020).",
                    "Armenia", "Azerbaijan", "Geneva");
            store.event("a2", 0, "2020-10-31", "DAY", "2020-10-31", "2020-10-31",
                    "Kementerian Luar Negeri Federasi Rusia pada hari Sabtu (31/10) menyatakan Rusia siap membantu Armenia.",
                    "Russia", "Armenia");
            store.event("a3", 0, "2023-09", "MONTH", "2023-09-01", "2023-09-30",
                    "Nagorno-Karabakh direbut kembali oleh Azerbaijan bulan lalu.", "Nagorno-Karabakh", "Azerbaijan");
            store.event("a3", 1, "2023-10-05", "DAY", "2023-10-05", "2023-10-05", XSS, "Vladimir Putin", "Russia");
            store.event("a3", 2, "1990s", "DECADE", "1990-01-01", "1999-12-31",
                    "Nagorno-Karabakh memisahkan diri dari Azerbaijan pada awal tahun 1990-an.", "Nagorno-Karabakh", "Azerbaijan");
        });
        StoreFixtures.assignAll(worker, em);
    }

    private void open(String query) {
        browser.get(page.toString() + query);
        waitForResult();
    }

    /** Waits until the page has shown entries, an empty state or an error. */
    private void waitForResult() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("status")).getAttribute("class").matches(".*\\b(ok|empty|error)\\b.*"));
    }

    /** The text of each element as the page wrote it (before CSS upper-cases a heading). */
    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    private WebElement entryWithSummary(String start) {
        return browser.findElements(By.cssSelector(".entry")).stream()
                .filter(e -> e.findElement(By.cssSelector(".summary")).getText().startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no entry starting " + start + " in " + texts(".summary")));
    }

    @Test
    void entriesAreGroupedByYearThenMonth() {
        open("");
        assertEquals(List.of("1990s", "2020", "2023"), texts(".year-heading"));
        assertEquals(List.of("October"), texts(".year[data-year='2020'] .month-heading"));
        assertEquals(List.of("September", "October"), texts(".year[data-year='2023'] .month-heading"));
        assertEquals(5, browser.findElements(By.cssSelector(".entry")).size());
        assertEquals(List.of("The 1990s", "Fri 30 Oct", "Sat 31 Oct", "In September", "Thu 5 Oct"), texts(".entry .date"));
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("5 events from 3 articles"));
        screenshot("timeline-page.png");
    }

    /** Keeps what the browser showed in target/, for a look at the page after the build. */
    private static void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of("target", name), png);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot is no failure of the page
        }
    }

    @Test
    void anEntryShowsItsSummaryEntitiesAndSources() {
        open("");
        WebElement entry = entryWithSummary("Pengumuman itu");
        assertEquals("Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020).",
                entry.findElement(By.cssSelector(".summary")).getText());
        assertEquals(List.of("Armenia", "Russia"),
                entry.findElements(By.cssSelector(".chip")).stream().map(WebElement::getText).toList());
        assertEquals("2 sources", entry.findElement(By.cssSelector(".sources-label")).getText());
        WebElement link = entry.findElement(By.cssSelector("a.source-title"));
        assertEquals("Yerevan Minta Bantuan Rusia", link.getText());
        assertEquals("https://example.org/yerevan-minta-bantuan", link.getAttribute("href"));
        assertTrue(entry.getText().contains("Kompas.com · 31 Oct 2020"), entry.getText());
        // no address for the second source: its title without a link
        List<WebElement> plain = entry.findElements(By.cssSelector("span.source-title"));
        assertEquals(1, plain.size());
        assertEquals("Rusia Janji Lindungi Armenia", plain.get(0).getText());
        assertEquals(List.of(page + "api/articles/a1/related", page + "api/articles/a2/related"),
                entry.findElements(By.cssSelector("a.source-related")).stream().map(a -> a.getAttribute("href")).toList());
    }

    @Test
    void clickingAnEntityShowsItsTimelineAndTheAddressCanBeShared() {
        open("");
        entryWithSummary("Armenia dan Azerbaijan gagal").findElement(By.cssSelector(".chip[data-entity='Geneva']")).click();
        waitForResult();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".entry"), 1));
        assertTrue(browser.getCurrentUrl().endsWith("?entity=Geneva"), browser.getCurrentUrl());
        assertEquals(List.of("Fri 30 Oct"), texts(".entry .date"));
        assertEquals(List.of("Geneva×"), texts("#active-entities .chip"));

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".entry"), 5));

        open("?entity=Azerbaijan");
        assertEquals(List.of("The 1990s", "Fri 30 Oct", "In September"), texts(".entry .date"));
        browser.findElement(By.cssSelector("#active-entities .chip")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".entry"), 5));
    }

    @Test
    void theFormFiltersByWordsAndDates() {
        open("");
        browser.findElement(By.id("q")).sendKeys("gencatan senjata");
        browser.findElement(By.id("show")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".entry"), 1));
        assertTrue(browser.getCurrentUrl().contains("q=gencatan+senjata"), browser.getCurrentUrl());

        open("?from=2023-01-01&to=2023-12-31");
        assertEquals(List.of("In September", "Thu 5 Oct"), texts(".entry .date"));
        assertEquals("2023-01-01", browser.findElement(By.id("from")).getAttribute("value"));
    }

    @Test
    void aCoarserMentionIsShownAsSuchAndTheOtherReportsAreOneClickAway() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoreFixtures store = new StoreFixtures(em);
            store.article("a4", "en", "Azerbaijan retakes Karabakh", "Reuters", "2023-09-21 10:00:00+00", "+00:00", null);
            store.expressed("a4", 0, "2023-09-20", "DAY", "2023-09-20", "2023-09-20", "on Wednesday",
                    "Azerbaijan retook Nagorno-Karabakh on Wednesday, and the separatists laid down their arms.",
                    "Azerbaijan", "Nagorno-Karabakh");
            store.article("a5", "Azerbaijan Rebut Karabakh", "Kompas.com", "2023-09-21 08:00:00+07", "+07:00", null);
            store.expressed("a5", 0, "2023-09-20", "DAY", "2023-09-20", "2023-09-20", "Rabu (20/9/2023)",
                    "Sementara itu, Azerbaijan merebut kembali Nagorno-Karabakh pada Rabu (20/9/2023).", "Azerbaijan", "Nagorno-Karabakh");
        });
        StoreFixtures.assignAll(worker, em);
        open("?entity=Nagorno-Karabakh&from=2023-09-01&to=2023-09-30");
        WebElement entry = browser.findElement(By.cssSelector(".entry"));
        assertEquals("Wed 20 Sept", entry.findElement(By.cssSelector(".date")).getText());
        assertEquals("Azerbaijan retook Nagorno-Karabakh on Wednesday.", entry.findElement(By.cssSelector(".summary")).getText());
        // the month's report is cited with its own date
        assertEquals(List.of("reports it as in September"), entry.findElements(By.cssSelector(".source .coarser")).stream()
                .map(WebElement::getText).toList());
        WebElement others = entry.findElement(By.cssSelector("details.other-reports"));
        assertEquals("2 more reports", others.findElement(By.tagName("summary")).getText());
        assertTrue(others.findElements(By.cssSelector(".report-summary")).stream().noneMatch(WebElement::isDisplayed),
                "closed until asked for");
        others.findElement(By.tagName("summary")).click();
        List<WebElement> reports = others.findElements(By.cssSelector(".report-summary"));
        assertEquals(List.of("Azerbaijan merebut kembali Nagorno-Karabakh pada Rabu (20/9/2023).",
                "Nagorno-Karabakh direbut kembali oleh Azerbaijan bulan lalu."), reports.stream().map(WebElement::getText).toList());
        assertEquals("id", reports.get(0).getAttribute("lang"));
        screenshot("timeline-coarser.png");
    }

    @Test
    void dataIsShownAsTextNeverAsMarkup() {
        open("");
        WebElement entry = entryWithSummary("<img");
        assertEquals(XSS, entry.findElement(By.cssSelector(".summary")).getText());
        assertTrue(browser.findElements(By.cssSelector("#timeline img, #timeline b")).isEmpty());
        assertFalse(browser.getTitle().contains("pwned"));
        // a javascript: address never becomes a link
        assertTrue(entry.findElements(By.cssSelector("a.source-title")).isEmpty());
        assertNull(entry.findElement(By.cssSelector(".source-title")).getAttribute("href"));
    }

    @Test
    void thePageWorksUnderItsContentSecurityPolicy() {
        open("");
        assertEquals(5, browser.findElements(By.cssSelector(".entry")).size());
        List<String> violations = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(violations.isEmpty(), "the page breaks its own policy: " + violations);
        // The policy is in force: an inline script added to the page does not run.
        Object inline = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                        + " document.body.appendChild(s); return window.inlineRan === true;");
        assertEquals(Boolean.FALSE, inline, "an inline script ran: the page has no Content-Security-Policy");
    }

    @Test
    void emptyAndErrorStates() {
        open("?q=tidakadasamasekali");
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("No events match these filters"));
        assertTrue(browser.findElements(By.cssSelector(".entry")).isEmpty());

        open("?from=2020-02-30");
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("The timeline could not be loaded: from must be a date"), status);
    }
}
