package io.linimasa.ingest.service;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.ingest.store.Article;
import io.linimasa.ingest.store.ArticleEntityMention;
import io.linimasa.ingest.store.ArticleEvent;
import io.linimasa.ingest.store.OutboxEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes a raw page to a stored article: normalise (pure), then one transaction that writes the
 * article, its entities and events and an outbox row for the indexer. Re-ingesting the same input
 * is idempotent: the id is a hash of the input and the primary key guards it, not a read first.
 */
@ApplicationScoped
public class IngestService {

    /** Longer hints than these are no names or addresses of a page; they are refused, not cut. */
    static final int MAX_SOURCE_NAME = 500;
    static final int MAX_URL = 8192;

    private final ArticleNormaliser normaliser;
    private final NearDuplicates nearDuplicates;
    private final long maxArticleBytes;

    public IngestService(ArticleNormaliser normaliser, NearDuplicates nearDuplicates, IngestConfig config) {
        this.normaliser = normaliser;
        this.nearDuplicates = nearDuplicates;
        this.maxArticleBytes = config.ingest().maxArticleBytes().asLongValue();
    }

    public IngestResult ingest(RawArticle raw) {
        validate(raw);
        String id = ArticleIds.of(raw);
        Optional<Article> stored = find(id);
        if (stored.isPresent()) {
            return new IngestResult(stored.get(), false);
        }
        ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints(raw.url(), raw.sourceName());
        NormalisedArticle normalised = raw.isHtml()
                ? normaliser.fromHtml(raw.html(), hints)
                : normaliser.fromText(raw.text(), hints);
        try {
            Article article = QuarkusTransaction.requiringNew().call(() -> store(id, raw, normalised));
            return new IngestResult(article, true);
        } catch (PersistenceException e) {
            // Another request stored the same input meanwhile: the primary key kept one copy.
            return find(id).map(article -> new IngestResult(article, false)).orElseThrow(() -> e);
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

    private Article store(String id, RawArticle raw, NormalisedArticle normalised) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.id = id;
        article.rawKind = raw.isHtml() ? "html" : "text";
        article.rawContent = raw.content();
        article.contentHash = ArticleIds.sha256(normalised.body().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
        article.minhash = MinHash.signature(normalised.body());
        article.duplicateOf = Article.firstWithContentHash(article.contentHash)
                .or(() -> nearDuplicates.firstNearDuplicate(article.minhash))
                .orElse(null);
        article.title = normalised.title();
        if (normalised.publishedAt() != null) {
            article.publishedAt = normalised.publishedAt().toInstant();
            article.publishedOffset = normalised.publishedAt().getOffset().getId().replace("Z", "+00:00");
        }
        article.outlet = normalised.outlet();
        article.authors = normalised.authors().toArray(String[]::new);
        article.editors = normalised.editors().toArray(String[]::new);
        article.dateline = normalised.dateline();
        article.language = normalised.language();
        article.body = normalised.body();
        article.sourceName = raw.sourceName();
        article.url = raw.url();
        article.fetchedAt = raw.fetchedAt();
        article.ingestedAt = now;
        List<EntityMention> entities = normalised.entities();
        for (int i = 0; i < entities.size(); i++) {
            ArticleEntityMention row = new ArticleEntityMention();
            row.article = article;
            row.ordinal = i;
            row.name = entities.get(i).name();
            row.type = entities.get(i).type().name();
            row.mentions = entities.get(i).mentions();
            article.entities.add(row);
        }
        List<DatedEvent> events = normalised.events();
        for (int i = 0; i < events.size(); i++) {
            DatedEvent event = events.get(i);
            ArticleEvent row = new ArticleEvent();
            row.article = article;
            row.ordinal = i;
            row.dateValue = event.date();
            row.granularity = event.granularity() == null ? null : event.granularity().name();
            row.dateStart = event.start();
            row.dateEnd = event.end();
            row.expression = event.expression();
            row.sentence = event.sentence();
            row.entities = event.entities().toArray(String[]::new);
            article.events.add(row);
        }
        article.persist();
        OutboxEntry.of(id, now).persist();
        Article.flush();
        nearDuplicates.remember(id, article.minhash);
        return article;
    }
}
