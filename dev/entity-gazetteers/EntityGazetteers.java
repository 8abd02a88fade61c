import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the gazetteers the normaliser's entity recogniser loads, one entity a line:
 * {@code id <TAB> canonical English name <TAB> type <TAB> aliases separated by |}.
 * Run by {@code dev/entity-gazetteers/entity-gazetteers}; arguments: the English and Indonesian
 * GeoNames catalogues (gettext .mo files keyed by GeoNames id or code), the idn-area-data package
 * directory, a bilingual word list (Indonesian TAB English|English...) and the output directory.
 */
public final class EntityGazetteers {

    /** Indonesian compass words at the end of an area's name, and their English word put in front. */
    private static final List<String[]> DIRECTIONS = List.of(
            new String[] {"Barat Daya", "Southwest"}, new String[] {"Barat Laut", "Northwest"},
            new String[] {"Timur Laut", "Northeast"}, new String[] {"Tenggara", "Southeast"},
            new String[] {"Barat", "West"}, new String[] {"Timur", "East"}, new String[] {"Utara", "North"},
            new String[] {"Selatan", "South"}, new String[] {"Tengah", "Central"}, new String[] {"Pusat", "Central"});

    public static void main(String[] args) throws IOException {
        Map<String, String> english = readMo(Path.of(args[0]));
        Map<String, String> indonesian = readMo(Path.of(args[1]));
        Path idnArea = Path.of(args[2]).resolve("data");
        Set<String> words = dictionaryWords(Path.of(args[3]));
        Path out = Path.of(args[4]);
        write(out.resolve("countries.tsv"), countries(english, indonesian),
                "Countries: CLDR names of the JDK in English and Indonesian, with GeoNames' Indonesian labels; id: ISO 3166 code.");
        write(out.resolve("idn-area.tsv"), indonesianAreas(idnArea, cityNames(english)),
                "Indonesian provinces, cities and regencies from idn-area-data (ODbL, see README.md); id: the BPS area code.");
        write(out.resolve("geonames.tsv"), places(english, indonesian, words),
                "Cities (population 15,000 and more) and first-level regions outside Indonesia from GeoNames (CC-BY-4.0,"
                        + " geonames.org) as Debian's libgeonames-common ships them; id: the GeoNames id or region code.");
    }

    private static List<String> countries(Map<String, String> english, Map<String, String> indonesian) {
        Locale id = Locale.forLanguageTag("id");
        List<String> lines = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String display = country.getDisplayCountry(Locale.ENGLISH);
            // "Myanmar (Burma)" is "Myanmar", also called "Burma"; "Hong Kong SAR China" is "Hong Kong"
            String name = display.replaceFirst(" \\(.*\\)$", "").replaceFirst(" SAR China$", "");
            Set<String> aliases = new LinkedHashSet<>(List.of(name, country.getDisplayCountry(id).replaceFirst(" \\(.*\\)$", "")));
            if (display.matches(".* \\(.*\\)")) {
                aliases.add(display.substring(display.indexOf('(') + 1, display.length() - 1));
            }
            addIfPresent(aliases, english.get(code));
            addIfPresent(aliases, indonesian.get(code));
            lines.add(line("iso:" + code, name, aliases));
        }
        return lines;
    }

    /** Provinces, cities, regencies, then towns: a bare name ("Bogor") stays the city's when a regency shares it. */
    private static List<String> indonesianAreas(Path data, Set<String> geonamesCities) throws IOException {
        List<String> provinces = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        List<String> regencies = new ArrayList<>();
        List<String> towns = new ArrayList<>();
        for (String[] row : csv(data.resolve("provinces.csv"))) {
            String name = titleCase(row[1]);
            String core = name.replaceFirst("^Dki ", "");
            String canonical = core.startsWith("Daerah Istimewa ") ? "Special Region of " + core.substring(16) : toEnglish(core);
            provinces.add(line("bps:" + row[0], canonical, aliases(canonical, core, "Provinsi " + core, toEnglish(core) + " Province")));
        }
        for (String[] row : csv(data.resolve("regencies.csv"))) {
            String name = titleCase(row[2]).replace(" Administrasi ", " ");
            if (name.startsWith("Kota ")) {
                String core = name.substring(5);
                String canonical = toEnglish(core);
                cities.add(line("bps:" + row[0], canonical, aliases(canonical, core, name, canonical + " City")));
            } else {
                // "Kabupaten Demak" is the regency; "Demak" alone is the town where GeoNames knows one
                // (as Wikipedia has it), else the regency ("Ogan Ilir" has no town of that name)
                String core = name.replaceFirst("^Kabupaten ", "");
                String canonical = toEnglish(core) + " Regency";
                Set<String> names = aliases(canonical, name, "Kab. " + core, toEnglish(core) + " regency");
                if (geonamesCities.contains(core)) {
                    towns.add(line("bps:" + row[0] + ":town", core, aliases(core)));
                } else {
                    names.addAll(List.of(core, toEnglish(core)));
                }
                regencies.add(line("bps:" + row[0], canonical, names));
            }
        }
        List<String> lines = new ArrayList<>(provinces);
        lines.addAll(cities);
        lines.addAll(regencies);
        lines.addAll(towns);
        return lines;
    }

    private static Set<String> cityNames(Map<String, String> english) {
        Set<String> names = new java.util.HashSet<>();
        english.forEach((key, name) -> {
            if (key.chars().allMatch(Character::isDigit)) {
                names.add(name);
            }
        });
        return names;
    }

    /** GeoNames cities and regions; Indonesia's regions and every country come from the two other files. */
    private static List<String> places(Map<String, String> english, Map<String, String> indonesian, Set<String> words) {
        List<String> lines = new ArrayList<>();
        english.forEach((key, name) -> {
            boolean city = key.chars().allMatch(Character::isDigit);
            boolean region = key.matches("[A-Z]{2}\\.[0-9A-Z]+") && !key.startsWith("ID.");
            if ((city || region) && usable(name, words)) {
                Set<String> aliases = new LinkedHashSet<>(List.of(name));
                String local = indonesian.get(key);
                if (local != null) {
                    local = local.replaceFirst("^(?:Provinsi|Propinsi|Wilayah|Daerah) ", "");
                    if (usable(local, words)) {
                        aliases.add(local);
                    }
                }
                lines.add(line("geonames:" + key, name, aliases));
            }
        });
        return lines;
    }

    /**
     * Short or odd labels ("Ma", "2nd District") and one-word names that are also a common word
     * ("Kota", "Batu", "March") would match words more often than places.
     */
    private static boolean usable(String name, Set<String> words) {
        return name.length() >= 4 && !name.matches(".*[0-9()/,].*") && Character.isUpperCase(name.charAt(0))
                && !(name.indexOf(' ') < 0 && words.contains(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Single words of both languages of the bilingual list, less the proper names it holds (an
     * entry translated by itself, as "paris" and "baku" are).
     */
    private static Set<String> dictionaryWords(Path file) throws IOException {
        Set<String> words = new java.util.HashSet<>();
        Set<String> properNames = new java.util.HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || !line.contains("\t")) {
                continue;
            }
            String headword = line.substring(0, line.indexOf('\t')).toLowerCase(Locale.ROOT);
            List<String> translations = List.of(line.substring(line.indexOf('\t') + 1).toLowerCase(Locale.ROOT).split("\\|"));
            if (translations.contains(headword)) {
                properNames.add(headword);
            }
            for (String word : line.split("[\\t|]")) {
                if (word.matches("\\p{L}+")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        words.removeAll(properNames);
        return words;
    }

    /** "Flores Timur" is "East Flores", "Kepulauan Riau" is "Riau Islands". */
    static String toEnglish(String name) {
        if (name.endsWith("Nusa Tenggara")) {
            return name; // "Tenggara" is part of the name here, no compass word
        }
        for (String[] direction : DIRECTIONS) {
            if (name.endsWith(" " + direction[0])) {
                return direction[1] + " " + toEnglish(name.substring(0, name.length() - direction[0].length() - 1));
            }
        }
        if (name.startsWith("Kepulauan ")) {
            return name.substring(10) + " Islands";
        }
        return name;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(';
        }
        return out.toString();
    }

    private static Set<String> aliases(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    private static void addIfPresent(Set<String> aliases, String name) {
        if (name != null && !name.isBlank()) {
            aliases.add(name);
        }
    }

    private static String line(String id, String canonical, Set<String> aliases) {
        return id + "\t" + canonical + "\tLOCATION\t" + String.join("|", aliases);
    }

    private static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
    }

    private static void write(Path file, List<String> lines, String header) throws IOException {
        List<String> all = new ArrayList<>(List.of("# " + header,
                "# Generated by dev/entity-gazetteers/entity-gazetteers; do not edit (hand entries: normalise/entities.tsv).",
                "# id\tcanonical English name\ttype\taliases (| separated)"));
        all.addAll(lines);
        Files.write(file, all, StandardCharsets.UTF_8);
    }

    /** A gettext catalogue: msgid to msgstr, both UTF-8 (GNU .mo format, little or big endian). */
    private static Map<String, String> readMo(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt(0) != 0x950412de) {
            buffer.order(ByteOrder.BIG_ENDIAN);
        }
        int count = buffer.getInt(8);
        int originals = buffer.getInt(12);
        int translations = buffer.getInt(16);
        Map<String, String> catalogue = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String key = string(buffer, originals + 8 * i);
            if (!key.isEmpty()) {
                catalogue.put(key, string(buffer, translations + 8 * i));
            }
        }
        return catalogue;
    }

    private static String string(ByteBuffer buffer, int entry) {
        int length = buffer.getInt(entry);
        int offset = buffer.getInt(entry + 4);
        return new String(buffer.array(), offset, length, StandardCharsets.UTF_8);
    }
}
