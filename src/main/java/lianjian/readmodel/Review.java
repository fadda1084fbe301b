package lianjian.readmodel;

import java.time.LocalDate;

/**
 * One 案件评查 (DOMAIN §4.5) with the unit and person it counts for: those of the reviewed case when
 * its 案号 is in a case list, else those written on the review ({@link ReadModel#attribute}).
 *
 * @param handler   the 承办人 as shown: the roster name of {@code personId}, else the name written
 * @param caseKnown the 案号 is in a court or procuratorate case list
 */
public record Review(String no, String caseNo, LocalDate date, String type, String reviewer, Double score, String grade,
                     GradeClass gradeClass, String issues, String unitCode, String personId, String handler,
                     boolean caseKnown) {

    public boolean within(LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
