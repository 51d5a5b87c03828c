package app.fiv.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks values with skewed frequencies, as real failure reasons are: a few dominate, most are rare. */
final class WeightedChoice<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    WeightedChoice<T> add(double weight, T value) {
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(Random random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (point < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    List<T> values() {
        return List.copyOf(values);
    }

    static <T> T any(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
