package io.linimasa.timeline.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article event cited by an entry. */
@Entity
@Table(name = "timeline_source")
public class TimelineSource extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "entry_id")
    public Long entryId;

    @Column(name = "article_id")
    public String articleId;

    public static TimelineSource of(long eventId, long entryId, String articleId) {
        TimelineSource source = new TimelineSource();
        source.eventId = eventId;
        source.entryId = entryId;
        source.articleId = articleId;
        return source;
    }
}
