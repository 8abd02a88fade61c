package io.linimasa.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Distinct, realistic raw news pages in the shapes of {@code seeds/}, for load and throughput
 * benchmarks: a headline among menu lines, a date line in one outlet's format (WIB, WITA, WIT or
 * GMT), a byline, a dateline credit, paragraphs with dated sentences and named people, places and
 * bodies, photo captions, "Baca juga" links, advertisement markers, widgets, tags, comment prompts
 * and a footer. Page {@code n} of a seed is always the same page, and no two pages are alike (the
 * page number and a counter-derived story mix go into the words). About one page in ten is English.
 */
public final class SyntheticPages {

    private record Outlet(String name, String credit, String zone, int offset, DateTimeFormatter dateLine) {
    }

    private static final List<Outlet> OUTLETS = List.of(
            new Outlet("Kompas.com", "KOMPAS.com", "WIB", 7, DateTimeFormatter.ofPattern("'Kompas.com - 'dd/MM/yyyy', 'HH:mm' WIB'")),
            new Outlet("detikcom", "detikNews", "WIB", 7, DateTimeFormatter.ofPattern("EEEE, dd MMM yyyy HH:mm 'WIB'", new Locale("id"))),
            new Outlet("Tribun Timur", "TRIBUN-TIMUR.COM", "WITA", 8, DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm 'WITA'", new Locale("id"))),
            new Outlet("Jubi", "Jubi", "WIT", 9, DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WIT'", new Locale("id"))),
            new Outlet("Antara", "ANTARA", "WIB", 7, DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'WIB'", new Locale("id"))),
            new Outlet("Liputan6.com", "Liputan6.com", "WIB", 7, DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm 'WIB'", new Locale("id"))));
    private static final String[] PLACES = {"Jakarta", "Surabaya", "Medan", "Makassar", "Denpasar", "Padang", "Pontianak",
        "Jayapura", "Kupang", "Semarang", "Palembang", "Manado", "Balikpapan", "Mataram", "Ambon", "Banda Aceh"};
    private static final String[] PROVINCES = {"Jawa Timur", "Sumatera Utara", "Sulawesi Selatan", "Bali", "Sumatera Barat",
        "Kalimantan Barat", "Papua", "Nusa Tenggara Timur", "Jawa Tengah", "Sumatera Selatan", "Sulawesi Utara"};
    private static final String[] FIRST = {"Budi", "Siti", "Agus", "Dewi", "Rahmat", "Ayu", "Hendra", "Lestari", "Yohanes",
        "Nur", "Made", "Wayan", "Teguh", "Fitri", "Andi", "Maria", "Joko", "Rina"};
    private static final String[] LAST = {"Santoso", "Rahayu", "Hidayat", "Pratama", "Wibowo", "Siregar", "Nainggolan",
        "Sitompul", "Mahendra", "Kusuma", "Saputra", "Lubis", "Manurung", "Wijaya", "Tanjung", "Halim"};
    private static final String[] OFFICES = {"Gubernur", "Wali Kota", "Bupati", "Kepala Dinas Pekerjaan Umum", "Kapolda",
        "Kepala Badan Penanggulangan Bencana Daerah", "Ketua DPRD", "Menteri Sosial", "Kepala BMKG"};
    private static final String[] BODIES = {"Badan Nasional Penanggulangan Bencana", "Kementerian Pekerjaan Umum",
        "Badan Meteorologi, Klimatologi, dan Geofisika", "Komisi Pemilihan Umum", "Bank Indonesia", "Kementerian Kesehatan",
        "Dinas Perhubungan", "Basarnas", "Palang Merah Indonesia", "Badan Pusat Statistik"};
    private static final String[] TOPICS = {"banjir", "harga beras", "pemilu", "gempa bumi", "jalan tol", "kebakaran hutan",
        "inflasi", "pelabuhan", "vaksinasi", "kereta api", "sampah", "air bersih"};
    private static final String[] WHEN = {"pada Senin (6/11/2023)", "Selasa kemarin", "pekan lalu", "pada 12 Oktober 2023",
        "bulan lalu", "sejak tahun 2019", "dua hari kemudian", "pada awal November", "tahun lalu", "hari ini", "Jumat (3/11)",
        "pada Februari 2024", "tiga tahun lalu", "pada akhir 1990-an"};
    private static final String[] VERBS = {"menyiapkan", "meninjau", "mengumumkan", "meresmikan", "menyalurkan", "mengevaluasi",
        "menambah", "memperbaiki", "membuka", "menghentikan"};
    private static final String[] THINGS = {"pompa air", "posko pengungsian", "bantuan pangan", "jembatan darurat",
        "tenda darurat", "armada bus", "lumbung beras", "titik pemantauan", "rumah sakit lapangan", "saluran irigasi"};
    private static final String[] WIDGETS = {"ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Bagikan", "Komentar",
        "Simak video pilihan berikut ini:", "Ikuti kami di Google News", "Gabung channel WhatsApp kami"};

    private final long seed;

    public SyntheticPages(long seed) {
        this.seed = seed;
    }

    /** Page {@code n}: about 4 KB of page text. */
    public String page(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        return random.nextInt(10) == 0 ? english(n, random) : indonesian(n, random);
    }

    /** Where page {@code n} claims to come from (for a WARC record or a JSON line's url). */
    public String url(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        random.nextInt(10);
        Outlet outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        return "https://www." + outlet.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "") + "/read/" + seed + "/" + n;
    }

    private String indonesian(int n, SplittableRandom r) {
        Outlet outlet = OUTLETS.get(r.nextInt(OUTLETS.size()));
        String place = pick(r, PLACES);
        String province = pick(r, PROVINCES);
        String topic = pick(r, TOPICS);
        String official = pick(r, FIRST) + " " + pick(r, LAST);
        String office = pick(r, OFFICES);
        String reporter = pick(r, FIRST) + " " + pick(r, LAST);
        String editor = pick(r, FIRST) + " " + pick(r, LAST);
        LocalDateTime published = LocalDateTime.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60));
        List<String> lines = new ArrayList<>();
        lines.add("Menu");
        lines.add("News | Regional | Ekonomi | Bola | Otomotif");
        lines.add(place + " Siaga " + capitalise(topic) + ", " + office + " " + official.split(" ")[1] + " " + pick(r, VERBS).replace("meng", "")
                + " Rencana Nomor " + n);
        lines.add("");
        lines.add(outlet.dateLine().format(published));
        lines.add("Penulis: " + reporter + " | Editor: " + editor);
        lines.add("Warga melintas di kawasan " + place + ", " + province + ". (" + outlet.credit() + "/" + pick(r, FIRST) + " " + pick(r, LAST) + ")");
        lines.add("");
        lines.add(place.toUpperCase(Locale.ROOT) + ", " + outlet.credit() + " - " + office + " " + official + " " + pick(r, VERBS) + " "
                + (10 + r.nextInt(900)) + " " + pick(r, THINGS) + " untuk menghadapi " + topic + " di " + province + " " + pick(r, WHEN)
                + ", menurut keterangan resmi nomor " + n + ".");
        int paragraphs = 17 + r.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            lines.add("");
            lines.add(paragraph(r, place, province, topic, official, n, p));
            if (p == 1 || p == 4) {
                lines.add("");
                lines.add("Baca juga: " + capitalise(pick(r, TOPICS)) + " di " + pick(r, PLACES) + ", " + pick(r, BODIES) + " Turun Tangan");
            }
            if (p == 2) {
                lines.add("");
                lines.add(pick(r, WIDGETS));
            }
        }
        lines.add("");
        lines.add("(" + initials(reporter) + "/" + initials(editor) + ")");
        lines.add("Tag: " + topic + " · " + place + " · " + province);
        lines.add("Tulis komentar dengan bijak. Komentar sepenuhnya menjadi tanggung jawab komentator.");
        lines.add("Copyright " + published.getYear() + " " + outlet.name() + ". All rights reserved.");
        return String.join("\n", lines) + "\n";
    }

    private String paragraph(SplittableRandom r, String place, String province, String topic, String official, int n, int p) {
        String surname = official.split(" ")[1];
        return switch (r.nextInt(5)) {
            case 0 -> pick(r, BODIES) + " mencatat " + (2 + r.nextInt(400)) + " laporan terkait " + topic + " di " + place + " "
                    + pick(r, WHEN) + ", naik dibandingkan periode yang sama, dengan catatan lapangan ke-" + (n * 10 + p) + ".";
            case 1 -> "\"Kami sudah " + pick(r, VERBS) + " " + pick(r, THINGS) + " dan meminta warga tetap waspada,\" kata " + surname
                    + " kepada wartawan di " + place + " " + pick(r, WHEN) + ".";
            case 2 -> "Menurut " + surname + ", anggaran sebesar Rp " + (1 + r.nextInt(900)) + " miliar disiapkan oleh pemerintah "
                    + "Provinsi " + province + " untuk " + pick(r, THINGS) + " dan " + pick(r, THINGS) + " hingga akhir tahun.";
            case 3 -> "Sebelumnya, " + pick(r, BODIES) + " bersama " + pick(r, BODIES) + " " + pick(r, VERBS) + " " + pick(r, THINGS)
                    + " di " + (2 + r.nextInt(30)) + " kecamatan " + pick(r, WHEN) + ", dua pekan sebelum " + topic + " memuncak.";
            default -> "Warga seperti " + pick(r, FIRST) + " " + pick(r, LAST) + " mengaku " + pick(r, new String[] {"lega", "khawatir",
                "terbantu", "kecewa"}) + " karena " + pick(r, THINGS) + " di desanya baru tiba " + pick(r, WHEN) + " (laporan " + n + "-" + p + ").";
        };
    }

    private String english(int n, SplittableRandom r) {
        String place = pick(r, PLACES);
        String official = pick(r, FIRST) + " " + pick(r, LAST);
        LocalDateTime published = LocalDateTime.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60));
        List<String> lines = new ArrayList<>();
        lines.add("Asia | World | Business");
        lines.add("Indonesia readies " + place + " for the rainy season, report " + n);
        lines.add("");
        lines.add(DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a 'GMT'", Locale.ENGLISH).format(published));
        lines.add("By " + official);
        lines.add("");
        String[] when = {"on Monday", "last week", "on October 12, 2023", "last month", "in 2019", "two days later", "three years ago"};
        lines.add(place.toUpperCase(Locale.ROOT) + " (Reuters) - Indonesian officials said " + pick(r, when) + " they would deploy "
                + (10 + r.nextInt(900)) + " water pumps in " + place + " before the peak of the rainy season, in report " + n + ".");
        for (int p = 0; p < 18 + r.nextInt(6); p++) {
            lines.add("");
            lines.add("The national disaster agency recorded " + (2 + r.nextInt(400)) + " floods " + pick(r, when) + ", and "
                    + pick(r, LAST) + " said the budget of " + (1 + r.nextInt(90)) + " billion rupiah would rise, note " + n + "-" + p + ".");
            if (p == 2) {
                lines.add("");
                lines.add("Read more: Jakarta braces for floods as " + pick(r, PLACES) + " evacuates");
            }
        }
        lines.add("");
        lines.add("Reporting by " + official + "; Editing by " + pick(r, FIRST) + " " + pick(r, LAST));
        lines.add("Our Standards: The Thomson Reuters Trust Principles.");
        return String.join("\n", lines) + "\n";
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split(" ")) {
            out.append(Character.toLowerCase(part.charAt(0)));
        }
        return out.append(name.length() % 10).toString();
    }
}
