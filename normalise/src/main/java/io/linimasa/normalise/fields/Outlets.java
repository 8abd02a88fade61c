package io.linimasa.normalise.fields;

import io.linimasa.normalise.lexicon.ResourceLines;
import io.linimasa.normalise.text.Text;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.rules.LineRule;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Outlet credits as pages print them, mapped to their usual spelling ({@code normalise/outlets.tsv}). */
public final class Outlets {

    /** A known outlet: its usual spelling, whether it is a news agency, the zone its pages print times in. */
    public record Outlet(String name, boolean agency, ZoneOffset zone) {
    }

    /** "TRIBUNNEWS.COM", "Liputan6.com", "kumparan.com": a web outlet's credit. */
    static final LineRule DOMAIN = LineRule.whole("domain-credit", 80, Cue.any(Cue.DOMAIN),
            "(?i)[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.(com|co|id|co\\.id|net|org|tv|my|sg)");

    private final Map<String, Outlet> byVariant = new HashMap<>();

    public Outlets() {
        for (String line : ResourceLines.read("outlets.tsv")) {
            String[] cells = line.split("\t");
            ZoneOffset zone = cells.length > 3 && !cells[3].isBlank() ? ZoneOffset.of(cells[3].strip()) : null;
            byVariant.put(cells[0].toLowerCase(Locale.ROOT), new Outlet(cells[1], cells[2].equals("agency"), zone));
        }
    }

    public Outlet lookup(String credit) {
        return credit == null ? null : byVariant.get(credit.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isAgency(String name) {
        Outlet outlet = lookup(name);
        return outlet != null && outlet.agency();
    }

    /** Looks like a web outlet credit ("TRIBUNNEWS.COM", "Liputan6.com") even if not listed. */
    public static boolean looksLikeDomain(String credit) {
        return DOMAIN.matches(credit);
    }

    public boolean isOutletCredit(String credit) {
        return lookup(credit) != null || looksLikeDomain(credit.strip());
    }

    /** The usual spelling of a printed credit: the listed one, else the credit title-cased when shouted. */
    public String usualSpelling(String credit) {
        Outlet outlet = lookup(credit);
        if (outlet != null) {
            return outlet.name();
        }
        String trimmed = credit.strip();
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        String titled = Text.titleCase(trimmed);
        if (looksLikeDomain(trimmed)) {
            int dot = titled.indexOf('.');
            return titled.substring(0, dot) + titled.substring(dot).toLowerCase(Locale.ROOT);
        }
        return titled;
    }
}
