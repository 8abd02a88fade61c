package io.linimasa.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article that still has to reach Elasticsearch. */
@Entity
@Table(name = "index_outbox")
public class OutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_outbox_seq")
    @SequenceGenerator(name = "index_outbox_seq", sequenceName = "index_outbox_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public String articleId;

    public int attempts;

    @Column(name = "created_at")
    public Instant createdAt;

    public static OutboxEntry of(String articleId, Instant now) {
        OutboxEntry entry = new OutboxEntry();
        entry.articleId = articleId;
        entry.createdAt = now;
        return entry;
    }
}
