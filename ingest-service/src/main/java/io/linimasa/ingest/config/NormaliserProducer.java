package io.linimasa.ingest.config;

import io.linimasa.normalise.ArticleNormaliser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One normaliser for the application: its rule files are read once, at start-up. */
public class NormaliserProducer {

    @Produces
    @Singleton
    ArticleNormaliser articleNormaliser() {
        return new ArticleNormaliser();
    }
}
