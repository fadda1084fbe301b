package lianjian.readmodel;

/**
 * The grade classes of a case review (DOMAIN §4.5): 优秀、优质 → 优秀; 合格 → 合格;
 * 基本合格、瑕疵 → 瑕疵; 不合格 → 不合格. R02–R05 count by class.
 */
public enum GradeClass {
    EXCELLENT("优秀"), PASS("合格"), FLAWED("瑕疵"), FAILED("不合格");

    private final String chinese;

    GradeClass(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    /** The class of a 评查等次 as imported (one of the six values of §4.5). */
    public static GradeClass of(String grade) {
        if (grade == null) return PASS;
        return switch (grade) {
            case "优秀", "优质" -> EXCELLENT;
            case "基本合格", "瑕疵" -> FLAWED;
            case "不合格" -> FAILED;
            default -> PASS;
        };
    }

    /** Below 合格: the review found problems worth listing (瑕疵 or 不合格). */
    public boolean belowPass() { return this == FLAWED || this == FAILED; }
}
