package io.linimasa.normalise.enrich;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.enrich.events.Events;
import java.time.LocalDate;
import java.util.List;

/**
 * The enrich stage: the canonical entities of an article (package {@code enrich.entities}) and the
 * dated events its body reports (package {@code enrich.events}), after extraction is done.
 */
public final class Enricher {

    /** What enrichment adds to an extracted article. */
    public record Enrichment(List<EntityMention> entities, List<DatedEvent> events) {
        public static final Enrichment NONE = new Enrichment(List.of(), List.of());
    }

    private final Entities entities;

    public Enricher(Entities entities) {
        this.entities = entities;
    }

    public Enrichment enrich(String title, List<String> paragraphs, LocalDate published) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs);
        Entities.Article recogniser = entities.forArticle(text);
        return new Enrichment(recogniser.find(text), new Events(recogniser).find(paragraphs, published));
    }
}
