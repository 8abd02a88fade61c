package io.linimasa.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "raw_kind")
    public String rawKind;

    @Column(name = "raw_content")
    public String rawContent;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_offset")
    public String publishedOffset;

    public String outlet;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] authors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] editors;

    public String dateline;

    public String language;

    public String body;

    @Column(name = "source_name")
    public String sourceName;

    public String url;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    /** MinHash signature of the body's word shingles (null for very short bodies). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] minhash;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    public List<ArticleEntityMention> entities = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    public List<ArticleEvent> events = new ArrayList<>();

    /** The publication time with the offset the page printed. */
    public OffsetDateTime publishedAtAsPrinted() {
        return publishedAt == null ? null : publishedAt.atOffset(ZoneOffset.of(publishedOffset));
    }

    /** The first article with the same normalised body, other than this one. */
    public static Optional<String> firstWithContentHash(String contentHash) {
        return find("contentHash = ?1 order by ingestedAt, id", contentHash)
                .project(IdOnly.class)
                .firstResultOptional()
                .map(IdOnly::id);
    }

    public record IdOnly(String id) {
    }
}
