package io.linimasa.ingest.service;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.store.Article;
import io.linimasa.ingest.store.ArticleRow;
import io.linimasa.ingest.store.ArticleWriter;
import io.linimasa.ingest.store.SiteLines;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.normalise.SiteEvidence;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes raw pages to stored articles, a chunk at a time: check each page, skip what is stored
 * already (one query), normalise the rest in parallel (pure), find their originals (two queries),
 * and write them in one transaction with JDBC batches: article, entities, events, MinHash bands and
 * the outbox row for the indexer. Re-ingesting the same input is idempotent: the id is a hash of the
 * input and the primary key guards it, not a read first. A page that is refused (400, 413, 422) is
 * refused on its own; a database failure fails the chunk, which then stored nothing.
 */
@ApplicationScoped
public class IngestService {

    /** Longer hints than these are no names or addresses of a page; they are refused, not cut. */
    static final int MAX_SOURCE_NAME = 500;
    static final int MAX_URL = 8192;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ParallelNormaliser normaliser;
    private final Duplicates duplicates;
    private final ArticleWriter writer;
    private final EntityManager em;
    private final SiteLines siteLines;
    private final long maxArticleBytes;
    private final int siteEvidencePages;
    private final StageCpu storeCpu;

    public IngestService(ParallelNormaliser normaliser, Duplicates duplicates, ArticleWriter writer, SiteLines siteLines,
                         EntityManager em, IngestConfig config, MeterRegistry registry) {
        this.normaliser = normaliser;
        this.duplicates = duplicates;
        this.writer = writer;
        this.siteLines = siteLines;
        this.em = em;
        this.maxArticleBytes = config.ingest().maxArticleBytes().asLongValue();
        this.siteEvidencePages = config.ingest().siteEvidencePages();
        this.storeCpu = new StageCpu(registry, "store");
    }

    /** One page: the stored article, and whether this request created it. */
    public IngestResult ingest(RawArticle raw) {
        Ingested outcome = ingestAll(List.of(raw)).get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return new IngestResult(find(outcome.id()).orElseThrow(), outcome.created());
    }

    /** A chunk of pages: one outcome each, in order. */
    public List<Ingested> ingestAll(List<RawArticle> raws) {
        Ingested[] outcomes = new Ingested[raws.size()];
        Map<String, Integer> firstOfId = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        String[] ids = new String[raws.size()];
        for (int i = 0; i < raws.size(); i++) {
            try {
                validate(raws.get(i));
                ids[i] = ArticleIds.of(raws.get(i));
                if (firstOfId.putIfAbsent(ids[i], i) == null) {
                    fresh.add(i);
                }
            } catch (RuntimeException refused) {
                outcomes[i] = Ingested.failed(refused);
            }
        }
        Set<String> stored = storedAmong(fresh.stream().map(i -> ids[i]).toList());
        List<Integer> toNormalise = fresh.stream().filter(i -> !stored.contains(ids[i])).toList();
        List<RawArticle> pages = toNormalise.stream().map(raws::get).toList();
        List<SiteLines.Page> sitePages = sitePages(pages);
        List<ParallelNormaliser.Normalised> normalised = normalise(pages, sitePages);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ArticleRow> rows = new ArrayList<>();
        List<SiteLines.Page> counted = new ArrayList<>();
        for (int k = 0; k < toNormalise.size(); k++) {
            int i = toNormalise.get(k);
            if (normalised.get(k).failure() != null) {
                outcomes[i] = Ingested.failed(normalised.get(k).failure());
            } else {
                rows.add(row(ids[i], raws.get(i), normalised.get(k).article(), now));
                counted.add(sitePages.get(k));
            }
        }
        Set<String> written = rows.isEmpty() ? Set.of() : storeCpu.measure(() -> QuarkusTransaction.requiringNew().call(() -> {
            Set<String> inserted = writer.write(duplicates.mark(rows));
            siteLines.record(counted, siteEvidencePages);
            return inserted;
        }));
        for (int i = 0; i < raws.size(); i++) {
            if (outcomes[i] == null) {
                outcomes[i] = new Ingested(ids[i], written.contains(ids[i]) && firstOfId.get(ids[i]) == i, null);
            }
        }
        return List.of(outcomes);
    }

    /** Pages normalised as a chunk of new pages would be, with their sites' evidence; nothing is stored. */
    List<ParallelNormaliser.Normalised> normalise(List<RawArticle> pages) {
        return normalise(pages, sitePages(pages));
    }

    private List<ParallelNormaliser.Normalised> normalise(List<RawArticle> pages, List<SiteLines.Page> sitePages) {
        List<SiteEvidence> evidence = sitePages.stream().allMatch(p -> p.site() == null) ? sitePages.stream().map(p -> SiteEvidence.NONE).toList()
                : QuarkusTransaction.joiningExisting().call(() -> siteLines.evidence(sitePages));
        return normaliser.normalise(pages, evidence);
    }

    /** The site of each page (the host of its address, without "www.") and the keys of its lines. */
    private List<SiteLines.Page> sitePages(List<RawArticle> pages) {
        List<Set<String>> keys = normaliser.siteLineKeys(pages);
        List<SiteLines.Page> sites = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String host = keys.get(i).isEmpty() ? null : host(pages.get(i).url());
            sites.add(new SiteLines.Page(host, keys.get(i)));
        }
        return sites;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Optional<Article> find(String id) {
        if (!ArticleIds.isWellFormed(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> Article.<Article>findByIdOptional(id).map(article -> {
            article.entities.size();
            article.events.size();
            return article;
        }));
    }

    @SuppressWarnings("unchecked")
    private Set<String> storedAmong(List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "SELECT id FROM ingest.article WHERE id = ANY(?1)").setParameter(1, ids.toArray(String[]::new)).getResultList()));
    }

    /** What is refused before anything is stored: 400 malformed, 413 too large. */
    private void validate(RawArticle raw) {
        if ((raw.text() == null) == (raw.html() == null)) {
            throw new InvalidArticleException("give exactly one of \"text\" and \"html\"");
        }
        String content = raw.content();
        if (content.isBlank()) {
            throw new InvalidArticleException("the article is empty");
        }
        if (content.indexOf('\0') >= 0) {
            throw new InvalidArticleException("the article is binary, not text");
        }
        if ((long) content.length() * 3 > maxArticleBytes && content.getBytes(StandardCharsets.UTF_8).length > maxArticleBytes) {
            throw new ArticleTooLargeException("the article is larger than " + maxArticleBytes + " bytes");
        }
        hint("sourceName", raw.sourceName(), MAX_SOURCE_NAME);
        hint("url", raw.url(), MAX_URL);
    }

    private static void hint(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw new InvalidArticleException(field + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidArticleException(field + " holds a control character");
            }
        }
    }

    static ArticleRow row(String id, RawArticle raw, NormalisedArticle n, Instant now) {
        int[] minhash = MinHash.signature(n.body());
        return new ArticleRow(id, raw.isHtml() ? "html" : "text", raw.content(),
                ArticleIds.sha256(NOT_WORD.matcher(n.body().toLowerCase(Locale.ROOT)).replaceAll(" ").strip()), null,
                n.title(), n.publishedAt() == null ? null : n.publishedAt().toInstant(),
                n.publishedAt() == null ? null : n.publishedAt().getOffset().getId().replace("Z", "+00:00"),
                n.outlet(), n.authors(), n.editors(), n.dateline(), n.language(), n.body(), raw.sourceName(), raw.url(),
                raw.fetchedAt(), now, minhash, minhash == null ? null : MinHash.bands(minhash), n.entities(), n.events());
    }
}
