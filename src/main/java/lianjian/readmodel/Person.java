package lianjian.readmodel;

import java.time.LocalDate;

/**
 * A person of 人员名册 (DOMAIN §4.2): staff appointed by the 人大常委会. Descriptive only; every figure
 * about them comes from the stored indicators.
 *
 * @param quota 是否员额 as imported: null when the cell was blank
 */
public record Person(String id, String name, String unitCode, String category, String position, Boolean quota,
                     LocalDate appointedOn, LocalDate leftOn, String leaveReason) {

    public static final String JUDGE = "法官";
    public static final String PROSECUTOR = "检察官";

    public boolean isJudgeOrProsecutor() {
        return JUDGE.equals(category) || PROSECUTOR.equals(category);
    }

    /** 是否员额, with DOMAIN §4.2's default: blank means 是 for 法官 and 检察官. */
    public boolean isQuota() {
        return quota != null ? quota : isJudgeOrProsecutor();
    }

    /** 是否员额 was left blank and counts as 是 (the reader should be told). */
    public boolean quotaDefaulted() {
        return quota == null && isJudgeOrProsecutor();
    }

    /** Appointed on or before d and not yet left at d. */
    public boolean inOfficeAt(LocalDate d) {
        return appointedOn != null && !appointedOn.isAfter(d) && (leftOn == null || leftOn.isAfter(d));
    }

    /** In office at some time between {@code from} and {@code to} (both inclusive). */
    public boolean inOfficeDuring(LocalDate from, LocalDate to) {
        return appointedOn != null && !appointedOn.isAfter(to) && (leftOn == null || !leftOn.isBefore(from));
    }

    /**
     * In the scope of 履职评议 at d (DOMAIN §5.6): a 法官 or 检察官 in the 员额 (blank counts as 是),
     * appointed on or before d and not left by d. This is also who gets a 个人履职档案: the dossier
     * serves the evaluation, so staff outside the 员额 (who are not evaluated) get none; they keep
     * their page on the dashboard.
     */
    public boolean inEvaluationScopeAt(LocalDate d) {
        return isJudgeOrProsecutor() && isQuota() && inOfficeAt(d);
    }

    /** Left office within [from, to] (both inclusive). */
    public boolean leftBetween(LocalDate from, LocalDate to) {
        return leftOn != null && !leftOn.isBefore(from) && !leftOn.isAfter(to);
    }
}
