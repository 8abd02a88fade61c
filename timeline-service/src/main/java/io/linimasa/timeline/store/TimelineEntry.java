package io.linimasa.timeline.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One real-world event on the timeline. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
    @SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
    public Long id;

    /** The version of the merge rules that built this entry. */
    @Column(name = "rules_version")
    public int rulesVersion;

    @Column(name = "date_value")
    public String dateValue;

    public String granularity;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    /** The summary of the lead source. */
    public String summary;

    /** The source (ingest.article_event.id) that gave the entry's date and whose summary leads. */
    @Column(name = "lead_event_id")
    public Long leadEventId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] entities;

    @Column(name = "search_text")
    public String searchText;

    /** Every term key and entity of the sources: what an event's candidate search looks for. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_keys")
    public String[] searchKeys;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
