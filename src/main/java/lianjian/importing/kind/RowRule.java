package lianjian.importing.kind;

import java.util.List;

/**
 * A check across columns of one row (sheet-kinds.yml {@code rules}).
 *
 * @param check   not-before | not-more-than | implies | required-if
 * @param field   the column the rule is about (the one highlighted in the error workbook)
 * @param other   not-before: the earlier date; not-more-than: the upper bound
 * @param when    implies / required-if: the condition column
 * @param equals  implies: the value {@code field} must have (true/false for yes/no columns)
 * @param in      required-if: values of {@code when} that make {@code field} required
 * @param error   true for an error, false for a warning
 * @param message the rule in Chinese, as the user reads it
 */
public record RowRule(Check check, String field, String other, String when, Object equals, List<String> in,
                      boolean error, String message) {

    public enum Check { NOT_BEFORE, NOT_MORE_THAN, IMPLIES, REQUIRED_IF }
}
