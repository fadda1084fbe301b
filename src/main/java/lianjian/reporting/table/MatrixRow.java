package lianjian.reporting.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A row of the personal dossier's year matrix (year-matrix.jrxml): one indicator, and for each of
 * four years the person's figure (a) beside the unit's (b).
 */
public record MatrixRow(String name, String a1, String b1, String a2, String b2, String a3, String b3, String a4,
                        String b4) {

    /** @param years the four column labels, oldest first (2022年 … 2025年) */
    public static Table table(List<String> years, String aLabel, String bLabel, List<MatrixRow> rows) {
        if (years.size() != 4) throw new IllegalArgumentException("four years, not " + years.size());
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < 4; i++) params.put("Y" + (i + 1), years.get(i));
        params.put("A_LABEL", aLabel);
        params.put("B_LABEL", bLabel);
        return new Table(Template.YEAR_MATRIX, rows, params);
    }
}
