package lianjian.indicators;

/**
 * Counters for one period, per group: the county (ALL), each unit and each roster person (as the
 * family's {@link IndicatorContext.Index} numbered them; -1 = none of them). Plain arrays, because
 * the court family adds a million cases to some thirty periods.
 */
final class Tally {

    final double[] all;
    final double[][] byUnit;
    final double[][] byPerson;
    final boolean[] personTouched;

    Tally(int width, int units, int persons) {
        this.all = new double[width];
        this.byUnit = new double[units][width];
        this.byPerson = new double[persons][width];
        this.personTouched = new boolean[persons];
    }

    /** Adds v to counter c of the county, the unit and the person (either may be -1). */
    void add(int unit, int person, int c, double v) {
        all[c] += v;
        if (unit >= 0) byUnit[unit][c] += v;
        if (person >= 0) byPerson[person][c] += v;
    }

    /** Marks the person as having rows in the period (for the per-person rule of §6). */
    void touch(int person) {
        if (person >= 0) personTouched[person] = true;
    }
}
