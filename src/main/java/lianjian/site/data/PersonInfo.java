package lianjian.site.data;

import java.time.LocalDate;

/** A person of 人员名册 (staff appointed by the 人大常委会): descriptive data, no figures. */
public record PersonInfo(String id, String name, String unitCode, String category, String position, Boolean quota,
                         LocalDate appointed, LocalDate left, String leaveReason) {

    /** In office at some time between {@code from} and {@code to} (both inclusive). */
    public boolean inOfficeDuring(LocalDate from, LocalDate to) {
        return appointed != null && !appointed.isAfter(to) && (left == null || !left.isBefore(from));
    }

    public boolean isJudgeOrProsecutor() { return "法官".equals(category) || "检察官".equals(category); }
}
