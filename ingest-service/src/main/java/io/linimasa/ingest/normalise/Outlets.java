package io.linimasa.ingest.normalise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Outlet credits as pages print them, mapped to their usual spelling ({@code normalise/outlets.tsv}). */
final class Outlets {

    record Outlet(String name, boolean agency) {
    }

    private final Map<String, Outlet> byVariant = new HashMap<>();

    Outlets() {
        for (String line : ResourceLines.read("outlets.tsv")) {
            String[] cells = line.split("\t");
            byVariant.put(cells[0].toLowerCase(Locale.ROOT),
                    new Outlet(cells[1], cells.length > 2 && cells[2].equals("agency")));
        }
    }

    Outlet lookup(String credit) {
        return byVariant.get(credit.strip().toLowerCase(Locale.ROOT));
    }

    boolean isAgency(String name) {
        Outlet outlet = lookup(name);
        return outlet != null && outlet.agency();
    }

    /** Looks like a web outlet credit ("TRIBUNNEWS.COM", "Liputan6.com") even if not listed. */
    static boolean looksLikeDomain(String credit) {
        return credit.matches("(?i).*\\.(com|co|id|co\\.id|net|org)");
    }

    /** The usual spelling of a printed credit: the listed one, else the credit title-cased when shouted. */
    String usualSpelling(String credit) {
        Outlet outlet = lookup(credit);
        if (outlet != null) {
            return outlet.name();
        }
        String trimmed = credit.strip();
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        return Text.titleCase(trimmed);
    }
}
