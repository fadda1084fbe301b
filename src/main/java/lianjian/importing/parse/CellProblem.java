package lianjian.importing.parse;

/** A cell that does not satisfy its column's type; the rule is the Chinese phrase after the value. */
public final class CellProblem extends Exception {
    public CellProblem(String rule) { super(rule, null, false, false); }
}
