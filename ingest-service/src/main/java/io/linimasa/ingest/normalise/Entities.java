package io.linimasa.ingest.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people, countries, cities and organisations and gives each its canonical English name, so
 * that "Rusia", "Federasi Rusia" and "Russia" are one entity. Countries come from the JDK's CLDR
 * names in Indonesian and English; {@code normalise/entities.tsv} adds what no kept data set has
 * (see its header); people named with a title ("Presiden ...", "Menteri Luar Negeri Prancis ...")
 * are found even when not listed, and their surname alone then counts as the same person.
 */
final class Entities {

    record Canonical(String name, EntityType type) {
    }

    /** An alias as tokens, and what it stands for. */
    private record Alias(List<String> tokens, Canonical canonical) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*\\.?|-");
    private static final Pattern TITLED_PERSON = Pattern.compile(
            "\\b(?:Presiden|Wakil Presiden|Perdana Menteri|PM|Menteri(?: [A-Z]\\p{L}+){0,3}|Menlu|Menhan|Kanselir|Raja|Ratu"
                    + "|Sekretaris Jenderal|Sekjen|Juru Bicara|Jubir|Duta Besar|Dubes|Diplomat|Pemimpin|Gubernur|Wali Kota"
                    + "|President|Vice President|Prime Minister|(?:Foreign|Defence|Defense|Finance) Minister|Minister"
                    + "|Chancellor|Secretary-General|Secretary General|Spokesperson|Spokesman|King|Queen|Governor|Mayor)"
                    + "(?:,)?((?: [A-Z]\\p{Ll}+(?:-[A-Z]\\p{Ll}+)?){2,5})");

    private final Map<String, List<Alias>> aliasesByFirstToken = new HashMap<>();

    Entities() {
        Locale indonesian = Locale.forLanguageTag("id");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            Canonical canonical = new Canonical(country.getDisplayCountry(Locale.ENGLISH), EntityType.LOCATION);
            add(country.getDisplayCountry(indonesian), canonical);
            add(country.getDisplayCountry(Locale.ENGLISH), canonical);
        }
        for (String line : ResourceLines.read("entities.tsv")) {
            String[] cells = line.split("\t");
            Canonical canonical = new Canonical(cells[0], EntityType.valueOf(cells[1]));
            add(cells[0], canonical);
            for (String alias : cells[2].split("\\|")) {
                add(alias, canonical);
            }
        }
        aliasesByFirstToken.values().forEach(list -> list.sort(
                Comparator.comparingInt((Alias a) -> a.tokens().size()).reversed()));
    }

    private void add(String alias, Canonical canonical) {
        List<String> tokens = tokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        List<Alias> list = aliasesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        if (list.stream().noneMatch(a -> a.tokens().equals(tokens))) {
            list.add(new Alias(tokens, canonical));
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            tokens.add(token.length() > 1 && token.endsWith(".") && !token.matches("(?:\\p{Lu}\\.)+") ? token.substring(0, token.length() - 1) : token);
        }
        return tokens;
    }

    /** A per-article recogniser: it learns the people the article introduces by title. */
    Article forArticle(String body) {
        Article article = new Article();
        Matcher m = TITLED_PERSON.matcher(body);
        while (m.find()) {
            List<String> name = tokens(m.group(1));
            // Drop leading words that are themselves known (a country, an organisation, a title word).
            while (name.size() > 2 && article.match(name, 0) != null) {
                int skip = article.match(name, 0).tokens().size();
                name = name.subList(skip, name.size());
            }
            if (name.size() < 2 || name.size() > 3 || article.match(name, 0) != null) {
                continue;
            }
            Canonical person = new Canonical(String.join(" ", name), EntityType.PERSON);
            article.learned.add(new Alias(List.copyOf(name), person));
            article.learned.add(new Alias(List.of(name.get(name.size() - 1)), person));
        }
        return article;
    }

    final class Article {
        private final List<Alias> learned = new ArrayList<>();

        private Alias match(List<String> tokens, int at) {
            Alias best = null;
            for (Alias alias : learned) {
                if (matchesAt(alias, tokens, at) && (best == null || alias.tokens().size() > best.tokens().size())) {
                    best = alias;
                }
            }
            for (Alias alias : aliasesByFirstToken.getOrDefault(tokens.get(at), List.of())) {
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
        List<EntityMention> find(String text) {
            List<String> tokens = tokens(text);
            Map<Canonical, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < tokens.size(); ) {
                Alias alias = match(tokens, i);
                if (alias == null) {
                    i++;
                    continue;
                }
                counts.merge(alias.canonical(), 1, Integer::sum);
                i += alias.tokens().size();
            }
            List<EntityMention> mentions = new ArrayList<>();
            counts.forEach((canonical, count) -> mentions.add(new EntityMention(canonical.name(), canonical.type(), count)));
            return mentions;
        }

        List<String> names(String sentence) {
            Set<String> names = new LinkedHashSet<>();
            find(sentence).forEach(mention -> names.add(mention.name()));
            return List.copyOf(names);
        }
    }
}
