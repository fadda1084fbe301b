package lianjian.importing.receipt;

/** What happened to a file (the receipt's 结果). */
public enum Outcome {
    /** Being imported; never seen after a commit. */
    IMPORTING("导入中"),
    IMPORTED("已导入"),
    /** skip-row: good rows imported, bad rows listed in the error workbook. */
    PARTIAL("部分导入"),
    REJECTED("已拒绝"),
    /** Same bytes as a file imported before: nothing done. */
    DUPLICATE("重复文件，未再导入");

    private final String chinese;

    Outcome(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    public boolean imported() { return this == IMPORTED || this == PARTIAL; }
}
