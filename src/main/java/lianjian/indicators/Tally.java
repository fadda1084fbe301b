package lianjian.indicators;

/**
 * Counters for one period, per group: index 0 is the county (ALL), then units, then persons (as the
 * family's {@link IndicatorContext.Index} numbered them). Plain arrays, because the court family
 * loops over a million cases for each of some thirty periods.
 */
final class Tally {

    final double[] all;
    final double[][] byUnit;
    final double[][] byPerson;
    final boolean[] unitTouched;
    final boolean[] personTouched;

    Tally(int width, int units, int persons) {
        this.all = new double[width];
        this.byUnit = new double[units][width];
        this.byPerson = new double[persons][width];
        this.unitTouched = new boolean[units];
        this.personTouched = new boolean[persons];
    }

    /** Adds v to counter c of the county, the unit and the person (either may be -1). */
    void add(int unit, int person, int c, double v) {
        all[c] += v;
        if (unit >= 0) byUnit[unit][c] += v;
        if (person >= 0) byPerson[person][c] += v;
    }

    /** Marks the unit and person as having rows in the period (for the per-person rule of §6). */
    void touch(int unit, int person) {
        if (unit >= 0) unitTouched[unit] = true;
        if (person >= 0) personTouched[person] = true;
    }
}
