package lianjian.reporting.table;

/**
 * A row of a grid table (grid-3/4/6/8.jrxml): a label and up to eight formatted values.
 *
 * @param group  a group row printed above this row when it changes (null: no group rows)
 * @param strong a total row, printed in the heavier face
 * @param alert  the value cells are marked (overdue, 未达标)
 */
public record GridRow(String group, String label, String v1, String v2, String v3, String v4, String v5, String v6,
                      String v7, String v8, Boolean strong, Boolean alert) {}
