package io.linimasa.normalise.score;

/**
 * The article as a region, never a lone fragment: the run of blocks whose content probabilities,
 * above a threshold and weighted by their length, add up to the most (the maximum-sum run, found
 * in one pass). Furniture between paragraphs stays inside the run; the rules take it out.
 */
public final class ContentRegion {

    /** First and last block of the run (inclusive); empty when no block is likely content. */
    public record Run(int first, int last, double[] probability) {

        public boolean isEmpty() {
            return last < first;
        }

        public boolean contains(int i) {
            return i >= first && i <= last;
        }

        public double probability(int i) {
            return probability[i];
        }
    }

    private ContentRegion() {
    }

    public static Run choose(double[] probability, int[] words, double threshold) {
        double best = 0;
        int bestFirst = 0;
        int bestLast = -1;
        double sum = 0;
        int first = 0;
        for (int i = 0; i < probability.length; i++) {
            if (sum <= 0) {
                sum = 0;
                first = i;
            }
            sum += (probability[i] - threshold) * Math.sqrt(1 + words[i]);
            if (sum > best) {
                best = sum;
                bestFirst = first;
                bestLast = i;
            }
        }
        return new Run(bestFirst, bestLast, probability);
    }
}
