package io.linimasa.ingest.rest;

import io.linimasa.ingest.service.IngestService;
import io.linimasa.ingest.service.Ingested;
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
 * and no line stops the others. Lines are stored in chunks (normalised in parallel, written in
 * one transaction); once the database has been found unreachable, the later lines are still checked
 * but not tried: they are answered 503 at once.
 */
final class BatchIngest {

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);
    private static final String AWAY = "not stored: the database cannot be reached; send it again";
    /** A chunk is also cut at this many characters of pages, so that a chunk of large pages stays small. */
    private static final long CHUNK_CHARS = 8L * 1024 * 1024;

    private record Pending(int line, RawArticle raw) {
    }

    private final IngestService ingest;
    private final Function<String, RawArticle> parse;
    private final long maxArticleBytes;
    private final long maxBatchBytes;
    private final int chunkSize;
    private final List<BatchResponse.Line> results = new ArrayList<>();
    private final List<Pending> chunk = new ArrayList<>();
    private long chunkChars;
    private boolean databaseAway;

    BatchIngest(IngestService ingest, Function<String, RawArticle> parse, long maxArticleBytes, long maxBatchBytes, int chunkSize) {
        this.ingest = ingest;
        this.parse = parse;
        this.maxArticleBytes = maxArticleBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.chunkSize = chunkSize;
    }

    List<BatchResponse.Line> run(NdjsonLines lines) {
        for (NdjsonLines.Line line; (line = lines.next()) != null; ) {
            if (line.unreadable() != null) {
                results.add(unreadable(line));
                continue;
            }
            try {
                RawArticle raw = parse.apply(line.text());
                if (databaseAway) {
                    results.add(new BatchResponse.Line(line.number(), 503, null, AWAY));
                    continue;
                }
                chunk.add(new Pending(line.number(), raw));
                chunkChars += raw.content().length();
                if (chunk.size() >= chunkSize || chunkChars >= CHUNK_CHARS) {
                    flush();
                }
            } catch (ProblemException e) {
                results.add(new BatchResponse.Line(line.number(), e.status(), null, e.getMessage()));
            }
        }
        flush();
        results.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return results;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            List<Ingested> outcomes = ingest.ingestAll(chunk.stream().map(Pending::raw).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                results.add(result(chunk.get(i).line(), outcomes.get(i)));
            }
        } catch (RuntimeException e) {
            boolean away = Failures.databaseUnreachable(e);
            databaseAway |= away;
            if (away) {
                LOG.warnf("batch lines %d to %d not stored: the database cannot be reached (%s)", chunk.get(0).line(),
                        chunk.get(chunk.size() - 1).line(), e.getMessage());
            } else {
                LOG.errorf(e, "batch lines %d to %d failed", chunk.get(0).line(), chunk.get(chunk.size() - 1).line());
            }
            for (Pending pending : chunk) {
                results.add(new BatchResponse.Line(pending.line(), away ? 503 : 500, null,
                        away ? AWAY : "the line failed; it has been logged"));
            }
        }
        chunk.clear();
        chunkChars = 0;
    }

    private static BatchResponse.Line result(int line, Ingested outcome) {
        RuntimeException failure = outcome.failure();
        if (failure == null) {
            return new BatchResponse.Line(line, outcome.created() ? 201 : 200, outcome.id(), null);
        }
        if (failure instanceof ProblemException problem) {
            return new BatchResponse.Line(line, problem.status(), null, problem.getMessage());
        }
        if (failure instanceof NoArticleFoundException) {
            return new BatchResponse.Line(line, 422, null, failure.getMessage());
        }
        LOG.errorf(failure, "batch line %d failed", line);
        return new BatchResponse.Line(line, 500, null, "the line failed; it has been logged");
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
