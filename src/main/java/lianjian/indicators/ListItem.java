package lianjian.indicators;

import java.time.LocalDate;
import java.util.Map;

/**
 * One member of a stored list in a period, under its own unit (DOMAIN §6 lists.csv: the county list
 * is the union of the units' lists; a member without a unit is stored under "ALL").
 *
 * @param key        the member's natural key (案号, 部门受案号, 评查编号, 人员编号, 问题编号, 建议编号, 信访编号, 计划编号)
 * @param label      what the member is, in a few words (the case's 案由 or name, the person's name, the problem …)
 * @param personId   the person the member is about or who handled it; null where none
 * @param personName that person's name (the roster's, else the name written on the row)
 * @param date       the date that put the member on the list (§6)
 * @param days       the count of days that matters (§6), null where none does
 * @param details    further fields pages and reports show (stored as JSON)
 */
public record ListItem(ListCode list, String period, String unit, String key, String label, String personId,
                       String personName, LocalDate date, Long days, Map<String, Object> details) {}
