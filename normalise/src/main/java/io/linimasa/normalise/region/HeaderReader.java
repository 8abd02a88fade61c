package io.linimasa.normalise.region;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.Credits;
import io.linimasa.normalise.fields.DateLines;
import io.linimasa.normalise.fields.PublicationTimes;
import io.linimasa.normalise.label.PageLabels;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The header between the headline and the body: where the lead stands (its credit names the
 * dateline and the outlet), the date lines (the publication time, an update time) and the bylines.
 * Credits read here go to {@link Credits}; the rest is the {@link Header}.
 */
final class HeaderReader {

    /** How far below the title the lead may stand on a text page. */
    private static final int HEADER_LINES = 25;
    /** On a chosen DOM the lead is the first or second block of the article. */
    private static final int DOM_LEAD_BLOCKS = 2;
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final ZoneOffset MALAYSIA = ZoneOffset.ofHours(8);

    private final Entities places;

    HeaderReader(Entities places) {
        this.places = places;
    }

    Header read(PageLabels labels, int titleIndex, String pageLanguage, Credits credits, boolean contentChosen) {
        // Deeper down than the header a dash is an ordinary sentence's ("Given that history -- and ...").
        int limit = Math.min(labels.size(), titleIndex + (contentChosen ? DOM_LEAD_BLOCKS + 1 : HEADER_LINES));
        int leadIndex = -1;
        Leads.Lead lead = null;
        for (int i = titleIndex + 1; i < limit && leadIndex < 0; i++) {
            if (labels.isFurniturePhrase(i) || labels.dateLines(i).select(null).isPresent() || labels.isCaption(i)) {
                continue;
            }
            lead = labels.lead(i);
            leadIndex = lead != null ? i : -1;
        }
        // Credits in the lead and around the header tell the outlet, and so the zone of a time printed bare.
        if (lead != null && lead.outlet() != null) {
            credits.credit(lead.outlet());
        }
        int headerEnd = leadIndex >= 0 ? leadIndex : limit;
        for (int i = titleIndex + 1; i < headerEnd; i++) {
            siteName(labels, i, credits);
        }
        for (Block block : labels.blocks()) {
            credits.zoneFrom(block.text());
        }
        ZoneOffset bareZone = credits.zone() != null ? credits.zone()
                : pageLanguage.equals("id") ? WIB : pageLanguage.equals("ms") ? MALAYSIA : null;

        OffsetDateTime publishedAt = null;
        boolean publishedIsUpdate = false;
        String datePlace = null;
        Set<Integer> dateLines = new HashSet<>();
        List<String> bareNames = new ArrayList<>();
        Bylines bylines = labels.labeller().bylines();
        for (int i = titleIndex + 1; i < headerEnd; i++) {
            Block block = labels.block(i);
            Optional<PublicationTimes.DateLine> line = labels.dateLines(i).select(bareZone);
            if (line.isPresent()) {
                dateLines.add(i);
                if (publishedAt == null || (publishedIsUpdate && !line.get().update())) {
                    publishedAt = line.get().at(bareZone);
                    publishedIsUpdate = line.get().update();
                    String credit = line.get().credit();
                    if (credit != null && labels.labeller().outlets().isOutletCredit(credit)) {
                        credits.credit(credit);
                    } else if (credit != null && datePlace == null && io.linimasa.normalise.text.Text.wordCount(credit) <= 3) {
                        datePlace = credit;
                    }
                }
                for (String part : DateLines.parts(block.text())) {
                    Bylines.Byline byline = bylines.read(part, block.cues());
                    credits.add(byline);
                    if (!byline.found() && Bylines.BARE_NAME.matches(part, block.cues()) && !credits.siteName(part)
                            && !places.isLocation(part)) {
                        bareNames.add(part);
                    }
                }
                continue;
            }
            if (block.length() > Bylines.LONGEST_BYLINE) {
                continue;
            }
            Matcher from = Bylines.REPORTING_FROM.match(block.text(), block.cues());
            if (from != null) {
                datePlace = datePlace == null ? from.group("place").strip() : datePlace;
                continue;
            }
            if (Bylines.ROLE_LINE.matches(block.text(), block.cues())) {
                continue;
            }
            if (!labels.isFurniturePhrase(i)) {
                Bylines.Byline byline = labels.byline(i);
                credits.add(byline);
                if (!byline.found() && Bylines.BARE_NAME.matches(block.text(), block.cues()) && !siteName(labels, i, credits)
                        && !places.isLocation(block.text()) && !labels.looksLikeParagraph(i, "")) {
                    bareNames.add(block.text());
                }
            }
        }
        if (lead != null) {
            String place = lead.place() != null ? lead.place() : datePlace;
            if (lead.agency() != null) {
                credits.credit(lead.agency());
            }
            return new Header(publishedAt, place, leadIndex, labels.text(leadIndex).substring(lead.textStart()), bareNames);
        }
        int start = Math.max(titleIndex + 1, dateLines.stream().max(Integer::compare).orElse(0) + 1);
        String title = labels.text(titleIndex);
        while (!contentChosen && start < labels.size() && !labels.looksLikeParagraph(start, title)) {
            start++;
        }
        return new Header(publishedAt, datePlace, Math.min(start, labels.size()), null, bareNames);
    }

    private static boolean siteName(PageLabels labels, int i, Credits credits) {
        if (labels.isSiteName(i)) {
            credits.credit(labels.text(i));
            return true;
        }
        return false;
    }
}
