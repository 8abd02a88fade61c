package io.linimasa.normalise.score;

import java.util.List;

/**
 * Fits a {@link BlockModel}: L2-regularised logistic regression by full-batch gradient descent
 * with Adam steps, on standardised features, examples weighted (long blocks count more, as the
 * word metric does). Plain code: some forty features and a few hundred thousand blocks need no
 * library, and the model it gives is a table of weights that anyone can read.
 */
public final class LogisticRegression {

    private static final int ROUNDS = 400;
    private static final double STEP = 0.05;
    private static final double L2 = 1e-4;

    private LogisticRegression() {
    }

    public static BlockModel fit(List<double[]> x, List<Boolean> y, List<Double> weight) {
        int n = x.size();
        int d = BlockFeatures.NAMES.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weight.get(i);
            for (int j = 0; j < d; j++) {
                mean[j] += weight.get(i) * x.get(i)[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= total;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = x.get(i)[j] - mean[j];
                scale[j] += weight.get(i) * diff * diff;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.max(1e-6, Math.sqrt(scale[j] / total));
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
            }
        }
        double[] w = new double[d + 1];
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int round = 1; round <= ROUNDS; round++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double s = w[d];
                for (int j = 0; j < d; j++) {
                    s += w[j] * z[i][j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double err = weight.get(i) * (p - (y.get(i) ? 1 : 0)) / total;
                for (int j = 0; j < d; j++) {
                    grad[j] += err * z[i][j];
                }
                grad[d] += err;
            }
            for (int j = 0; j <= d; j++) {
                double g = grad[j] + (j < d ? L2 * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mHat = m[j] / (1 - Math.pow(0.9, round));
                double vHat = v[j] / (1 - Math.pow(0.999, round));
                w[j] -= STEP * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        double[] weights = java.util.Arrays.copyOf(w, d);
        return new BlockModel(BlockFeatures.NAMES, mean, scale, weights, w[d]);
    }
}
