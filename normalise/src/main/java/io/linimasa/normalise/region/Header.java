package io.linimasa.normalise.region;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the header says: the publication time, the dateline's place, where the body starts, the
 * lead's text without its credit (null when no lead credit was found), and lines that are only
 * names (authors when no byline names any).
 */
record Header(OffsetDateTime publishedAt, String place, int bodyStart, String lead, List<String> bareNames) {
}
