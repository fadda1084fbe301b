package lianjian.site.data;

import java.time.LocalDate;

/** One 案件评查 attributed to a person (through the reviewed case when it is known, as R01–R06 do). */
public record ReviewRecord(String no, String caseNo, LocalDate date, String type, String reviewer, Double score,
                           String grade, String mainIssues, String unitCode, String personId) {}
