package io.linimasa.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up whether reads are open, and refuses to start on a read policy that does not exist. */
@ApplicationScoped
public class ReadPolicy {

    private static final Logger LOG = Logger.getLogger(ReadPolicy.class);

    void check(@Observes StartupEvent start, SecurityConfig config) {
        switch (config.reads()) {
            case "permit" -> LOG.info("reads are open; writes and operations need a bearer token with their role");
            case "reader" -> LOG.info("reads need a bearer token with the role reader; writes and operations need their role");
            default -> throw new IllegalStateException("linimasa.security.reads must be permit or reader, not " + config.reads());
        }
    }
}
