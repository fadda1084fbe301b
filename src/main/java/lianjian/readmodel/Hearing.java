package lianjian.readmodel;

import java.time.LocalDate;

/**
 * One 旁听庭审 (DOMAIN §4.11), with the person who handled the heard case when its 案号 is in the
 * court's case list (attributed as the case is).
 */
public record Hearing(String no, LocalDate date, String unitCode, String caseNo, Integer deputies, Double score,
                      String comments, String personId) {

    public boolean within(LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
