package io.linimasa.bench;

import io.linimasa.normalise.score.BlockModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the shipped block models on every article page of WCXB's development split and writes
 * them to {@code normalise/src/main/resources/normalise/block-model-{text,html}.tsv}. Deterministic:
 * the same pages give the same weights. The extraction benches' own gold pages and AEB are not
 * trained on, so their figures stay figures on unseen pages.
 * <p>
 * Usage: {@code dev/train-block-model [WCXB_DIR]}.
 */
public final class TrainBlockModel {

    private static final Path OUT = Path.of("normalise", "src", "main", "resources", "normalise");

    private TrainBlockModel() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : WcxbPages.DEFAULT;
        List<WcxbPages.Page> pages = WcxbPages.load(dir);
        List<BlockTraining.Examples[]> examples = BlockTraining.examples(pages);
        String[] paths = {"text", "html"};
        for (int path = 0; path < paths.length; path++) {
            BlockModel model = BlockTraining.fit(examples, path, i -> true);
            int p = path;
            long blocks = examples.stream().mapToLong(e -> e[p].x().size()).sum();
            Path file = OUT.resolve("block-model-" + paths[path] + ".tsv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                model.write(out, "Block model of the " + paths[path] + " path: logistic regression, written by dev/train-block-model.\n"
                        + "Trained on " + pages.size() + " article pages (" + blocks + " blocks) of WCXB's development split.");
            }
            System.out.println("wrote " + file + " (" + blocks + " blocks)");
        }
    }
}
