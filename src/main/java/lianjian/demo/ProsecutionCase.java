package lianjian.demo;

import java.time.LocalDate;

/** One row of 检察案件 (DOMAIN §4.4) in canonical form; null fields are blank cells. */
record ProsecutionCase(
        String caseNo,
        String caseName,
        String category,
        Person prosecutor,
        LocalDate receivedOn,
        LocalDate closedOn,
        Boolean arrested,
        String arrestResult,
        String prosecutionResult,
        Integer returnedCount,
        Integer extensionCount,
        Integer otherProcedures,
        Boolean pleaAccepted,
        String sentencingType,
        Boolean sentencingAdopted,
        Boolean withdrawn,
        String judgment) {

    boolean isOpen() {
        return closedOn == null;
    }

    ProsecutionCase withCaseNo(String no) {
        return new ProsecutionCase(no, caseName, category, prosecutor, receivedOn, closedOn, arrested,
                arrestResult, prosecutionResult, returnedCount, extensionCount, otherProcedures, pleaAccepted,
                sentencingType, sentencingAdopted, withdrawn, judgment);
    }
}
