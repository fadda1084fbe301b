package lianjian.importing.read;

import java.math.BigDecimal;

/** Numbers written back as people write them: 12 not 12.0, no exponent. */
public final class NumberText {

    private NumberText() {}

    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
