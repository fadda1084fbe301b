package lianjian.demo;

import java.time.LocalDate;

/**
 * One row of 法院案件 (DOMAIN §4.3) in canonical form; the workbook layouts decide how each field
 * is spelled in a particular file. Amounts are in 分 to keep them exact. Nullable fields are blank
 * cells; an open case has no 结案日期 and no outcome fields.
 */
record CourtCase(
        String caseNo,
        String caseType,
        String procedure,
        String trialProcedure,
        String cause,
        LocalDate filedOn,
        LocalDate closedOn,
        Person judge,
        Integer statutoryDays,
        Integer extendedDays,
        Integer deductedDays,
        Boolean withinLimit,
        String closingMethod,
        Boolean verdictInCourt,
        Boolean appealed,
        String appealResult,
        Long appliedCents,
        Long recoveredCents,
        Integer complaints) {

    boolean isOpen() {
        return closedOn == null;
    }

    boolean isExecution() {
        return "执行".equals(caseType);
    }

    CourtCase withCaseNo(String no) {
        return new CourtCase(no, caseType, procedure, trialProcedure, cause, filedOn, closedOn, judge,
                statutoryDays, extendedDays, deductedDays, withinLimit, closingMethod, verdictInCourt, appealed,
                appealResult, appliedCents, recoveredCents, complaints);
    }
}
