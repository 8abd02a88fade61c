package io.linimasa.timeline.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What entity names imply about places: countries (named as the normaliser names them, the JDK's
 * English display names), the seats of government that stand for them when news writes them as actors
 * ("Moskow bersikeras", "the Kremlin said": {@code merge/seats.tsv}), and the place an "X of Y" belongs to.
 */
final class Places {

    private static final Set<String> COUNTRIES = new HashSet<>();
    private static final Map<String, String> SEATS = new HashMap<>();
    private static final Set<String> LOWER_CASE = new HashSet<>();
    private static final Pattern OF_PLACE = Pattern.compile(".+ of (?:the )?(\\p{Lu}.+)$");

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        try (InputStream in = Places.class.getResourceAsStream("/merge/seats.tsv")) {
            if (in == null) {
                throw new IllegalStateException("merge/seats.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                SEATS.put(cells[0], new Locale("", cells[1]).getDisplayCountry(Locale.ENGLISH));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        COUNTRIES.forEach(c -> LOWER_CASE.add(c.toLowerCase(Locale.ROOT)));
        SEATS.keySet().forEach(s -> LOWER_CASE.add(s.toLowerCase(Locale.ROOT)));
    }

    private Places() {
    }

    /** A country, or a seat of government that stands for one: what nearly every sentence of a story names. */
    static boolean isCountryLike(String entity) {
        return COUNTRIES.contains(entity) || SEATS.containsKey(entity);
    }

    /** Whether a word in lower case ("russia", "kremlin") names a country or a seat of government. */
    static boolean isCountryLikeWord(String lowerCase) {
        return LOWER_CASE.contains(lowerCase);
    }

    /** Names with what they imply: the place an "X of Y" belongs to, the country a seat of government stands for. */
    static Set<String> expand(Collection<String> names) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String name : names) {
            expanded.add(name);
            Matcher of = OF_PLACE.matcher(name);
            if (of.matches()) {
                expanded.add(of.group(1));
            }
            String country = SEATS.get(name);
            if (country != null) {
                expanded.add(country);
            }
        }
        return expanded;
    }

    /** The entities more specific than a country. */
    static Set<String> specific(Collection<String> entities) {
        Set<String> specific = new LinkedHashSet<>();
        for (String e : entities) {
            if (!isCountryLike(e)) {
                specific.add(e);
            }
        }
        return specific;
    }
}
