package io.linimasa.normalise.enrich.entities;

import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.enrich.entities.Gazetteer.Alias;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people, countries, cities and organisations and gives each its canonical English name, so
 * that "Rusia", "Federasi Rusia" and "Russia" are one entity. Known names come from the
 * {@link Gazetteer}; people named with a title ("Presiden ...", "Menteri Luar Negeri Prancis ...")
 * or as a quote's speaker are found by {@link PersonCues}, and their surname alone then counts as
 * the same person.
 */
public final class Entities {

    public record Canonical(String name, EntityType type) {
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L}{2})['’]s$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*\\.?|-");

    private final Gazetteer gazetteer = Gazetteer.shared();
    private final PersonCues personCues = new PersonCues();
    private final OrganisationSpans organisations = new OrganisationSpans();

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.length() > 1 && token.endsWith(".") && !token.matches("(?:\\p{Lu}\\.)+")) {
                token = token.substring(0, token.length() - 1);
            }
            // the English possessive names the same entity: "Malaysia's" is "Malaysia"
            tokens.add(POSSESSIVE.matcher(token).replaceFirst(""));
        }
        return tokens;
    }

    /** Whether the text is, as a whole, a known place ("Jakarta", "Parepare" is not known). */
    public boolean isLocation(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        for (Alias alias : gazetteer.startingWith(tokens.get(0))) {
            if (alias.tokens().equals(tokens)) {
                return alias.canonical().type() == EntityType.LOCATION;
            }
        }
        return false;
    }

    /**
     * A per-article recogniser: it learns the people the article introduces by title or quotes; a
     * name given in one word there ("kata Rina") is the longer name of the article that ends or
     * begins with it ("Rina Kusumawardani").
     */
    public Article forArticle(String body) {
        Article article = new Article();
        Set<List<String>> seen = new java.util.HashSet<>();
        for (List<String> name : personCues.people(body, article::knownLength)) {
            if (seen.add(name) && (article.match(name, 0) == null || article.match(name, 0).canonical().type() != EntityType.PERSON)) {
                article.learn(name.size() == 1 ? FullNames.longest(body, name.get(0)) : name);
            }
        }
        return article;
    }

    public final class Article {
        private final List<Alias> learned = new ArrayList<>();

        /** A person of this article; later the first or last name alone stands for the same person. */
        void learn(List<String> name) {
            Canonical person = new Canonical(String.join(" ", name), EntityType.PERSON);
            learned.add(new Alias(List.copyOf(name), person));
            if (name.size() > 1) {
                learned.add(new Alias(List.of(name.get(name.size() - 1)), person));
                if (match(List.of(name.get(0)), 0) == null) {
                    learned.add(new Alias(List.of(name.get(0)), person));
                }
            }
        }

        /** How many tokens at this position name a known entity that is no person (0 when none). */
        int knownLength(List<String> tokens, int at) {
            Alias alias = match(tokens, at);
            return alias == null || alias.canonical().type() == EntityType.PERSON ? 0 : alias.tokens().size();
        }

        private Alias match(List<String> tokens, int at) {
            Alias best = null;
            for (Alias alias : learned) {
                if (matchesAt(alias, tokens, at) && (best == null || alias.tokens().size() > best.tokens().size())) {
                    best = alias;
                }
            }
            for (Alias alias : gazetteer.startingWith(tokens.get(at))) {
                if (matchesAt(alias, tokens, at)) {
                    return best == null || alias.tokens().size() >= best.tokens().size() ? alias : best;
                }
            }
            return best;
        }

        private static boolean matchesAt(Alias alias, List<String> tokens, int at) {
            List<String> want = alias.tokens();
            if (at + want.size() > tokens.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!want.get(i).equals(tokens.get(at + i))) {
                    return false;
                }
            }
            return true;
        }

        /** Canonical entities named in the text, in order of first mention, with their counts. */
        public List<EntityMention> find(String text) {
            List<String> tokens = tokens(text);
            Map<Canonical, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < tokens.size(); ) {
                Alias alias = match(tokens, i);
                if (alias == null) {
                    // an organisation no list knows: not reported under a name the reader would not
                    // look for, but the places inside its name are no mentions of those places
                    i += Math.max(1, organisations.lengthAt(tokens, i, at -> isOrganisation(match(tokens, at))));
                    continue;
                }
                i += alias.tokens().size();
                Alias next = i < tokens.size() ? match(tokens, i) : null;
                Alias country = next == null ? null : ofCountry(alias, next);
                if (country == null && next != null) {
                    country = ofArea(alias, next);
                }
                if (country != null) {
                    i += country.tokens().size();
                    alias = country;
                }
                counts.merge(alias.canonical(), 1, Integer::sum);
            }
            List<EntityMention> mentions = new ArrayList<>();
            counts.forEach((canonical, count) -> mentions.add(new EntityMention(canonical.name(), canonical.type(), count)));
            return mentions;
        }

        /** A regional body followed by an Indonesian area is that area's office: "Lampung General Elections Commission". */
        private Alias ofArea(Alias body, Alias next) {
            String area = next.canonical().name();
            if (!gazetteer.isRegionalBody(body.canonical().name()) || !gazetteer.isIndonesianArea(area)) {
                return null;
            }
            String name = area.replaceFirst(" Regency$", "") + " " + body.canonical().name();
            return new Alias(next.tokens(), new Canonical(name, EntityType.ORGANIZATION));
        }

        private static boolean isOrganisation(Alias alias) {
            return alias != null && alias.canonical().type() == EntityType.ORGANIZATION;
        }

        /**
         * A ministry followed by a country is that country's ministry: "Kementerian Kesehatan Armenia"
         * is the "Ministry of Health of Armenia" (a ministry named alone is Indonesia's).
         */
        private static Alias ofCountry(Alias ministry, Alias next) {
            Canonical body = ministry.canonical();
            if (next == null || body.type() != EntityType.ORGANIZATION || !body.name().startsWith("Ministry of ")
                    || next.canonical().type() != EntityType.LOCATION) {
                return null;
            }
            String name = body.name().replaceFirst(" of Indonesia$", "") + " of " + next.canonical().name();
            return new Alias(next.tokens(), new Canonical(name, EntityType.ORGANIZATION));
        }

        public List<String> names(String sentence) {
            Set<String> names = new LinkedHashSet<>();
            find(sentence).forEach(mention -> names.add(mention.name()));
            return List.copyOf(names);
        }
    }
}
