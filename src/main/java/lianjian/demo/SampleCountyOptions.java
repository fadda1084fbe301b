package lianjian.demo;

/**
 * What the synthetic sample county looks like: which years, how many cases, whether the
 * deliberately broken workbook is included. Everything generated is a pure function of these
 * values, so the same options always give byte-identical workbooks.
 */
public record SampleCountyOptions(
        long seed,
        int firstYear,
        int lastYear,
        int courtCasesPerYear,
        int procuratorateCasesPerYear,
        boolean includeBrokenWorkbook) {

    public static final long DEFAULT_SEED = 20221;

    public SampleCountyOptions {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("firstYear " + firstYear + " is after lastYear " + lastYear);
        }
        // The generator also writes the year before firstYear (pending cases carried over) and
        // the previous 人大 term's evaluations: keep well inside Excel's date range.
        if (firstYear < 2000 || lastYear > 2100) {
            throw new IllegalArgumentException("years out of range 2000..2100: " + firstYear + ".." + lastYear);
        }
        if (courtCasesPerYear < 1 || procuratorateCasesPerYear < 1) {
            throw new IllegalArgumentException("case counts must be positive");
        }
    }

    public static SampleCountyOptions defaults() {
        return new SampleCountyOptions(DEFAULT_SEED, 2022, 2025, 12_000, 4_000, true);
    }

    public SampleCountyOptions withSeed(long newSeed) {
        return new SampleCountyOptions(newSeed, firstYear, lastYear, courtCasesPerYear,
                procuratorateCasesPerYear, includeBrokenWorkbook);
    }

    public SampleCountyOptions withCaseCounts(int courtPerYear, int procuratoratePerYear) {
        return new SampleCountyOptions(seed, firstYear, lastYear, courtPerYear, procuratoratePerYear,
                includeBrokenWorkbook);
    }

    public SampleCountyOptions withBrokenWorkbook(boolean include) {
        return new SampleCountyOptions(seed, firstYear, lastYear, courtCasesPerYear,
                procuratorateCasesPerYear, include);
    }
}
