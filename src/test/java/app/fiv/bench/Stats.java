package app.fiv.bench;

import java.util.Arrays;

/** Median and spread of repeated measurements, in milliseconds. */
record Stats(double[] values) {

    static Stats of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Stats(sorted);
    }

    double median() {
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }
}
