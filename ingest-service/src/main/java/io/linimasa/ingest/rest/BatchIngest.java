package io.linimasa.ingest.rest;

import io.linimasa.ingest.service.IngestResult;
import io.linimasa.ingest.service.IngestService;
import io.linimasa.ingest.service.RawArticle;
import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.problem.Failures;
import io.linimasa.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * An NDJSON batch, line by line: each line gets its own honest result, whatever fails (201/200
 * stored, 400/413/422 refused, 503 not stored because the database is away, 500 not foreseen),
 * and no line stops the others. Once the database has been found unreachable, the later lines are
 * still checked but not tried: they are answered 503 at once.
 */
final class BatchIngest {

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);

    private final IngestService ingest;
    private final Function<String, RawArticle> parse;
    private final long maxArticleBytes;
    private final long maxBatchBytes;

    BatchIngest(IngestService ingest, Function<String, RawArticle> parse, long maxArticleBytes,
                long maxBatchBytes) {
        this.ingest = ingest;
        this.parse = parse;
        this.maxArticleBytes = maxArticleBytes;
        this.maxBatchBytes = maxBatchBytes;
    }

    List<BatchResponse.Line> run(NdjsonLines lines) {
        List<BatchResponse.Line> results = new ArrayList<>();
        boolean databaseAway = false;
        for (NdjsonLines.Line line; (line = lines.next()) != null; ) {
            if (line.unreadable() != null) {
                results.add(unreadable(line));
                continue;
            }
            try {
                var raw = parse.apply(line.text());
                if (databaseAway) {
                    results.add(new BatchResponse.Line(line.number(), 503, null, "not stored: the database cannot be reached; send it again"));
                    continue;
                }
                IngestResult result = ingest.ingest(raw);
                results.add(new BatchResponse.Line(line.number(), result.created() ? 201 : 200, result.article().id, null));
            } catch (ProblemException e) {
                results.add(new BatchResponse.Line(line.number(), e.status(), null, e.getMessage()));
            } catch (NoArticleFoundException e) {
                results.add(new BatchResponse.Line(line.number(), 422, null, e.getMessage()));
            } catch (RuntimeException e) {
                if (Failures.databaseUnreachable(e)) {
                    databaseAway = true;
                    LOG.warnf("batch line %d not stored: the database cannot be reached (%s)", line.number(), e.getMessage());
                    results.add(new BatchResponse.Line(line.number(), 503, null, "not stored: the database cannot be reached; send it again"));
                } else {
                    LOG.errorf(e, "batch line %d failed", line.number());
                    results.add(new BatchResponse.Line(line.number(), 500, null, "the line failed; it has been logged"));
                }
            }
        }
        return results;
    }

    private BatchResponse.Line unreadable(NdjsonLines.Line line) {
        return switch (line.unreadable()) {
            case TOO_LARGE -> new BatchResponse.Line(line.number(), 413, null, "the line is larger than " + maxArticleBytes + " bytes");
            case NOT_UTF8 -> new BatchResponse.Line(line.number(), 400, null, "the line is not UTF-8 text");
            case BATCH_TOO_LARGE -> new BatchResponse.Line(line.number(), 413, null,
                    "the batch is larger than " + maxBatchBytes + " bytes: this line and the rest were not read");
        };
    }
}
