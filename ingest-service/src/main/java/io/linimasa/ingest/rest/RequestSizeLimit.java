package io.linimasa.ingest.rest;

import io.linimasa.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared length is over the HTTP layer's hard cap with a 413 problem,
 * before its body is read. Without it the HTTP layer answers such a request itself, with a bare 413.
 */
@ApplicationScoped
public class RequestSizeLimit {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize hardCap) {
        long limit = hardCap.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                                + "\"detail\":\"the body is larger than " + limit + " bytes\"}");
                return;
            }
            ctx.next();
        });
    }
}
