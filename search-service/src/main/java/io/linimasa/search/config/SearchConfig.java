package io.linimasa.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "linimasa")
public interface SearchConfig {

    Index index();

    Search search();

    interface Index {
        /** The alias ingest-service writes through; search reads only through it. */
        @WithDefault("articles")
        String alias();
    }

    interface Search {
        /** How many values each facet lists. */
        @WithDefault("20")
        int facetSize();

        @WithDefault("3")
        int highlightFragments();
    }
}
