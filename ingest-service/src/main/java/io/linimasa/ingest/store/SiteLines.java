package io.linimasa.ingest.store;

import io.linimasa.normalise.SiteEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The per-site line counts the normaliser reads as {@link SiteEvidence}: how many pages of a site
 * were recorded, and how many of them carried a line. Read for a whole chunk in two queries, and
 * recorded in the chunk's transaction, for a site's first pages only.
 */
@ApplicationScoped
public class SiteLines {

    /** A page of a site and the keys of its lines. */
    public record Page(String site, Set<String> keys) {
    }

    private final EntityManager em;

    public SiteLines(EntityManager em) {
        this.em = em;
    }

    /** The evidence for each page (NONE for a page without a site), in order. */
    @SuppressWarnings("unchecked")
    public List<SiteEvidence> evidence(List<Page> pages) {
        List<String> sites = pages.stream().map(Page::site).filter(s -> s != null).distinct().toList();
        if (sites.isEmpty()) {
            return pages.stream().map(p -> SiteEvidence.NONE).toList();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT site, pages FROM ingest.site_page WHERE site = ANY(?1)")
                .setParameter(1, sites.toArray(String[]::new)).getResultList()) {
            seen.put((String) r[0], ((Number) r[1]).intValue());
        }
        List<String> siteColumn = new ArrayList<>();
        List<String> keyColumn = new ArrayList<>();
        for (Page page : pages) {
            if (page.site() != null && seen.containsKey(page.site())) {
                for (String key : page.keys()) {
                    siteColumn.add(page.site());
                    keyColumn.add(key);
                }
            }
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (!siteColumn.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                            SELECT l.site, l.line_key, l.pages FROM ingest.site_line l
                            JOIN unnest(CAST(?1 AS text[]), CAST(?2 AS text[])) AS q(site, line_key)
                              ON l.site = q.site AND l.line_key = q.line_key""")
                    .setParameter(1, siteColumn.toArray(String[]::new)).setParameter(2, keyColumn.toArray(String[]::new))
                    .getResultList()) {
                counts.computeIfAbsent((String) r[0], s -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue());
            }
        }
        List<SiteEvidence> evidence = new ArrayList<>(pages.size());
        for (Page page : pages) {
            if (page.site() == null || !seen.containsKey(page.site())) {
                evidence.add(SiteEvidence.NONE);
                continue;
            }
            int pagesSeen = seen.get(page.site());
            Map<String, Integer> lines = counts.getOrDefault(page.site(), Map.of());
            evidence.add(new SiteEvidence() {
                @Override
                public int pagesSeen() {
                    return pagesSeen;
                }

                @Override
                public int pagesWith(String lineKey) {
                    return lines.getOrDefault(lineKey, 0);
                }
            });
        }
        return evidence;
    }

    /** Counts the pages (and their lines) of sites that have fewer than {@code cap} pages recorded. */
    public void record(List<Page> pages, int cap) {
        List<Page> withSite = pages.stream().filter(p -> p.site() != null).toList();
        if (withSite.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement site = c.prepareStatement("""
                         INSERT INTO ingest.site_page (site, pages) VALUES (?, 1)
                         ON CONFLICT (site) DO UPDATE SET pages = site_page.pages + 1 WHERE site_page.pages < ?
                         RETURNING pages""");
                 PreparedStatement line = c.prepareStatement("""
                         INSERT INTO ingest.site_line (site, line_key, pages) VALUES (?, ?, 1)
                         ON CONFLICT (site, line_key) DO UPDATE SET pages = site_line.pages + 1""")) {
                // Sites in a fixed order: two chunks of the same sites lock their rows alike, never in a cycle.
                for (Page page : withSite.stream().sorted(java.util.Comparator.comparing(Page::site)).toList()) {
                    site.setString(1, page.site());
                    site.setInt(2, cap);
                    boolean counted;
                    try (var rs = site.executeQuery()) {
                        counted = rs.next();
                    }
                    if (!counted) {
                        continue; // the site has evidence enough
                    }
                    for (String key : page.keys().stream().sorted().toList()) {
                        line.setString(1, page.site());
                        line.setString(2, key);
                        line.addBatch();
                    }
                }
                line.executeBatch();
            }
        });
    }
}
