package io.linimasa.normalise.score;

import io.linimasa.normalise.lexicon.ResourceLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression over block features: the probability that a block is article text. Each
 * feature is standardised by the mean and scale it had in the training data. Shipped as
 * {@code normalise/block-model-text.tsv} and {@code block-model-html.tsv}, written by the training
 * command ({@code dev/train-block-model}); a model names its features, and is refused when they
 * are not the ones {@link BlockFeatures} computes.
 */
public final class BlockModel {

    private final List<String> names;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    public BlockModel(List<String> names, double[] mean, double[] scale, double[] weights, double bias) {
        if (!names.equals(BlockFeatures.NAMES)) {
            throw new IllegalArgumentException("the model's features are not the ones computed: " + names);
        }
        this.names = List.copyOf(names);
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** The shipped model of one front door ("text" or "html"). */
    public static BlockModel shipped(String path) {
        return read(ResourceLines.read("block-model-" + path + ".tsv"));
    }

    static BlockModel read(List<String> lines) {
        double bias = 0;
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells[0].equals("(bias)")) {
                bias = Double.parseDouble(cells[3]);
                continue;
            }
            names.add(cells[0]);
            rows.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
        double[] mean = new double[rows.size()];
        double[] scale = new double[rows.size()];
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            mean[i] = rows.get(i)[0];
            scale[i] = rows.get(i)[1];
            weights[i] = rows.get(i)[2];
        }
        return new BlockModel(names, mean, scale, weights, bias);
    }

    public void write(Writer out, String header) {
        try {
            for (String line : header.split("\n")) {
                out.write("# " + line + "\n");
            }
            out.write("# feature\tmean\tscale\tweight\n");
            out.write(String.format(Locale.ROOT, "(bias)\t0\t1\t%.6f%n", bias));
            for (int i = 0; i < names.size(); i++) {
                out.write(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", names.get(i), mean[i], scale[i], weights[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that a block with these features is article text. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
