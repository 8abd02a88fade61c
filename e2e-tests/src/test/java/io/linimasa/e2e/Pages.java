package io.linimasa.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Distinct article pages in the shape of the seeds, and NDJSON batches of them, for the fault tests. */
final class Pages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PLACES = {"Jakarta", "Surabaya", "Medan", "Makassar", "Denpasar", "Padang", "Pontianak"};

    private Pages() {
    }

    /** Page {@code n} of a run: its own title and words, a date line, a dateline, a "Baca juga" link, a dated sentence. */
    static String page(String run, int n) {
        String place = PLACES[n % PLACES.length];
        return "Warga " + place + " Bersiap Hadapi Musim Hujan, Laporan " + run + " Nomor " + n + "\n\n"
                + "Kompas.com - 0" + (1 + n % 9) + "/11/2023, 1" + (n % 10) + ":15 WIB\n\n"
                + place.toUpperCase() + ", KOMPAS.com - Pemerintah Kota " + place + " menyiapkan " + (100 + n)
                + " pompa air sebelum puncak musim hujan, kata pejabat setempat dalam laporan " + run + "-" + n + ".\n\n"
                + "Baca juga: Banjir Rendam Ribuan Rumah di " + place + "\n\n"
                + "Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat turun pada Senin (6/11/2023) "
                + "di wilayah " + place + " dan sekitarnya, dengan curah hujan " + (20 + n % 50) + " milimeter.\n\n"
                + "Warga diminta membersihkan saluran air sejak pekan lalu agar genangan tidak meluas, ujar petugas nomor " + n + ".\n";
    }

    /** The text of the seed whose file name starts with the prefix ("002"), from the project's seeds/. */
    static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("root", ".."), "seeds"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    static String line(String text) {
        try {
            return JSON.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pages {@code from} (inclusive) to {@code to} (exclusive) of a run, as one NDJSON batch. */
    static String batch(String run, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int n = from; n < to; n++) {
            lines.add(line(page(run, n)));
        }
        return String.join("\n", lines) + "\n";
    }
}
