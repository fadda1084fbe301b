package lianjian.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A categorical distribution written as value/weight pairs in source order, so the shares are
 * readable next to the domain text that motivates them (民事 ≈55%, 执行 ≈30% …).
 */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Weighted<T> of(T value, double weight) {
        return new Weighted<T>().or(value, weight);
    }

    Weighted<T> or(T value, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight for " + value);
        }
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(Rng rng) {
        double u = rng.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (u < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
