package io.linimasa.normalise.fields;

import io.linimasa.normalise.text.Text;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outlet credits, authors and editors a page prints outside its body, gathered in reading
 * order: the first outlet credited wins, an agency only when no outlet is.
 */
public final class Credits {

    private final Outlets outlets;
    private String outlet;
    private String agency;
    private ZoneOffset zone;
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> editors = new LinkedHashSet<>();

    public Credits(Outlets outlets) {
        this.outlets = outlets;
    }

    /** A credit as printed ("KOMPAS.com", "Antara"): an outlet, or an agency when it is one. */
    public void credit(String printed) {
        printed = printed.strip();
        if (printed.endsWith(".")) {
            printed = printed.substring(0, printed.length() - 1);
        }
        String name = outlets.usualSpelling(printed);
        Outlets.Outlet known = outlets.lookup(printed);
        if (zone == null && known != null) {
            zone = known.zone();
        }
        if (known != null && known.agency()) {
            agency = agency == null ? name : agency;
        } else {
            outlet = outlet == null ? name : outlet;
        }
    }

    /** A line that is only a known outlet's name (site name, masthead): credited, and true. */
    public boolean siteName(String line) {
        if (outlets.lookup(line) != null || (Text.wordCount(line) == 1 && Outlets.looksLikeDomain(line.strip()))) {
            credit(line);
            return true;
        }
        return false;
    }

    /** What a byline credited: its people and outlets. */
    public void add(Bylines.Byline byline) {
        authors.addAll(byline.authors());
        editors.addAll(byline.editors());
        byline.outlets().forEach(this::credit);
    }

    public void addAuthors(List<String> names) {
        authors.addAll(names);
    }

    /** The zone of a known outlet whose name stands alone on a line, when no credit gave one yet. */
    public void zoneFrom(String line) {
        if (zone == null) {
            Outlets.Outlet known = outlets.lookup(line);
            zone = known == null ? null : known.zone();
        }
    }

    public ZoneOffset zone() {
        return zone;
    }

    public String outlet() {
        return outlet != null ? outlet : agency;
    }

    public Set<String> authors() {
        return authors;
    }

    public Set<String> editors() {
        return editors;
    }
}
