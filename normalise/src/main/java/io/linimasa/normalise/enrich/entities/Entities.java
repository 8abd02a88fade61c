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
 * that "Rusia", "Federasi Rusia" and "Russia" are one entity. Countries come from the JDK's CLDR
 * names in Indonesian and English; {@code normalise/entities.tsv} adds what no kept data set has
 * (see its header); people named with a title ("Presiden ...", "Menteri Luar Negeri Prancis ...")
 * are found even when not listed, and their surname alone then counts as the same person.
 */
public final class Entities {

    public record Canonical(String name, EntityType type) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*\\.?|-");
    /** Words that introduce a person: titles and roles ("Presiden", "Kepala", "Menteri", "coach"). */
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:Presiden|Wakil Presiden|Perdana Menteri|PM|Menteri|Menko|Menlu|Menhan|Kanselir|Raja|Ratu|Sekretaris Jenderal"
                    + "|Sekjen|Sekretaris|Juru Bicara|Jubir|Duta Besar|Dubes|Diplomat|Pemimpin|Gubernur|Wakil Gubernur|Wali Kota|Bupati"
                    + "|Kepala|Ketua|Wakil Ketua|Anggota|Direktur|Dirut|Deputi|Panglima|Kapolri|Kapolda|Kapolres|Jenderal|Pelatih"
                    + "|Ekonom|Pengamat|Peneliti|Analis|Guru Besar|Dosen|Warga|Petani|Pedagang|Profesor|Prof\\.|Dr\\."
                    + "|President|Vice President|Prime Minister|Minister|Chancellor|Secretary-General|Secretary General"
                    + "|Spokesperson|Spokesman|Spokeswoman|King|Queen|Governor|Mayor|Chairman|Chairwoman|Director|Chief|Coach"
                    + "|Economist|Analyst|Professor|General|Ambassador|Senator|Commissioner)\\b");
    /** The speaker of a quote: "kata Sutrisno", "ujar Rahmat Hidayatullah", "said Hasmik Avetisyan". */
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tegas|terang|said|says|told)(?:nya)?\\s+"
                    + "(\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){0,2})\\b");
    /** Words of an office or institution that stand between a title and a name ("Kepala Stasiun Geofisika ..."). */
    private static final Set<String> OFFICE_WORDS = Set.of("Badan", "Kementerian", "Dinas", "Komisi", "Dewan", "Lembaga",
            "Pusat", "Stasiun", "Bank", "Partai", "Universitas", "Nasional", "Daerah", "Regional", "Umum", "Negara", "Republik",
            "Luar", "Negeri", "Dalam", "Pertahanan", "Keuangan", "Kesehatan", "Pendidikan", "Perdagangan", "Pertanian",
            "Geofisika", "Meteorologi", "Penanggulangan", "Bencana", "Pemilihan", "Pengawas", "Kota", "Kabupaten", "Provinsi",
            "Perwakilan", "Rakyat", "Pangan", "Tim", "Timnas", "Kantor", "Biro", "Divisi", "Bidang", "Urusan", "Institute",
            "Ministry", "Department", "Agency", "National", "Foreign", "Defence", "Defense", "Finance", "Health", "State",
            "Affairs", "Executive", "Deputy", "Senior", "Policy", "Research", "Central");
    /** Capitalised words that are never a name after a title or a speech verb. */
    private static final Set<String> NOT_NAMES = Set.of("Dia", "Ia", "Mereka", "Kami", "Saya", "Beliau", "He", "She", "They",
            "The", "It", "We", "I", "On", "In", "At", "Pada", "Di", "Dalam", "Saat", "Ketika");
    /** Weekdays written out, capitalised: never a name, never an office ("Kepala ... Senin"). */
    private static final Set<String> WEEKDAYS = capitalised(Lexicons.WEEKDAYS.texts(t -> t.has("full")));
    /** Indonesian weekdays may stand between a title and a name ("Kepala BMKG Senin ..."), as office words do. */
    private static final Set<String> WEEKDAYS_ID = capitalised(Lexicons.WEEKDAYS.texts(t -> t.has("full") && t.language().equals("id")));

    private static Set<String> capitalised(List<String> words) {
        return words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static boolean notName(String token) {
        return NOT_NAMES.contains(token) || WEEKDAYS.contains(token);
    }

    private static boolean isOfficeWord(String token) {
        return OFFICE_WORDS.contains(token) || WEEKDAYS_ID.contains(token);
    }

    private final Gazetteer gazetteer = new Gazetteer();

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            tokens.add(token.length() > 1 && token.endsWith(".") && !token.matches("(?:\\p{Lu}\\.)+") ? token.substring(0, token.length() - 1) : token);
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

    /** A per-article recogniser: it learns the people the article introduces by title or quotes. */
    public Article forArticle(String body) {
        Article article = new Article();
        Matcher title = TITLE.matcher(body);
        while (title.find()) {
            List<String> after = tokens(body.substring(title.end(), Math.min(body.length(), title.end() + 160)));
            List<String> name = personAfterTitle(after, article);
            if (name != null) {
                article.learn(name);
            }
        }
        Matcher speaker = SPEAKER.matcher(body);
        while (speaker.find()) {
            List<String> name = tokens(speaker.group(1));
            if (!notName(name.get(0)) && !isOfficeWord(name.get(0)) && article.match(name, 0) == null
                    && name.stream().noneMatch(t -> t.equals("-"))) {
                article.learn(name);
            }
        }
        return article;
    }

    /**
     * The person a title introduces: after the title may stand an office ("Stasiun Geofisika BMKG
     * Majene"), known names and acronyms, then two to four capitalised words, the name.
     */
    private List<String> personAfterTitle(List<String> after, Article article) {
        int i = 0;
        while (i < after.size() && i < 10) {
            String token = after.get(i);
            Alias known = article.match(after, i);
            if (known != null && known.canonical().type() != EntityType.PERSON) {
                i += known.tokens().size();
            } else if (isOfficeWord(token) || token.matches("\\p{Lu}{2,}")) {
                i++;
            } else {
                break;
            }
        }
        List<String> name = new ArrayList<>();
        for (int j = i; j < after.size() && name.size() < 4; j++) {
            String token = after.get(j);
            if (!token.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") || notName(token) || isOfficeWord(token)) {
                break;
            }
            name.add(token);
        }
        if (name.size() < 2 || article.match(name, 0) != null) {
            return null;
        }
        return name;
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

        public List<String> names(String sentence) {
            Set<String> names = new LinkedHashSet<>();
            find(sentence).forEach(mention -> names.add(mention.name()));
            return List.copyOf(names);
        }
    }
}
