package io.linimasa.cli;

import java.io.PrintStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What became of the pages of a run. A page is a duplicate when its article id (a hash of the page)
 * was already accepted in this run or an earlier one of the same journal: the same page under
 * another URL, or in another file. Refusals are counted by reason; "no article" (422, a page without
 * an article, such as an index page) is the one reason that is no failure of the run.
 */
final class Summary {

    static final String NO_ARTICLE = "no article";

    private final Set<String> ids = new HashSet<>();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong alreadyThere = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong acceptedBefore = new AtomicLong();
    private final Map<String, Long> refused = new TreeMap<>();
    private final Map<String, Long> notPages = new TreeMap<>();

    Summary(Collection<String> idsAcceptedBefore) {
        ids.addAll(idsAcceptedBefore);
    }

    void accepted(int status, String id) {
        boolean first;
        synchronized (ids) {
            first = ids.add(id);
        }
        (first ? (status == 201 ? created : alreadyThere) : duplicates).incrementAndGet();
    }

    void acceptedBefore() {
        acceptedBefore.incrementAndGet();
    }

    synchronized void refused(String reason) {
        refused.merge(reason, 1L, Long::sum);
    }

    synchronized void notPage(String kind) {
        notPages.merge(kind, 1L, Long::sum);
    }

    /** The reason of a refusal by the batch endpoint, from its status. */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 413 -> "too large";
            case 422 -> NO_ARTICLE;
            default -> "status " + status;
        };
    }

    /** Pages answered: accepted, or refused (by ingest or before sending). */
    synchronized long answered() {
        return created.get() + alreadyThere.get() + duplicates.get() + refused.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Pages done: answered, or accepted by an earlier run. */
    long done() {
        return answered() + acceptedBefore.get();
    }

    /** Whether anything was refused for a reason that needs a look. */
    synchronized boolean failed() {
        return refused.keySet().stream().anyMatch(reason -> !reason.equals(NO_ARTICLE));
    }

    synchronized void print(PrintStream out, double seconds, String refusedLog) {
        long answered = answered();
        out.printf(Locale.ROOT, "ingest: %,d pages answered in %.1f s (%,.0f pages/s)%n", answered, seconds, answered / Math.max(seconds, 0.001));
        out.printf(Locale.ROOT, "  created         %,d%n", created.get());
        out.printf(Locale.ROOT, "  already there   %,d%n", alreadyThere.get());
        out.printf(Locale.ROOT, "  duplicates      %,d   (the same page again: under another URL, or in another file)%n", duplicates.get());
        out.printf(Locale.ROOT, "  accepted before %,d   (in the journal: not sent again)%n", acceptedBefore.get());
        out.printf(Locale.ROOT, "  refused         %,d%s%n", refused.values().stream().mapToLong(Long::longValue).sum(),
                refused.isEmpty() ? "" : ": " + counts(refused) + "   (each in " + refusedLog + ")");
        out.printf(Locale.ROOT, "  not pages       %,d%s%n", notPages.values().stream().mapToLong(Long::longValue).sum(),
                notPages.isEmpty() ? "" : ": " + counts(notPages));
    }

    private static String counts(Map<String, Long> byReason) {
        StringBuilder out = new StringBuilder();
        byReason.forEach((reason, count) -> out.append(out.isEmpty() ? "" : ", ").append(reason)
                .append(String.format(Locale.ROOT, " %,d", count)));
        return out.toString();
    }
}
