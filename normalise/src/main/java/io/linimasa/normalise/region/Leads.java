package io.linimasa.normalise.region;

import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Outlets;
import io.linimasa.normalise.lexicon.Calendars;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.rules.LineRule;
import io.linimasa.normalise.text.Text;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening credit of a lead paragraph: "YEREVAN, KOMPAS.com – ...", "Moskow, IDN Times - ...",
 * "Jakarta (ANTARA) - ...", "KUALA LUMPUR: ...", "KONTAN.CO.ID - JAKARTA. ...". It names the
 * dateline's place, the outlet and an agency; the lead's text starts after it.
 */
public final class Leads {

    /** The credit as read, and where the lead's own text starts in the block. */
    public record Lead(String place, String outlet, String agency, int textStart) {
    }

    /** The lead credit stands at the start of a paragraph: only this much is matched. */
    static final int LEAD_PREFIX = 200;

    static final LineRule CREDIT = LineRule.whole("lead-credit", LEAD_PREFIX, Cue.any(Cue.DASH, Cue.COLON),
            "^(?<head>(?:\\p{Lu}|[\\p{Ll}\\p{N}-]+\\.(?:com|co\\.id|id|co|net)\\b)[\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,4}"
                    + "(?:,\\s*\\p{L}[\\p{L}\\p{N}.&'’ -]{1,40}?)*?)\\s*"
                    + "(?:\\((?<paren>[\\p{L}. ]{2,30})\\))?\\s*(?<separator>--?|–|—|:)(?:\\s+|(?<=[–—])(?=\\p{Lu}))(?<rest>\\S.*)$");
    /** "KONTAN.CO.ID - JAKARTA. PT Pertamina ...": the outlet, then the place ended by a period. */
    static final LineRule OUTLET_PLACE = LineRule.whole("lead-outlet-place", LEAD_PREFIX, Cue.any(Cue.DOMAIN),
            "^(?<outlet>[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co\\.id|id|co|net))\\s*[-–—]\\s*(?<place>\\p{Lu}[\\p{Lu} ]{1,30})\\.\\s+(?<rest>\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "31 Oktober", "October 31": a date standing in a credit, not a place. */
    static final LineRule SHORT_DATE = LineRule.whole("lead-short-date", 40, Cue.any(Cue.MONTH),
            "(?i)(?:\\d{1,2}\\s+" + Calendars.MONTH + "|" + Calendars.MONTH + "\\s+\\d{1,2})");
    private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s\\-–—]+$");


    private final Outlets outlets;
    private final Entities places;

    public Leads(Outlets outlets, Entities places) {
        this.outlets = outlets;
        this.places = places;
    }

    /** The lead credit a block opens with, followed by at least {@code minWords} words of text; or null. */
    public Lead read(String block, long cues, int minWords) {
        String prefix = block.substring(0, Math.min(block.length(), LEAD_PREFIX));
        Matcher outletPlace = OUTLET_PLACE.match(prefix, cues);
        if (outletPlace != null && Text.wordCount(block.substring(outletPlace.start("rest"))) >= minWords) {
            return new Lead(Text.titleCase(outletPlace.group("place").strip()), outletPlace.group("outlet"), null,
                    outletPlace.start("rest"));
        }
        Matcher m = CREDIT.match(prefix, cues);
        if (m == null || Text.wordCount(block.substring(m.start("rest"))) < minWords) {
            return null;
        }
        return head(m);
    }

    private Lead head(Matcher m) {
        String head = m.group("head");
        boolean shouted = head.equals(head.toUpperCase(Locale.ROOT));
        if (m.group("separator").equals(":") && !shouted && !places.isLocation(head)) {
            return null; // "Menurut Lavrov: ..." is a sentence; "KUALA LUMPUR: ...", "Jakarta: ..." are credits
        }
        String outlet = null;
        String place = null;
        for (String part : head.split(",")) {
            String p = TRAILING_DASHES.matcher(part.strip()).replaceAll("");
            if (p.isEmpty() || Text.wordCount(p) > 4) {
                return null;
            }
            if (SHORT_DATE.matches(p)) {
                continue;
            }
            if (outlets.isOutletCredit(p)) {
                outlet = p;
            } else if (place == null) {
                if (!Character.isUpperCase(p.charAt(0))) {
                    return null;
                }
                place = p.equals(p.toUpperCase(Locale.ROOT)) ? Text.titleCase(p) : p;
            }
        }
        String paren = m.group("paren") == null ? null : m.group("paren").strip();
        if (outlet == null && place == null && paren == null) {
            return null;
        }
        return new Lead(place, outlet, paren, m.start("rest"));
    }
}
