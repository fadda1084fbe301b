package lianjian.demo;

import java.util.List;
import java.util.Random;

/**
 * The only source of randomness in the generator. Each part of the county gets its own stream
 * derived from the seed and a fixed salt, so changing how one sheet kind is generated does not
 * reshuffle every other sheet.
 */
final class Rng {

    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    /** A stream for one part of the county, independent of the order in which parts are built. */
    static Rng derive(long seed, String part) {
        long h = 1125899906842597L;
        for (int i = 0; i < part.length(); i++) {
            h = 31 * h + part.charAt(i);
        }
        return new Rng(seed * 0x9E3779B97F4A7C15L ^ h);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform whole number in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException(lo + ".." + hi);
        }
        return lo + random.nextInt(hi - lo + 1);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Log-normal draw described by its median, which is how durations are talked about. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Fisher–Yates with this stream (Collections.shuffle would do, but this keeps all draws here). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
